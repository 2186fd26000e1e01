#include "http/url.h"

#include <gtest/gtest.h>

#include "http/cookie.h"

namespace firsthire::http {
namespace {

TEST(UrlTest, PercentDecoding) {
  EXPECT_EQ(PercentDecode("a%20b%2fc").value(), "a b/c");
  EXPECT_EQ(PercentDecode("a+b").value(), "a+b");
  EXPECT_EQ(PercentDecode("a+b", true).value(), "a b");
  EXPECT_FALSE(PercentDecode("%").ok());
  EXPECT_FALSE(PercentDecode("%4").ok());
  EXPECT_FALSE(PercentDecode("%g1").ok());
  EXPECT_FALSE(PercentDecode("a%00b").ok());
}

TEST(UrlTest, QueryParsing) {
  auto query = ParseQuery("q=ml+engineer&limit=10&flag&&x=%C3%A9").value();
  ASSERT_EQ(query.size(), 4u);
  EXPECT_EQ(query[0], (std::pair<std::string, std::string>{"q", "ml engineer"}));
  EXPECT_EQ(query[2], (std::pair<std::string, std::string>{"flag", ""}));
  EXPECT_EQ(query[3].second, "\xC3\xA9");
  EXPECT_FALSE(ParseQuery("a=%zz").ok());
}

TEST(UrlTest, PathSplitting) {
  EXPECT_TRUE(SplitPath("/").empty());
  EXPECT_EQ(SplitPath("/a/b"), (std::vector<std::string_view>{"a", "b"}));
  EXPECT_EQ(SplitPath("/a/"), (std::vector<std::string_view>{"a", ""}));
}

TEST(CookieTest, FindsCookiesByExactName) {
  EXPECT_EQ(FindCookie("a=1; fh_session=abc; b=2", "fh_session").value(), "abc");
  EXPECT_EQ(FindCookie("xfh_session=no; fh_session=yes", "fh_session").value(), "yes");
  EXPECT_EQ(FindCookie("fh_session=\"quoted\"", "fh_session").value(), "quoted");
  EXPECT_FALSE(FindCookie("a=1", "fh_session").has_value());
  EXPECT_FALSE(FindCookie("", "fh_session").has_value());
}

TEST(CookieTest, SetCookieCarriesTheHardeningAttributes) {
  CookieOptions options;
  options.secure = true;
  options.max_age_seconds = 60;
  EXPECT_EQ(SetCookieValue("s", "v", options),
            "s=v; Path=/; SameSite=Strict; HttpOnly; Secure; Max-Age=60");
  options.http_only = false;
  options.secure = false;
  EXPECT_EQ(ClearCookieValue("s", options), "s=; Path=/; SameSite=Strict; Max-Age=0");
}

}  // namespace
}  // namespace firsthire::http

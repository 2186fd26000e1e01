#include "http/router.h"

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

Handler Named(std::string name) {
  return [name](const Request&) {
    Response response;
    response.body = name;
    return response;
  };
}

std::string Call(const RouteMatch& match) {
  if (match.route == nullptr) return "(none)";
  return match.route->handler(Request()).body;
}

TEST(RouterTest, MatchesLiteralsAndDecodesParameters) {
  Router router;
  ASSERT_TRUE(router.Add("GET", "/api/v1/candidates", Access::Public(), Named("list")).ok());
  ASSERT_TRUE(
      router.Add("GET", "/api/v1/candidates/{id}/scorecards", Access::Public(), Named("cards"))
          .ok());
  auto list = router.Find("GET", "/api/v1/candidates");
  EXPECT_EQ(Call(list), "list");
  auto cards = router.Find("GET", "/api/v1/candidates/a%20b%2Fc/scorecards");
  EXPECT_EQ(Call(cards), "cards");
  ASSERT_EQ(cards.params.size(), 1u);
  EXPECT_EQ(cards.params[0].first, "id");
  EXPECT_EQ(cards.params[0].second, "a b/c");  // an encoded slash stays inside the segment
}

TEST(RouterTest, DistinguishesUnknownPathFromWrongMethod) {
  Router router;
  ASSERT_TRUE(router.Add("GET", "/things/{id}", Access::Public(), Named("get")).ok());
  ASSERT_TRUE(router.Add("DELETE", "/things/{id}", Access::Public(), Named("delete")).ok());
  auto wrong_method = router.Find("POST", "/things/7");
  EXPECT_EQ(wrong_method.route, nullptr);
  EXPECT_EQ(wrong_method.allowed_methods, (std::vector<std::string>{"GET", "DELETE"}));
  auto unknown = router.Find("GET", "/nothing");
  EXPECT_EQ(unknown.route, nullptr);
  EXPECT_TRUE(unknown.allowed_methods.empty());
  // Parameters never match an empty segment, and trailing slashes matter.
  EXPECT_EQ(router.Find("GET", "/things/").route, nullptr);
  EXPECT_EQ(router.Find("GET", "/things/7/").route, nullptr);
}

TEST(RouterTest, HeadUsesGetRoutes) {
  Router router;
  ASSERT_TRUE(router.Add("GET", "/healthz", Access::Public(), Named("health")).ok());
  EXPECT_EQ(Call(router.Find("HEAD", "/healthz")), "health");
}

TEST(RouterTest, LiteralSegmentBeatsParameter) {
  Router router;
  ASSERT_TRUE(router.Add("GET", "/users/{id}", Access::Public(), Named("by id")).ok());
  ASSERT_TRUE(router.Add("GET", "/users/me", Access::Public(), Named("me")).ok());
  EXPECT_EQ(Call(router.Find("GET", "/users/me")), "me");
  EXPECT_EQ(Call(router.Find("GET", "/users/42")), "by id");
}

TEST(RouterTest, RefusesBadPatternsAndDuplicates) {
  Router router;
  EXPECT_FALSE(router.Add("GET", "no-slash", Access::Public(), Named("x")).ok());
  EXPECT_FALSE(router.Add("GET", "/a/{}", Access::Public(), Named("x")).ok());
  EXPECT_FALSE(router.Add("GET", "/a/{id", Access::Public(), Named("x")).ok());
  EXPECT_FALSE(router.Add("GET", "/a/{id}/{id}", Access::Public(), Named("x")).ok());
  EXPECT_FALSE(router.Add("GET", "/a/x{id}", Access::Public(), Named("x")).ok());
  EXPECT_FALSE(router.Add("GET", "/a", Access::Public(), Handler()).ok());
  ASSERT_TRUE(router.Add("GET", "/a/{id}", Access::Public(), Named("x")).ok());
  EXPECT_EQ(router.Add("GET", "/a/{other}", Access::Public(), Named("y")).code(),
            Code::kAlreadyExists);
}

TEST(RouterTest, MalformedEscapeIsReported) {
  Router router;
  ASSERT_TRUE(router.Add("GET", "/a/{id}", Access::Public(), Named("x")).ok());
  EXPECT_TRUE(router.Find("GET", "/a/%zz").malformed_path);
  EXPECT_TRUE(router.Find("GET", "/a/%00").malformed_path);
}

TEST(AccessTest, DeniesByDefault) {
  Access undeclared;
  EXPECT_FALSE(undeclared.declared());
  EXPECT_FALSE(undeclared.Allows(Role::kAdmin));
  Access admins = Access::Roles({Role::kAdmin});
  EXPECT_TRUE(admins.Allows(Role::kAdmin));
  EXPECT_FALSE(admins.Allows(Role::kInterviewer));
  EXPECT_TRUE(Access::SignedIn().Allows(Role::kInterviewer));
  EXPECT_TRUE(Access::Public().declared());
}

}  // namespace
}  // namespace firsthire::http

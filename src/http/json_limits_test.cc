#include "http/json_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace firsthire::http {
namespace {

std::string Nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string ArrayOf(std::size_t length) {
  std::string items;
  for (std::size_t i = 0; i < length; ++i) items += i == 0 ? "1" : ",1";
  return "[" + items + "]";
}

TEST(JsonLimitsTest, DepthAtTheLimitPassesOneMoreNamesTheTopLevelMember) {
  EXPECT_FALSE(CheckJsonLimits("{\"a\":" + Nested(kMaxJsonDepth - 1) + "}"));
  auto violation = CheckJsonLimits("{\"a\":1,\"profile\":" + Nested(kMaxJsonDepth) + "}");
  ASSERT_TRUE(violation);
  EXPECT_FALSE(violation->too_large);
  EXPECT_EQ(violation->field, "profile");
  EXPECT_NE(violation->message.find("64"), std::string::npos);
}

TEST(JsonLimitsTest, BracketsAndQuotesInsideStringsDoNotCount) {
  std::string text = "{\"k\":\"" + Nested(200) + "\\\"" + Nested(200) + "\",\"ok\":[1]}";
  EXPECT_FALSE(CheckJsonLimits(text));
}

TEST(JsonLimitsTest, AnArrayOverTheLengthLimitIsFoundAtAnyDepth) {
  EXPECT_FALSE(CheckJsonLimits("{\"a\":" + ArrayOf(kMaxJsonArrayLength) + "}"));
  auto violation =
      CheckJsonLimits("{\"a\":{\"b\":[" + ArrayOf(kMaxJsonArrayLength + 1) + "]}}");
  ASSERT_TRUE(violation);
  EXPECT_EQ(violation->field, "a");
  // Commas of objects and of nested arrays are not elements of the outer one.
  std::string wide = "[";
  for (std::size_t i = 0; i < kMaxJsonArrayLength; ++i) wide += i == 0 ? "[1,2,3]" : ",{\"x\":1,\"y\":2}";
  EXPECT_FALSE(CheckJsonLimits(wide + "]"));
}

TEST(JsonLimitsTest, ATextOverTheSizeLimitIsTooLarge) {
  std::string text = "\"" + std::string(kMaxJsonBytes, 'x') + "\"";
  auto violation = CheckJsonLimits(text);
  ASSERT_TRUE(violation);
  EXPECT_TRUE(violation->too_large);
  EXPECT_EQ(violation->field, "body");
  EXPECT_FALSE(CheckJsonLimits(std::string(kMaxJsonBytes, ' ')));
}

TEST(JsonLimitsTest, ANestedBodyWithoutAMemberNameNamesTheBody) {
  auto violation = CheckJsonLimits(Nested(100'000));
  ASSERT_TRUE(violation);
  EXPECT_EQ(violation->field, "body");
}

}  // namespace
}  // namespace firsthire::http

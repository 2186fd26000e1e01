#include "llm/json_schema.h"

#include <gtest/gtest.h>

namespace firsthire::llm {
namespace {

using nlohmann::json;

const json kSchema = json::parse(R"({
  "type": "object", "required": ["items"],
  "properties": {
    "items": {"type": "array", "maxItems": 2, "items": {
      "type": "object", "required": ["kind", "text"], "additionalProperties": false,
      "properties": {"kind": {"type": "string", "enum": ["a", "b"]},
                     "text": {"type": "string", "minLength": 2, "maxLength": 4}}}}
  }})");

TEST(JsonSchema, AValueThatFitsHasNoViolationsAndNothingUnread) {
  SchemaCheck check =
      CheckAgainstSchema(kSchema, json::parse(R"({"items": [{"kind": "a", "text": "ok"}]})"));
  EXPECT_TRUE(check.violations.empty());
  EXPECT_TRUE(check.unread.empty());
}

TEST(JsonSchema, EachRuleIsChecked) {
  auto first = [](const char* text) {
    SchemaCheck check = CheckAgainstSchema(kSchema, json::parse(text));
    return check.violations.empty() ? std::string("(none)") : check.violations.front();
  };
  EXPECT_EQ(first(R"([])"), "the answer: expected object, got array");
  EXPECT_EQ(first(R"({})"), "items: missing");
  EXPECT_EQ(first(R"({"items": {}})"), "items: expected array, got object");
  EXPECT_EQ(first(R"({"items": [{"kind": "a", "text": "ok"}, {"kind": "a", "text": "ok"},
                                {"kind": "a", "text": "ok"}]})"),
            "items: more than 2 items");
  EXPECT_EQ(first(R"({"items": [{"kind": "c", "text": "ok"}]})"),
            R"(items[0].kind: not one of ["a","b"])");
  EXPECT_EQ(first(R"({"items": [{"kind": "a", "text": "x"}]})"),
            "items[0].text: shorter than 2 bytes");
  EXPECT_EQ(first(R"({"items": [{"kind": "a", "text": "xxxxx"}]})"),
            "items[0].text: longer than 4 bytes");
  EXPECT_EQ(first(R"({"items": [{"kind": "a"}]})"), "items[0].text: missing");
  EXPECT_EQ(first(R"({"items": [{"kind": "a", "text": "ok", "extra": 1}]})"),
            "items[0].extra: not allowed");
}

TEST(JsonSchema, KeysNoPropertyDescribesAreUnreadWhereAllowed) {
  SchemaCheck check =
      CheckAgainstSchema(kSchema, json::parse(R"({"items": [], "score": 5, "note": {"x": 1}})"));
  EXPECT_TRUE(check.violations.empty());
  EXPECT_EQ(check.unread, (std::vector<std::string>{"note", "score"}));
}

TEST(JsonSchema, TypeNamesAreJsonSchemas) {
  auto fits = [](const char* type, const json& value) {
    return CheckAgainstSchema(json{{"type", type}}, value).violations.empty();
  };
  EXPECT_TRUE(fits("integer", json(3)));
  EXPECT_FALSE(fits("integer", json(3.5)));
  EXPECT_TRUE(fits("number", json(3.5)));
  EXPECT_TRUE(fits("number", json(3)));
  EXPECT_TRUE(fits("boolean", json(true)));
  EXPECT_TRUE(fits("null", json(nullptr)));
  EXPECT_FALSE(fits("string", json(3)));
  EXPECT_FALSE(fits("text", json("abc")));  // not a type name
}

TEST(JsonSchema, AnUnknownKeywordInTheSchemaIsAViolation) {
  SchemaCheck check =
      CheckAgainstSchema(json::parse(R"({"type": "string", "pattern": "^a"})"), json("abc"));
  ASSERT_EQ(check.violations.size(), 1u);
  EXPECT_EQ(check.violations[0], "the answer: the schema uses unknown keyword pattern");
}

}  // namespace
}  // namespace firsthire::llm

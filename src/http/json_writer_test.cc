#include "http/json_writer.h"

#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace firsthire::http {
namespace {

using nlohmann::json;

std::string DumpLikeResponses(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string WrittenString(const std::string& value) {
  JsonWriter out;
  out.String(value);
  return out.Take();
}

TEST(JsonWriterTest, StringsAreEscapedExactlyAsNlohmannDumpsThem) {
  std::string every_byte;
  for (int c = 1; c < 128; ++c) every_byte += static_cast<char>(c);
  const std::string cases[] = {
      "",
      "plain",
      every_byte,
      std::string("nul\0inside", 10),
      "quote \" backslash \\ slash /",
      "Zoë — 日本語 🚀",
      "<script>alert(1)</script>",
      "\xff\xfe broken UTF-8 \xc3",  // replaced with U+FFFD, as JsonResponse does
      "overlong \xc0\xaf",
  };
  for (const std::string& value : cases) {
    EXPECT_EQ(WrittenString(value), DumpLikeResponses(json(value))) << value;
  }
}

TEST(JsonWriterTest, ContainersPlaceCommasAndNest) {
  JsonWriter out;
  out.BeginObject();
  out.Key("items");
  out.BeginArray();
  out.BeginObject();
  out.Key("a");
  out.Int(-5);
  out.Key("b");
  out.Bool(true);
  out.EndObject();
  out.BeginObject();
  out.EndObject();
  out.Null();
  out.BeginArray();
  out.EndArray();
  out.EndArray();
  out.Key("total");
  out.Int(9007199254740993);
  out.Key("name");
  out.StringOrNull("");
  out.EndObject();
  std::string text = out.Take();
  EXPECT_EQ(text,
            R"({"items":[{"a":-5,"b":true},{},null,[]],"total":9007199254740993,"name":null})");
  EXPECT_TRUE(json::accept(text));
}

TEST(JsonWriterTest, AnAbsentOptionalIsNullAndAPresentOneItsValue) {
  JsonWriter out;
  out.BeginArray();
  out.OptionalInt(std::nullopt);
  out.OptionalInt(std::int64_t{0});
  out.OptionalString(std::nullopt);
  out.OptionalString(std::string());
  out.OptionalString(std::string("x"));
  out.EndArray();
  EXPECT_EQ(out.Take(), R"([null,0,null,"","x"])");
}

TEST(JsonWriterTest, ADoubleReadsBackTheSameAndIsNullWhenAbsentOrNotFinite) {
  JsonWriter out;
  out.BeginArray();
  out.OptionalDouble(std::nullopt);
  out.OptionalDouble(0.25);
  out.OptionalDouble(2.0 / 3.0);
  out.OptionalDouble(std::nan(""));
  out.EndArray();
  json parsed = json::parse(out.Take());
  EXPECT_TRUE(parsed[0].is_null());
  EXPECT_EQ(parsed[1].get<double>(), 0.25);
  EXPECT_EQ(parsed[2].get<double>(), 2.0 / 3.0);
  EXPECT_TRUE(parsed[3].is_null());
}

TEST(JsonWriterTest, StoredTextIsSplicedOnlyWhenItIsOneJsonValue) {
  JsonWriter out;
  out.BeginArray();
  out.Stored(R"({"traits":{"design":4},"codes":true})");
  out.Stored("");
  out.Stored("{not json");
  out.Stored("[1,2] [3]");  // two values: not one document
  out.Stored("\"text\"");
  out.EndArray();
  std::string text = out.Take();
  json parsed = json::parse(text);
  ASSERT_EQ(parsed.size(), 5u);
  EXPECT_EQ(parsed[0]["traits"]["design"], 4);
  EXPECT_TRUE(parsed[1].is_null());
  EXPECT_EQ(parsed[2], "{not json");
  EXPECT_EQ(parsed[3], "[1,2] [3]");
  EXPECT_EQ(parsed[4], "text");
}

TEST(JsonWriterTest, TakeEmptiesTheWriter) {
  JsonWriter out;
  out.BeginArray();
  out.Int(1);
  out.EndArray();
  EXPECT_EQ(out.Take(), "[1]");
  out.BeginObject();
  out.Key("k");
  out.String("v");
  out.EndObject();
  EXPECT_EQ(out.Take(), R"({"k":"v"})");
}

}  // namespace
}  // namespace firsthire::http

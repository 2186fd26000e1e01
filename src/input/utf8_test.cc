#include "input/utf8.h"

#include <gtest/gtest.h>

#include "firsthire/candidate_pool.h"

namespace firsthire {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(InvalidUtf8Offset("plain ascii"), std::string_view::npos);
  EXPECT_EQ(InvalidUtf8Offset("Zoë, 日本, 🚀"), std::string_view::npos);
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(InvalidUtf8Offset("ab\xFF"), 2u);
  EXPECT_EQ(InvalidUtf8Offset("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(InvalidUtf8Offset("x\xED\xA0\x80"), 1u);     // surrogate
  EXPECT_EQ(InvalidUtf8Offset("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(InvalidUtf8Offset("ok\xE2\x82"), 2u);        // truncated
}

TEST(Utf8, CheckNamesLineAndColumn) {
  Status s = CheckUtf8("a\nbc\xFE", "pool.csv");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.location().file, "pool.csv");
  EXPECT_EQ(s.location().line, 2);
  EXPECT_EQ(s.location().column, 3);
}

TEST(Utf8, CsvPoolWithABadByteIsRefused) {
  Diagnostics d;
  auto pool = LoadPoolCsv("id,name,design\nc1,Ad\xFF,3\n", "pool.csv", DefaultPlaybook(), {}, &d);
  ASSERT_FALSE(pool.ok());
  EXPECT_EQ(pool.status().location().line, 2);
  EXPECT_NE(pool.status().message().find("UTF-8"), std::string::npos);
}

}  // namespace
}  // namespace firsthire

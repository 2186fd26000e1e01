#include "mail/encoding.h"

#include <gtest/gtest.h>

namespace firsthire::mail {
namespace {

TEST(EncodingTest, Base64PadsTheLastGroup) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64(std::string("\0user\0pw", 8)), "AHVzZXIAcHc=");
  std::string lines = Base64Lines(std::string(100, 'a'));
  EXPECT_EQ(lines.find("\r\n"), 76u);
  EXPECT_EQ(lines.substr(lines.size() - 2), "\r\n");
}

TEST(EncodingTest, QuotedPrintableEscapesAndKeepsLinesShort) {
  EXPECT_EQ(QuotedPrintable("a=b\nÜ"), "a=3Db\r\n=C3=9C");
  EXPECT_EQ(QuotedPrintable("trailing \nnext"), "trailing=20\r\nnext");
  std::string long_line = QuotedPrintable(std::string(200, 'x'));
  std::size_t start = 0;
  while (start < long_line.size()) {
    std::size_t end = long_line.find("\r\n", start);
    if (end == std::string::npos) end = long_line.size();
    EXPECT_LE(end - start, 76u);
    start = end + 2;
  }
  EXPECT_NE(long_line.find("=\r\n"), std::string::npos);  // a soft break
}

TEST(EncodingTest, HeaderTextEncodesOnlyWhatIsNotAscii) {
  EXPECT_EQ(HeaderText("Interview to score"), "Interview to score");
  EXPECT_EQ(HeaderText("Jürgen"), "=?UTF-8?B?SsO8cmdlbg==?=");
  // Long text is split into several words, never inside a character.
  std::string many = HeaderText(std::string(40, 'a') + "ééééé");
  EXPECT_NE(many.find("?=\r\n =?UTF-8?B?"), std::string::npos);
}

TEST(EncodingTest, DotStuffingDoublesLeadingDotsAndEndsWithCrlf) {
  EXPECT_EQ(DotStuff(".hidden\r\nline\n.\nend"), "..hidden\r\nline\r\n..\r\nend\r\n");
  EXPECT_EQ(DotStuff("a.b\r\n"), "a.b\r\n");  // a dot inside a line stays single
}

}  // namespace
}  // namespace firsthire::mail

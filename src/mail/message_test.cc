#include "mail/message.h"

#include <gtest/gtest.h>

#include <string>

namespace firsthire::mail {
namespace {

constexpr Millis kNow = 1796022678000;  // Mon, 30 Nov 2026 07:11:18 +0000

TEST(MessageTest, APlainMessageHasItsHeadersAndAsciiBodyAsItIs) {
  std::string text = ComposeMessage({.from = "hire@example.com",
                                     .from_name = "firsthire",
                                     .to = "ivan@example.com",
                                     .to_name = "Ivan",
                                     .subject = "Hello",
                                     .body = "line one\nhttps://x.example/set-password?token=ab\n"},
                                    "id1", kNow);
  EXPECT_EQ(text.find("Date: Mon, 30 Nov 2026 07:11:18 +0000\r\n"), 0u);
  EXPECT_NE(text.find("From: \"firsthire\" <hire@example.com>\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: \"Ivan\" <ivan@example.com>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <id1@example.com>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Transfer-Encoding: 7bit\r\n\r\nline one\r\n"
                      "https://x.example/set-password?token=ab\r\n"),
            std::string::npos);
}

TEST(MessageTest, HeaderValuesCannotAddHeaders) {
  std::string text = ComposeMessage({.from = "hire@example.com",
                                     .to = "ivan@example.com",
                                     .to_name = "Ivan\r\nBcc: evil@example.com",
                                     .subject = "Hi\r\nBcc: evil@example.com",
                                     .body = "x"},
                                    "id1", kNow);
  EXPECT_EQ(text.find("\r\nBcc:"), std::string::npos);
  EXPECT_NE(text.find("Subject: Hi  Bcc: evil@example.com\r\n"), std::string::npos);
}

TEST(MessageTest, AnAttachmentMakesAMultipartMessage) {
  std::string text =
      ComposeMessage({.from = "hire@example.com",
                      .to = "ivan@example.com",
                      .subject = "Interview",
                      .body = "Grüße",
                      .attachment = Attachment{.content_type = "text/calendar; method=REQUEST",
                                               .filename = "interview.ics",
                                               .content = "BEGIN:VCALENDAR\r\n"}},
                     "abc", kNow);
  EXPECT_NE(text.find("Content-Type: multipart/mixed; boundary=\"=_firsthire_abc\""),
            std::string::npos);
  EXPECT_NE(text.find("quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/calendar; method=REQUEST\r\n"
                      "Content-Disposition: attachment; filename=\"interview.ics\"\r\n"
                      "Content-Transfer-Encoding: base64\r\n\r\nQkVHSU46VkNBTEVOREFSDQo=\r\n"),
            std::string::npos);
  EXPECT_NE(text.find("\r\n--=_firsthire_abc--\r\n"), std::string::npos);
}

}  // namespace
}  // namespace firsthire::mail

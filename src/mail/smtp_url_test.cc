#include "mail/smtp_url.h"

#include <gtest/gtest.h>

namespace firsthire::mail {
namespace {

TEST(SmtpUrlTest, PlainUrlOffersStartTlsWhenTheServerDoes) {
  Result<SmtpSettings> url = ParseSmtpUrl("smtp://mail.example.com");
  ASSERT_TRUE(url.ok()) << url.status().ToString();
  EXPECT_EQ(url->host, "mail.example.com");
  EXPECT_EQ(url->port, 25);
  EXPECT_FALSE(url->require_tls);
  EXPECT_TRUE(url->user.empty());
  EXPECT_EQ(url->timeout_seconds, 30);
}

TEST(SmtpUrlTest, StartTlsUrlRequiresTlsAndCarriesDecodedCredentials) {
  Result<SmtpSettings> url =
      ParseSmtpUrl("smtp+starttls://hire%40example.com:p%3Ass@[::1]:2525?timeout=5&ca_file=/x.pem");
  ASSERT_TRUE(url.ok()) << url.status().ToString();
  EXPECT_TRUE(url->require_tls);
  EXPECT_EQ(url->user, "hire@example.com");
  EXPECT_EQ(url->password, "p:ss");
  EXPECT_EQ(url->host, "::1");
  EXPECT_EQ(url->port, 2525);
  EXPECT_EQ(url->timeout_seconds, 5);
  EXPECT_EQ(url->ca_file, "/x.pem");
  EXPECT_EQ(DescribeSmtp(*url), "smtp+starttls://hire@example.com@[::1]:2525");
  EXPECT_EQ(ParseSmtpUrl("smtp+starttls://h")->port, 587);
}

TEST(SmtpUrlTest, BadUrlsAreRefusedWithoutEchoingThePassword) {
  for (const char* bad :
       {"http://mail.example.com", "smtp://", "smtp://host:0", "smtp://host:99999", "smtp://host:x",
        "smtp://user@host", "smtp://host?timeout=0", "smtp://host?colour=red", "smtp://ho st"}) {
    Result<SmtpSettings> url = ParseSmtpUrl(bad);
    EXPECT_FALSE(url.ok()) << bad;
    if (!url.ok()) {
      EXPECT_EQ(url.status().code(), Code::kInvalidInput) << bad;
    }
  }
  Result<SmtpSettings> url = ParseSmtpUrl("smtp://u:secret%zz@host");
  ASSERT_FALSE(url.ok());
  EXPECT_EQ(url.status().message().find("secret"), std::string::npos);
}

}  // namespace
}  // namespace firsthire::mail

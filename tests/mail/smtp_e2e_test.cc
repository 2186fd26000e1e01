// The SMTP client and the outbox against a real mail server: Debian's
// aiosmtpd (tests/mail/smtp_sink.py), started by each test.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "firsthire/status.h"
#include "mail/icalendar.h"
#include "mail/message.h"
#include "mail/outbox_sender.h"
#include "mail/smtp_client.h"
#include "mail/smtp_sink.h"
#include "mail/smtp_url.h"
#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

using testing::SmtpSink;

mail::SmtpSettings Settings(const std::string& url) {
  Result<mail::SmtpSettings> settings = mail::ParseSmtpUrl(url);
  EXPECT_TRUE(settings.ok()) << settings.status().ToString();
  return settings.ok() ? *settings : mail::SmtpSettings{};
}

std::string Invitation() {
  std::string ics = mail::InviteCalendar({.uid = "interview-1@firsthire",
                                          .stamp = 1796022678000,
                                          .start = 1796112000000,
                                          .summary = "Interview: Ada Lovelace",
                                          .organizer = {"Hiring", "boss@example.com"},
                                          .attendee = {"Ivan", "ivan@example.com"}});
  return mail::ComposeMessage(
      {.from = "hire@example.com",
       .to = "ivan@example.com",
       .subject = "Interview to score",
       .body = "Hello,\n.a line that starts with a dot\n.\nend\n",
       .attachment = mail::Attachment{.content_type = "text/calendar; method=REQUEST",
                                      .filename = "interview.ics",
                                      .content = ics}},
      "m1", 1796022678000);
}

TEST(SmtpE2eTest, TheClientDeliversAMessageWithAnIcsPartUnchanged) {
  SmtpSink sink;
  ASSERT_TRUE(sink.ok()) << "python3-aiosmtpd did not start (scripts/setup installs it)";
  mail::SmtpClient client(Settings("smtp://127.0.0.1:" + std::to_string(sink.port())));
  std::string message = Invitation();
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, message);
  ASSERT_TRUE(sent.ok()) << sent.ToString();
  ASSERT_TRUE(sink.WaitFor(1, 10));
  // Dot-stuffing is undone by the server: what arrives is what was sent.
  EXPECT_EQ(sink.Messages()[0], message);
  EXPECT_NE(sink.Messages()[0].find("Content-Type: text/calendar; method=REQUEST"),
            std::string::npos);
  EXPECT_NE(sink.Envelopes()[0].find("\"to\": [\"ivan@example.com\"]"), std::string::npos);
  EXPECT_NE(sink.Envelopes()[0].find("\"from\": \"hire@example.com\""), std::string::npos);
}

TEST(SmtpE2eTest, AnUnreachableServerIsATemporaryErrorNamingTheStep) {
  int port = testing::FreePort();
  mail::SmtpClient client(Settings("smtp://127.0.0.1:" + std::to_string(port) + "?timeout=5"));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  EXPECT_EQ(sent.code(), Code::kUnavailable);
  EXPECT_NE(sent.message().find("connecting to 127.0.0.1:" + std::to_string(port)),
            std::string::npos)
      << sent.message();
}

TEST(SmtpE2eTest, RequiredStartTlsIsRefusedByAServerWithoutIt) {
  SmtpSink sink;
  ASSERT_TRUE(sink.ok());
  mail::SmtpClient client(
      Settings("smtp+starttls://127.0.0.1:" + std::to_string(sink.port()) + "?timeout=5"));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  EXPECT_EQ(sent.code(), Code::kUnavailable);
  EXPECT_NE(sent.message().find("STARTTLS"), std::string::npos) << sent.message();
  EXPECT_TRUE(sink.Messages().empty());
}

// A self-signed certificate for "localhost", made with the openssl tool.
class StartTlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("fh_tls_" + RandomHex(6));
    std::filesystem::create_directories(dir_);
    std::string command =
        "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost "
        "-addext subjectAltName=DNS:localhost -keyout " +
        (dir_ / "key.pem").string() + " -out " + (dir_ / "cert.pem").string() + " >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << "openssl could not make a certificate";
    sink_ = std::make_unique<SmtpSink>(0, (dir_ / "cert.pem").string(), (dir_ / "key.pem").string(),
                                       Auth());
    ASSERT_TRUE(sink_->ok());
  }
  // "USER:PASSWORD" the server requires, "" for none.
  virtual std::string Auth() const { return ""; }
  void TearDown() override {
    sink_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  std::string Url(const std::string& scheme, const std::string& query) const {
    return scheme + "://localhost:" + std::to_string(sink_->port()) + "?timeout=10" + query;
  }

  std::filesystem::path dir_;
  std::unique_ptr<SmtpSink> sink_;
};

TEST_F(StartTlsTest, DeliversOverStartTlsWithTheCertificateVerified) {
  mail::SmtpClient client(
      Settings(Url("smtp+starttls", "&ca_file=" + (dir_ / "cert.pem").string())));
  std::string message = Invitation();
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, message);
  ASSERT_TRUE(sent.ok()) << sent.ToString();
  ASSERT_TRUE(sink_->WaitFor(1, 10));
  EXPECT_EQ(sink_->Messages()[0], message);
}

TEST_F(StartTlsTest, AnUnknownCertificateIsRefusedWhenTlsIsRequired) {
  mail::SmtpClient client(Settings(Url("smtp+starttls", "")));  // the system's CAs only
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  EXPECT_EQ(sent.code(), Code::kUnavailable);
  EXPECT_NE(sent.message().find("TLS handshake"), std::string::npos) << sent.message();
  EXPECT_TRUE(sink_->Messages().empty());
}

TEST_F(StartTlsTest, ACertificateForAnotherNameIsRefused) {
  // The certificate names "localhost", not the address 127.0.0.1.
  mail::SmtpClient client(Settings("smtp+starttls://127.0.0.1:" + std::to_string(sink_->port()) +
                                   "?timeout=10&ca_file=" + (dir_ / "cert.pem").string()));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  EXPECT_EQ(sent.code(), Code::kUnavailable);
  EXPECT_NE(sent.message().find("TLS handshake"), std::string::npos) << sent.message();
  EXPECT_TRUE(sink_->Messages().empty());
}

TEST_F(StartTlsTest, OpportunisticStartTlsEncryptsWithoutVerifying) {
  mail::SmtpClient client(Settings(Url("smtp", "")));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  ASSERT_TRUE(sent.ok()) << sent.ToString();
  EXPECT_TRUE(sink_->WaitFor(1, 10));
}

// The server requires signing in (over TLS only).
class SignInTest : public StartTlsTest {
 protected:
  std::string Auth() const override { return "hire@example.com:s3cret pass"; }
  std::string CaFile() const { return "&ca_file=" + (dir_ / "cert.pem").string(); }
};

TEST_F(SignInTest, SignsInWithTheUrlsCredentials) {
  mail::SmtpClient client(Settings("smtp+starttls://hire%40example.com:s3cret%20pass@localhost:" +
                                   std::to_string(sink_->port()) + "?timeout=10" + CaFile()));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  ASSERT_TRUE(sent.ok()) << sent.ToString();
  EXPECT_TRUE(sink_->WaitFor(1, 10));
}

TEST_F(SignInTest, AWrongPasswordIsAPermanentErrorAndNothingIsSent) {
  mail::SmtpClient client(Settings("smtp+starttls://hire%40example.com:wrong@localhost:" +
                                   std::to_string(sink_->port()) + "?timeout=10" + CaFile()));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  EXPECT_EQ(sent.code(), Code::kInvalidInput);
  EXPECT_NE(sent.message().find("signing in"), std::string::npos) << sent.ToString();
  EXPECT_NE(sent.message().find("535"), std::string::npos) << sent.message();
  EXPECT_TRUE(sink_->Messages().empty());
}

TEST_F(SignInTest, WithoutCredentialsTheServerRefusesTheMessage) {
  mail::SmtpClient client(Settings(Url("smtp+starttls", CaFile())));
  Status sent = client.Send({.from = "hire@example.com", .to = "ivan@example.com"}, "x\r\n");
  EXPECT_FALSE(sent.ok());
  EXPECT_NE(sent.message().find("MAIL FROM"), std::string::npos) << sent.message();
  EXPECT_TRUE(sink_->Messages().empty());
}

TEST(OutboxE2eTest, RetriesWhileTheServerIsDownAndDeliversOnceItIsUp) {
  TestDatabase db(Backend::kSqlite);
  Millis now = 1000;
  auto store = OpenStore(db.url(), SchemaUpgrade::kApply, [&] { return now; });
  ASSERT_TRUE(store.ok());
  int port = testing::FreePort();
  mail::SmtpClient client(Settings("smtp://127.0.0.1:" + std::to_string(port) + "?timeout=5"));
  mail::OutboxSender sender(
      **store, client, [&] { return now; },
      {.sender_id = "e2e", .from = "hire@example.com", .first_retry = 1000}, nullptr,
      [](std::string_view) {});
  std::string message = Invitation();
  ASSERT_TRUE(
      (*store)
          ->EnqueueMail({.kind = "assignment", .recipient = "ivan@example.com", .message = message})
          .ok());
  EXPECT_EQ(*sender.RunOnce(), 0);  // nobody listens
  auto pending = (*store)->ListMail("pending", {});
  ASSERT_EQ(pending->items.size(), 1u);
  EXPECT_NE(pending->items[0].last_error.find("connecting"), std::string::npos);

  SmtpSink sink(port);
  ASSERT_TRUE(sink.ok());
  EXPECT_EQ(*sender.RunOnce(), 0);  // not before the back-off ends
  now += 1000;
  EXPECT_EQ(*sender.RunOnce(), 1);
  ASSERT_TRUE(sink.WaitFor(1, 10));
  EXPECT_EQ(sink.Messages()[0], message);
  now += 3600 * 1000;
  EXPECT_EQ(*sender.RunOnce(), 0);  // delivered once
  EXPECT_EQ(sink.Messages().size(), 1u);
  EXPECT_EQ((*store)->ListMail("sent", {})->total, 1);
}

}  // namespace
}  // namespace firsthire

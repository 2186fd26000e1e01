#include "mail/outbox_sender.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "store/store_test_env.h"

namespace firsthire::mail {
namespace {

// A Mailer that answers what the test says and keeps what it was given.
class FakeMailer : public Mailer {
 public:
  Status Send(const Envelope& envelope, std::string_view message) override {
    sent.push_back({envelope.to, std::string(message)});
    return answer;
  }
  Status answer = Status::Ok();
  std::vector<std::pair<std::string, std::string>> sent;
};

class OutboxSenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url(), SchemaUpgrade::kApply, [this] { return now_; });
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    options_ = {.sender_id = "test",
                .from = "hire@example.com",
                .first_retry = 1000,
                .max_retry = 4000,
                .max_attempts = 4};
  }

  std::unique_ptr<OutboxSender> Sender() {
    return std::make_unique<OutboxSender>(
        *store_, mailer_, [this] { return now_; }, options_, nullptr,
        [this](std::string_view line) { log_.emplace_back(line); });
  }

  store::OutboxMail Only() {
    auto all = store_->ListMail("", {});
    EXPECT_EQ(all->items.size(), 1u);
    return all->items.empty() ? store::OutboxMail{} : all->items[0];
  }

  TestDatabase db_{Backend::kSqlite};
  Millis now_ = 10000;
  std::unique_ptr<Store> store_;
  FakeMailer mailer_;
  OutboxOptions options_;
  std::vector<std::string> log_;
};

TEST(RetryDelayTest, DoublesUpToTheMaximum) {
  OutboxOptions options{.first_retry = 1000, .max_retry = 5000};
  EXPECT_EQ(RetryDelay(options, 1), 1000);
  EXPECT_EQ(RetryDelay(options, 2), 2000);
  EXPECT_EQ(RetryDelay(options, 3), 4000);
  EXPECT_EQ(RetryDelay(options, 4), 5000);
  EXPECT_EQ(RetryDelay(options, 60), 5000);
}

TEST_F(OutboxSenderTest, DeliversOnceWithTheEnvelopeFromTheOptions) {
  ASSERT_TRUE(store_
                  ->EnqueueMail({.kind = "invite",
                                 .recipient = "a@example.com",
                                 .message = "Subject: x\r\n\r\ny\r\n"})
                  .ok());
  auto sender = Sender();
  EXPECT_EQ(*sender->RunOnce(), 1);
  ASSERT_EQ(mailer_.sent.size(), 1u);
  EXPECT_EQ(mailer_.sent[0].first, "a@example.com");
  EXPECT_EQ(mailer_.sent[0].second, "Subject: x\r\n\r\ny\r\n");
  EXPECT_EQ(Only().state, "sent");
  EXPECT_EQ(*sender->RunOnce(), 0);  // never twice
  EXPECT_EQ(mailer_.sent.size(), 1u);
}

TEST_F(OutboxSenderTest, ARoundSendsAtMostABatch) {
  for (const char* to : {"a@example.com", "b@example.com", "c@example.com"}) {
    ASSERT_TRUE(store_->EnqueueMail({.kind = "invite", .recipient = to, .message = "m"}).ok());
    ++now_;  // created one after the other
  }
  options_.batch = 2;
  auto sender = Sender();
  EXPECT_EQ(*sender->RunOnce(), 2);
  EXPECT_EQ(*sender->RunOnce(), 1);
  EXPECT_EQ(*sender->RunOnce(), 0);
  ASSERT_EQ(mailer_.sent.size(), 3u);
  EXPECT_EQ(mailer_.sent[0].first, "a@example.com");  // oldest first
  EXPECT_EQ(mailer_.sent[2].first, "c@example.com");
}

TEST_F(OutboxSenderTest, ATemporaryFailureIsRetriedWithBackOffThenGivenUp) {
  ASSERT_TRUE(
      store_->EnqueueMail({.kind = "invite", .recipient = "a@example.com", .message = "m"}).ok());
  mailer_.answer = Status::Unavailable("connecting to mail: Connection refused");
  auto sender = Sender();
  EXPECT_EQ(*sender->RunOnce(), 0);
  store::OutboxMail mail = Only();
  EXPECT_EQ(mail.state, "pending");
  EXPECT_EQ(mail.next_attempt_at, 11000);
  EXPECT_EQ(mail.last_error, "connecting to mail: Connection refused");
  ASSERT_EQ(log_.size(), 1u);
  EXPECT_NE(log_[0].find("trying again later"), std::string::npos);
  now_ = 10999;
  ASSERT_TRUE(sender->RunOnce().ok());
  EXPECT_EQ(mailer_.sent.size(), 1u);  // not before its time
  now_ = 11000;
  ASSERT_TRUE(sender->RunOnce().ok());
  EXPECT_EQ(Only().next_attempt_at, 13000);  // 2 s after the second attempt
  now_ = 13000;
  ASSERT_TRUE(sender->RunOnce().ok());
  now_ = 17000;
  ASSERT_TRUE(sender->RunOnce().ok());  // the fourth attempt is the last
  EXPECT_EQ(Only().state, "failed");
  EXPECT_EQ(mailer_.sent.size(), 4u);
  now_ = 100000;
  ASSERT_TRUE(sender->RunOnce().ok());
  EXPECT_EQ(mailer_.sent.size(), 4u);
}

TEST_F(OutboxSenderTest, ATemporaryFailureThenSuccessDeliversOnce) {
  ASSERT_TRUE(
      store_->EnqueueMail({.kind = "invite", .recipient = "a@example.com", .message = "m"}).ok());
  mailer_.answer = Status::Unavailable("timed out");
  auto sender = Sender();
  ASSERT_TRUE(sender->RunOnce().ok());
  mailer_.answer = Status::Ok();
  now_ = 11000;
  EXPECT_EQ(*sender->RunOnce(), 1);
  EXPECT_EQ(Only().state, "sent");
  EXPECT_EQ(Only().attempts, 2);
}

TEST_F(OutboxSenderTest, APermanentFailureIsNotRetried) {
  ASSERT_TRUE(
      store_->EnqueueMail({.kind = "invite", .recipient = "nobody@example.com", .message = "m"})
          .ok());
  mailer_.answer = Status::InvalidInput("RCPT TO: the server answered 550 no such user");
  auto sender = Sender();
  ASSERT_TRUE(sender->RunOnce().ok());
  store::OutboxMail mail = Only();
  EXPECT_EQ(mail.state, "failed");
  EXPECT_EQ(mail.last_error, "RCPT TO: the server answered 550 no such user");
  EXPECT_NE(log_.at(0).find("giving up"), std::string::npos);
}

TEST_F(OutboxSenderTest, TheThreadSendsAndStops) {
  ASSERT_TRUE(
      store_->EnqueueMail({.kind = "invite", .recipient = "a@example.com", .message = "m"}).ok());
  options_.poll = std::chrono::milliseconds(10);
  auto sender = Sender();
  sender->Start();
  for (int i = 0; i < 500 && Only().state != "sent"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  sender->Stop();
  EXPECT_EQ(Only().state, "sent");
}

}  // namespace
}  // namespace firsthire::mail

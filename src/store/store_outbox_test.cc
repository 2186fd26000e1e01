// The mail outbox part of the Store contract (store.h), on every backend:
// SQLite always, PostgreSQL when FIRSTHIRE_TEST_PG_URL is set.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

class StoreOutboxTest : public FreshStoreTest {
 protected:
  void SetUp() override {
    OpenFreshStore([] { return Millis{1000}; });
  }

  store::OutboxMail Mail(const std::string& recipient, const std::string& dedup_key = "") {
    return {.kind = "invite",
            .recipient = recipient,
            .message = "Subject: hello\r\n\r\nbody\r\n",
            .dedup_key = dedup_key};
  }

  std::vector<store::OutboxMail> Claim(const std::string& sender, Millis now) {
    auto claimed = store_->ClaimMail(sender, now, /*lease_ms=*/60000, 10);
    EXPECT_TRUE(claimed.ok()) << claimed.status().ToString();
    return claimed.ok() ? *claimed : std::vector<store::OutboxMail>{};
  }

  store::OutboxMail Only() {
    auto all = store_->ListMail("", {});
    EXPECT_TRUE(all.ok());
    EXPECT_EQ(all->items.size(), 1u);
    return all->items.empty() ? store::OutboxMail{} : all->items[0];
  }

};

TEST_P(StoreOutboxTest, EnqueuedMailIsPendingAndClaimedOnceUntilItsLeaseEnds) {
  ASSERT_TRUE(*store_->EnqueueMail(Mail("a@example.com")));
  std::vector<store::OutboxMail> first = Claim("server-1", 2000);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].recipient, "a@example.com");
  EXPECT_EQ(first[0].message, "Subject: hello\r\n\r\nbody\r\n");
  EXPECT_EQ(first[0].attempts, 1);
  // Held by server-1: nobody else gets it while the lease runs...
  EXPECT_TRUE(Claim("server-2", 2000 + 59999).empty());
  // ...and once it ends (server-1 died) it is free again.
  std::vector<store::OutboxMail> again = Claim("server-2", 2000 + 60000);
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].attempts, 2);
  // server-1 may not record an outcome for what it no longer holds.
  Status late = store_->FinishMail(first[0].id, "server-1", {.sent = true}, 70000);
  EXPECT_EQ(late.code(), Code::kNotFound);
  EXPECT_EQ(Only().state, "pending");
}

TEST_P(StoreOutboxTest, FinishedMailIsSentOrRetriedLaterOrFailed) {
  ASSERT_TRUE(*store_->EnqueueMail(Mail("a@example.com")));
  std::string id = Claim("s", 2000).at(0).id;
  ASSERT_TRUE(
      store_->FinishMail(id, "s", {.error = "connection refused", .retry_at = 5000}, 2100).ok());
  store::OutboxMail retried = Only();
  EXPECT_EQ(retried.state, "pending");
  EXPECT_EQ(retried.last_error, "connection refused");
  EXPECT_EQ(retried.next_attempt_at, 5000);
  EXPECT_TRUE(Claim("s", 4999).empty());  // not before its time
  ASSERT_EQ(Claim("s", 5000).size(), 1u);
  ASSERT_TRUE(store_->FinishMail(id, "s", {.sent = true}, 5100).ok());
  store::OutboxMail sent = Only();
  EXPECT_EQ(sent.state, "sent");
  EXPECT_EQ(sent.sent_at, 5100);
  EXPECT_EQ(sent.attempts, 2);
  EXPECT_TRUE(Claim("s", 999999).empty());  // sent mail is never claimed again
  EXPECT_EQ(store_->FinishMail(id, "s", {.sent = true}, 5200).code(), Code::kNotFound);

  ASSERT_TRUE(*store_->EnqueueMail(Mail("b@example.com")));
  std::string other = Claim("s", 6000).at(0).id;
  ASSERT_TRUE(store_->FinishMail(other, "s", {.error = "550 no such user"}, 6100).ok());
  auto failed = store_->ListMail("failed", {});
  ASSERT_TRUE(failed.ok());
  ASSERT_EQ(failed->items.size(), 1u);
  EXPECT_EQ(failed->items[0].recipient, "b@example.com");
  EXPECT_EQ(failed->items[0].last_error, "550 no such user");
  EXPECT_TRUE(Claim("s", 999999).empty());
}

TEST_P(StoreOutboxTest, ADedupKeyMakesAMessageHappenOnce) {
  EXPECT_TRUE(*store_->EnqueueMail(Mail("a@example.com", "reminder:1")));
  EXPECT_FALSE(*store_->EnqueueMail(Mail("a@example.com", "reminder:1")));
  EXPECT_TRUE(*store_->EnqueueMail(Mail("a@example.com", "reminder:2")));
  // Messages without a key never collide.
  EXPECT_TRUE(*store_->EnqueueMail(Mail("a@example.com")));
  EXPECT_TRUE(*store_->EnqueueMail(Mail("a@example.com")));
  EXPECT_EQ(store_->ListMail("pending", {})->total, 4);
  EXPECT_EQ(store_->EnqueueMail(Mail("")).status().code(), Code::kInvalidInput);
}

TEST_P(StoreOutboxTest, MailEnqueuedInAFailedTransactionIsNotKept) {
  Status failed = store_->InTransaction([&](Store& tx) {
    EXPECT_TRUE(tx.EnqueueMail(Mail("a@example.com")).ok());
    return Status::InvalidInput("the change that caused it failed");
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_EQ(store_->ListMail("", {})->total, 0);
  ASSERT_TRUE(
      store_
          ->InTransaction([&](Store& tx) { return tx.EnqueueMail(Mail("a@example.com")).status(); })
          .ok());
  EXPECT_EQ(store_->ListMail("", {})->total, 1);
}

TEST_P(StoreOutboxTest, ConcurrentSendersNeverClaimTheSameMessage) {
  constexpr int kMessages = 40;
  for (int i = 0; i < kMessages; ++i) {
    ASSERT_TRUE(store_->EnqueueMail(Mail("m" + std::to_string(i) + "@example.com")).ok());
  }
  // A second store on the same database stands for a second server.
  auto second = OpenStore(db_->url(), SchemaUpgrade::kApply, [] { return Millis{1000}; });
  ASSERT_TRUE(second.ok());
  std::vector<std::string> ids[2];
  Store* stores[2] = {store_.get(), second->get()};
  std::vector<std::thread> threads;
  for (int s = 0; s < 2; ++s) {
    threads.emplace_back([&, s] {
      for (;;) {
        auto claimed = stores[s]->ClaimMail("sender-" + std::to_string(s), 2000, 60000, 3);
        if (!claimed.ok()) continue;  // SQLite busy: try again
        if (claimed->empty()) return;
        for (const store::OutboxMail& mail : *claimed) ids[s].push_back(mail.id);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::set<std::string> all(ids[0].begin(), ids[0].end());
  all.insert(ids[1].begin(), ids[1].end());
  EXPECT_EQ(all.size(), static_cast<std::size_t>(kMessages));
  EXPECT_EQ(ids[0].size() + ids[1].size(), static_cast<std::size_t>(kMessages));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreOutboxTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace firsthire

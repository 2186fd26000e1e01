// Store::InTransaction and the store's injected clock, on every backend
// (PostgreSQL when FIRSTHIRE_TEST_PG_URL is set, else SKIPPED).
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>

#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

class StoreTransactionTest : public FreshStoreTest {
 protected:
  void SetUp() override {
    OpenFreshStore([this] { return now_.load(); });
  }

  std::int64_t Total(const std::string& object_type) {
    auto audit = store_->ListAudit({.object_type = object_type}, {});
    EXPECT_TRUE(audit.ok()) << audit.status().ToString();
    return audit.ok() ? audit->total : -1;
  }

  std::atomic<Millis> now_ = 1'000'000;
};

TEST_P(StoreTransactionTest, CommitsEveryWriteWithItsAuditEntryWhenTheWorkSucceeds) {
  std::string brief_id;
  Status done = store_->InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(store::StoredBrief brief,
                        tx.CreateBrief({.title = "B", .input_json = "{}"}, "ada"));
    brief_id = brief.id;
    FH_RETURN_IF_ERROR(
        tx.CreateOpening({.title = "O", .brief_id = brief.id, .status = "open"}, "ada").status());
    // Reads inside see the transaction's own writes.
    FH_ASSIGN_OR_RETURN(auto openings, tx.ListOpenings({.brief_id = brief.id}, {}));
    EXPECT_EQ(openings.total, 1);
    return Status::Ok();
  });
  ASSERT_TRUE(done.ok()) << done.ToString();
  EXPECT_TRUE(store_->GetBrief(brief_id).ok());
  EXPECT_EQ(store_->ListOpenings({.brief_id = brief_id}, {})->total, 1);
  EXPECT_EQ(Total("brief"), 1);
  EXPECT_EQ(Total("opening"), 1);
}

TEST_P(StoreTransactionTest, AFailingWorkLeavesNothingWrittenNotEvenAuditEntries) {
  std::string brief_id;
  Status done = store_->InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(store::StoredBrief brief,
                        tx.CreateBrief({.title = "B", .input_json = "{}"}, "ada"));
    brief_id = brief.id;
    FH_RETURN_IF_ERROR(tx.CreateOpening({.title = "O", .brief_id = brief.id}, "ada").status());
    return Status::InvalidInput("the second opening was refused");
  });
  EXPECT_EQ(done.code(), Code::kInvalidInput);
  EXPECT_EQ(done.message(), "the second opening was refused");
  EXPECT_EQ(store_->GetBrief(brief_id).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->ListOpenings({}, {})->total, 0);
  EXPECT_EQ(Total(""), 0);
}

TEST_P(StoreTransactionTest, AStoreErrorInsideRollsBackTheEarlierWrites) {
  Status done = store_->InTransaction([&](Store& tx) {
    FH_RETURN_IF_ERROR(tx.CreateBrief({.title = "B", .input_json = "{}"}, "ada").status());
    // A reference to no opening: the store refuses it.
    return tx.CreateCandidate({.opening_id = "nope", .name = "C"}, "ada").status();
  });
  EXPECT_EQ(done.code(), Code::kNotFound) << done.ToString();
  EXPECT_EQ(store_->ListBriefs({})->total, 0);
  EXPECT_EQ(Total(""), 0);
}

TEST_P(StoreTransactionTest, AFailedCallUndoesOnlyItselfWhenTheWorkGoesOn) {
  store::User ada;
  Status done = store_->InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(
        ada, tx.CreateUser(
                 {.email = "ada@example.com", .name = "Ada", .role = "admin", .password_hash = "h"},
                 "cli"));
    Result<store::User> twin = tx.CreateUser(
        {.email = "ada@example.com", .name = "Twin", .role = "admin", .password_hash = "h"}, "cli");
    EXPECT_EQ(twin.status().code(), Code::kAlreadyExists);
    // The transaction is still usable after the refused write.
    return tx.CreateBrief({.title = "B", .input_json = "{}"}, "cli").status();
  });
  ASSERT_TRUE(done.ok()) << done.ToString();
  EXPECT_TRUE(store_->GetUser(ada.id).ok());
  EXPECT_EQ(store_->ListUsers({})->total, 1);
  EXPECT_EQ(store_->ListBriefs({})->total, 1);
}

TEST_P(StoreTransactionTest, ANestedTransactionJoinsTheOuterOne) {
  Status done = store_->InTransaction([&](Store& tx) {
    FH_RETURN_IF_ERROR(tx.InTransaction([](Store& inner) {
      return inner.CreateBrief({.title = "inner", .input_json = "{}"}, "ada").status();
    }));
    return Status::Unavailable("the outer work failed after the inner one");
  });
  EXPECT_EQ(done.code(), Code::kUnavailable);
  EXPECT_EQ(store_->ListBriefs({})->total, 0);
}

// A cached session goes as soon as the transaction that ended it commits.
TEST_P(StoreTransactionTest, SessionsEndedInsideAreGoneOnceCommitted) {
  auto ada = store_->CreateUser(
      {.email = "ada@example.com", .name = "Ada", .role = "admin", .password_hash = "h"}, "cli");
  ASSERT_TRUE(ada.ok());
  ASSERT_TRUE(store_
                  ->CreateSession({.token_hash = "s1",
                                   .user_id = ada->id,
                                   .csrf_token = "c",
                                   .created_at = now_,
                                   .expires_at = now_ + 60'000,
                                   .last_seen_at = now_})
                  .ok());
  ASSERT_TRUE(store_->FindSession("s1", now_).ok());  // now cached where a cache exists
  Status done = store_->InTransaction([&](Store& tx) { return tx.DeleteUserSessions(ada->id); });
  ASSERT_TRUE(done.ok()) << done.ToString();
  EXPECT_EQ(store_->FindSession("s1", now_).status().code(), Code::kNotFound);
}

TEST_P(StoreTransactionTest, TheStoreStampsRecordsAndAuditFromItsClock) {
  auto brief = store_->CreateBrief({.title = "B", .input_json = "{}"}, "ada");
  ASSERT_TRUE(brief.ok());
  EXPECT_EQ(brief->created_at, 1'000'000);
  EXPECT_EQ(brief->updated_at, 1'000'000);
  now_ = 2'000'000;
  auto updated = store_->UpdateBrief(*brief, "ada");
  ASSERT_TRUE(updated.ok());
  EXPECT_EQ(updated->created_at, 1'000'000);
  EXPECT_EQ(updated->updated_at, 2'000'000);
  auto audit = store_->ListAudit({.object_type = "brief"}, {});
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->items.size(), 2u);
  EXPECT_EQ(audit->items[0].at, 2'000'000);  // newest first
  EXPECT_EQ(audit->items[1].at, 1'000'000);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTransactionTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace firsthire

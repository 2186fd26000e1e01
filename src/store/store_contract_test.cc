// The Store contract (store.h), run unchanged on every backend: SQLite
// always, PostgreSQL when FIRSTHIRE_TEST_PG_URL is set (else SKIPPED).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/migrations.h"
#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

using ::testing::ElementsAre;
using ::testing::SizeIs;

class StoreContractTest : public FreshStoreTest {
 protected:
  void SetUp() override { OpenFreshStore(); }

  store::User MakeUser(const std::string& email, const std::string& role = "interviewer") {
    store::User user{.email = email, .name = "User " + email, .role = role, .password_hash = "h"};
    Result<store::User> created = store_->CreateUser(user, "test");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? created.value() : store::User{};
  }

  store::StoredCandidate MakeCandidate(const std::string& name, const std::string& opening_id = "",
                                       const std::string& status = "new") {
    store::StoredCandidate candidate{.opening_id = opening_id,
                                     .name = name,
                                     .email = "someone@example.com",
                                     .profile_json = R"({"codes":true})",
                                     .status = status};
    Result<store::StoredCandidate> created = store_->CreateCandidate(candidate, "test");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? created.value() : store::StoredCandidate{};
  }

  std::vector<std::string> SearchNames(const std::string& text) {
    Result<Listing<store::StoredCandidate>> found = store_->ListCandidates({.text = text}, {});
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    std::vector<std::string> names;
    if (found.ok()) {
      for (const store::StoredCandidate& c : found->items) names.push_back(c.name);
    }
    return names;
  }

  // A link for `user_id` that expires at 5000 ms.
  Status IssueLink(const std::string& token_hash, const std::string& user_id,
                   const std::string& purpose) {
    return store_->IssueAccountLink(
        {.token_hash = token_hash, .user_id = user_id, .purpose = purpose, .expires_at = 5000},
        "admin");
  }

  std::int64_t AuditCount() {
    Result<Listing<store::AuditEntry>> audit = store_->ListAudit({}, {.limit = 1});
    EXPECT_TRUE(audit.ok());
    return audit.ok() ? audit->total : -1;
  }
};

TEST_P(StoreContractTest, MigrateRecordsVersionAndIsIdempotent) {
  EXPECT_EQ(store_->BackendName(), GetParam() == Backend::kSqlite ? "sqlite" : "postgresql");
  Result<int> version = store_->SchemaVersion();
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, static_cast<int>(Migrations().size()));
  ASSERT_TRUE(store_->Migrate().ok());
  EXPECT_EQ(*store_->SchemaVersion(), *version);
  // Reopening an existing database applies nothing and keeps the data.
  MakeUser("keep@example.com");
  Result<std::unique_ptr<Store>> again = OpenStore(db_->url());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_TRUE((*again)->FindUserByEmail("keep@example.com").ok());
  EXPECT_TRUE(store_->Ping().ok());
}

TEST_P(StoreContractTest, ADatabaseFromANewerVersionIsRefused) {
  const int newest = static_cast<int>(Migrations().size());
  // A newer firsthire recorded one more migration than this build knows.
  db_->RawExec("INSERT INTO schema_version (version, description, applied_at) VALUES (" +
               std::to_string(newest + 1) + ", 'from the future', 0)");
  Status migrated = store_->Migrate();
  EXPECT_EQ(migrated.code(), Code::kUnavailable);
  EXPECT_NE(migrated.message().find("schema version " + std::to_string(newest + 1)),
            std::string::npos)
      << migrated.ToString();
  Result<std::unique_ptr<Store>> reopened = OpenStore(db_->url());
  EXPECT_EQ(reopened.status().code(), Code::kUnavailable);
  // The version this build wrote itself is accepted again once the newer
  // row is gone (the check does not fire on an up-to-date database).
  db_->RawExec("DELETE FROM schema_version WHERE version > " + std::to_string(newest));
  EXPECT_TRUE(OpenStore(db_->url()).ok());
}

TEST_P(StoreContractTest, UsersAreUniqueByEmailIgnoringCase) {
  store::User ada = MakeUser("Ada@Example.com", "admin");
  EXPECT_EQ(ada.id.size(), 32u);
  EXPECT_GT(ada.created_at, 0);
  Result<store::User> found = store_->FindUserByEmail("ada@EXAMPLE.com");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, ada.id);
  EXPECT_EQ(found->email, "Ada@Example.com");

  Result<store::User> twin = store_->CreateUser(
      {.email = "ADA@example.COM", .name = "x", .role = "admin", .password_hash = "h"}, "t");
  EXPECT_EQ(twin.status().code(), Code::kAlreadyExists);

  Result<store::User> bad_role = store_->CreateUser(
      {.email = "b@example.com", .name = "x", .role = "owner", .password_hash = "h"}, "t");
  EXPECT_EQ(bad_role.status().code(), Code::kInvalidInput);

  EXPECT_EQ(store_->GetUser("nope").status().code(), Code::kNotFound);
  EXPECT_EQ(store_->FindUserByEmail("nobody@example.com").status().code(), Code::kNotFound);

  store::User changed = ada;
  changed.name = "Ada L.";
  changed.active = false;
  changed.role = "hiring_manager";
  ASSERT_TRUE(store_->UpdateUser(changed, "t").ok());
  Result<store::User> reread = store_->GetUser(ada.id);
  ASSERT_TRUE(reread.ok());
  EXPECT_EQ(reread->name, "Ada L.");
  EXPECT_FALSE(reread->active);
  EXPECT_EQ(reread->role, "hiring_manager");
  EXPECT_EQ(reread->created_at, ada.created_at);

  store::User other = MakeUser("grace@example.com");
  other.email = "ada@example.com";
  EXPECT_EQ(store_->UpdateUser(other, "t").status().code(), Code::kAlreadyExists);
  EXPECT_EQ(store_->ListUsers({})->total, 2);
}

TEST_P(StoreContractTest, SessionsExpireSlideAndEnd) {
  store::User user = MakeUser("s@example.com");
  store::Session session{.token_hash = Sha256Hex("token-1"),
                         .user_id = user.id,
                         .csrf_token = "csrf",
                         .created_at = 1000,
                         .expires_at = 2000,
                         .last_seen_at = 1000};
  ASSERT_TRUE(store_->CreateSession(session).ok());
  EXPECT_EQ(store_->CreateSession(session).code(), Code::kAlreadyExists);
  Result<store::Session> found = store_->FindSession(session.token_hash, 1999);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->user_id, user.id);
  EXPECT_EQ(found->csrf_token, "csrf");
  EXPECT_EQ(store_->FindSession(session.token_hash, 2000).status().code(), Code::kNotFound);

  ASSERT_TRUE(store_->TouchSession(session.token_hash, 1500, 5000).ok());
  found = store_->FindSession(session.token_hash, 4000);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->last_seen_at, 1500);
  EXPECT_EQ(store_->TouchSession("absent", 1, 2).code(), Code::kNotFound);

  store::Session old = session;
  old.token_hash = Sha256Hex("token-2");
  old.expires_at = 100;
  ASSERT_TRUE(store_->CreateSession(old).ok());
  EXPECT_EQ(*store_->DeleteExpiredSessions(3000), 1);
  EXPECT_TRUE(store_->FindSession(session.token_hash, 3000).ok());

  ASSERT_TRUE(store_->DeleteSession(session.token_hash).ok());
  EXPECT_EQ(store_->FindSession(session.token_hash, 3000).status().code(), Code::kNotFound);
  EXPECT_TRUE(store_->DeleteSession(session.token_hash).ok());

  store::Session a = session, b = session;
  a.token_hash = "a";
  b.token_hash = "b";
  ASSERT_TRUE(store_->CreateSession(a).ok());
  ASSERT_TRUE(store_->CreateSession(b).ok());
  ASSERT_TRUE(store_->DeleteUserSessions(user.id).ok());
  EXPECT_FALSE(store_->FindSession("a", 0).ok());
  EXPECT_FALSE(store_->FindSession("b", 0).ok());

  store::Session orphan = session;
  orphan.token_hash = "orphan";
  orphan.user_id = "no-such-user";
  EXPECT_EQ(store_->CreateSession(orphan).code(), Code::kNotFound);
}

TEST_P(StoreContractTest, ApiTokensCanBeRevoked) {
  store::User user = MakeUser("t@example.com");
  Result<store::ApiToken> token = store_->CreateApiToken(
      {.token_hash = Sha256Hex("secret"), .user_id = user.id, .name = "ci"}, "t");
  ASSERT_TRUE(token.ok()) << token.status().ToString();
  Result<std::vector<store::ApiToken>> active = store_->ListApiTokens(user.id);
  ASSERT_TRUE(active.ok());
  ASSERT_THAT(*active, SizeIs(1));
  EXPECT_EQ(active->front().user_id, user.id);
  EXPECT_EQ(active->front().name, "ci");
  EXPECT_FALSE(active->front().revoked);
  Result<store::User> owner = store_->FindUserByApiToken(Sha256Hex("secret"));
  ASSERT_TRUE(owner.ok()) << owner.status().ToString();
  EXPECT_EQ(owner->id, user.id);
  EXPECT_EQ(owner->email, "t@example.com");
  EXPECT_EQ(store_->FindUserByApiToken(Sha256Hex("other")).status().code(), Code::kNotFound);
  ASSERT_TRUE(store_->RevokeApiToken(token->id, "t").ok());
  EXPECT_EQ(store_->FindUserByApiToken(Sha256Hex("secret")).status().code(), Code::kNotFound);
  Result<std::vector<store::ApiToken>> listed = store_->ListApiTokens(user.id);
  ASSERT_TRUE(listed.ok());
  ASSERT_THAT(*listed, SizeIs(1));
  EXPECT_TRUE(listed->front().revoked);
  EXPECT_EQ(store_->RevokeApiToken("absent", "t").code(), Code::kNotFound);
  EXPECT_EQ(store_->CreateApiToken({.token_hash = "x", .user_id = "ghost", .name = "n"}, "t")
                .status()
                .code(),
            Code::kNotFound);
}

TEST_P(StoreContractTest, RevokingCredentialsEndsSessionsAndTokensForGood) {
  store::User ada = MakeUser("ada@example.com");
  store::User bob = MakeUser("bob@example.com");
  ASSERT_TRUE(
      store_
          ->CreateSession(
              {.token_hash = "s1", .user_id = ada.id, .csrf_token = "c", .expires_at = 10'000})
          .ok());
  ASSERT_TRUE(
      store_
          ->CreateSession(
              {.token_hash = "s2", .user_id = bob.id, .csrf_token = "c", .expires_at = 10'000})
          .ok());
  ASSERT_TRUE(
      store_->CreateApiToken({.token_hash = "t1", .user_id = ada.id, .name = "ci"}, "test").ok());
  ASSERT_TRUE(
      store_->CreateApiToken({.token_hash = "t2", .user_id = bob.id, .name = "ci"}, "test").ok());
  ASSERT_TRUE(store_->RevokeUserCredentials(ada.id, "admin-id").ok());
  EXPECT_FALSE(store_->FindSession("s1", 1).ok());
  EXPECT_FALSE(store_->FindUserByApiToken("t1").ok());
  // Reactivating the account brings nothing back.
  store::User again = *store_->GetUser(ada.id);
  again.active = true;
  ASSERT_TRUE(store_->UpdateUser(again, "test").ok());
  EXPECT_FALSE(store_->FindUserByApiToken("t1").ok());
  // Someone else's are untouched.
  EXPECT_TRUE(store_->FindSession("s2", 1).ok());
  EXPECT_TRUE(store_->FindUserByApiToken("t2").ok());
  auto audit = store_->ListAudit({.object_type = "user", .object_id = ada.id}, {});
  ASSERT_TRUE(audit.ok());
  ASSERT_FALSE(audit->items.empty());
  EXPECT_EQ(audit->items[1].action, "user.credentials_revoke");         // newest is the update
  EXPECT_TRUE(store_->RevokeUserCredentials(ada.id, "admin-id").ok());  // idempotent
}

TEST_P(StoreContractTest, AccountLinksSetAPasswordOnceAndEndTheOldCredentials) {
  store::User user = MakeUser("link@example.com");
  store::User other = MakeUser("other@example.com");
  store::Session session{.token_hash = "s1", .user_id = user.id, .expires_at = 1'000'000};
  ASSERT_TRUE(store_->CreateSession(session).ok());
  store::Session others{.token_hash = "s2", .user_id = other.id, .expires_at = 1'000'000};
  ASSERT_TRUE(store_->CreateSession(others).ok());
  ASSERT_TRUE(
      store_->CreateApiToken({.token_hash = "t1", .user_id = user.id, .name = "ci"}, "t").ok());
  ASSERT_TRUE(
      store_->CreateApiToken({.token_hash = "t2", .user_id = other.id, .name = "ci"}, "t").ok());

  ASSERT_TRUE(IssueLink("old", user.id, "invite").ok());
  ASSERT_TRUE(IssueLink("new", user.id, "reset").ok());
  // A newer link replaces the older; an expired one does nothing.
  EXPECT_EQ(store_->RedeemAccountLink("old", "h2", 100).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->RedeemAccountLink("new", "h2", 5000).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->GetUser(user.id)->password_hash, "h");
  ASSERT_TRUE(IssueLink("live", user.id, "reset").ok());
  Result<store::User> redeemed = store_->RedeemAccountLink("live", "h2", 4999);
  ASSERT_TRUE(redeemed.ok()) << redeemed.status().ToString();
  EXPECT_EQ(redeemed->id, user.id);
  EXPECT_EQ(store_->GetUser(user.id)->password_hash, "h2");
  EXPECT_EQ(store_->RedeemAccountLink("live", "h3", 4999).status().code(), Code::kNotFound);
  // The user's sessions and tokens ended; another user's did not.
  EXPECT_EQ(store_->FindSession("s1", 0).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->FindUserByApiToken("t1").status().code(), Code::kNotFound);
  EXPECT_TRUE(store_->FindSession("s2", 0).ok());
  EXPECT_TRUE(store_->FindUserByApiToken("t2").ok());

  Result<Listing<store::AuditEntry>> audit = store_->ListAudit({.object_id = user.id}, {});
  ASSERT_TRUE(audit.ok());
  std::vector<std::string> actions;
  for (const store::AuditEntry& entry : audit->items) actions.push_back(entry.action);
  EXPECT_THAT(actions,
              ::testing::IsSupersetOf({"user.invite", "user.reset_link", "user.password_set"}));

  EXPECT_EQ(IssueLink("x", "ghost", "reset").code(), Code::kNotFound);
  EXPECT_EQ(IssueLink("x", user.id, "other").code(), Code::kInvalidInput);
  EXPECT_EQ(IssueLink("", user.id, "reset").code(), Code::kInvalidInput);
}

TEST_P(StoreContractTest, ChangingAPasswordKeepsOnlyTheCurrentSession) {
  store::User user = MakeUser("change@example.com");
  for (const char* hash : {"here", "elsewhere"}) {
    ASSERT_TRUE(
        store_->CreateSession({.token_hash = hash, .user_id = user.id, .expires_at = 1'000'000})
            .ok());
  }
  ASSERT_TRUE(
      store_->CreateApiToken({.token_hash = "tok", .user_id = user.id, .name = "n"}, "t").ok());
  ASSERT_TRUE(IssueLink("pending", user.id, "reset").ok());
  ASSERT_TRUE(store_->SetUserPassword(user.id, "h2", "here", user.id).ok());
  EXPECT_EQ(store_->GetUser(user.id)->password_hash, "h2");
  EXPECT_TRUE(store_->FindSession("here", 0).ok());
  EXPECT_EQ(store_->FindSession("elsewhere", 0).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->FindUserByApiToken("tok").status().code(), Code::kNotFound);
  EXPECT_EQ(store_->RedeemAccountLink("pending", "h3", 100).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->SetUserPassword("ghost", "h", "", "t").code(), Code::kNotFound);
}

// Counters of `keys` as TakeLoginAttempt sees them, without counting.
std::vector<store::LoginCounter> PeekCounters(Store& store, const std::vector<std::string>& keys,
                                              Millis now, Millis window) {
  std::vector<store::LoginCounter> seen;
  auto peek = [&](const std::vector<store::LoginCounter>& counters) -> Millis {
    seen = counters;
    return 1;  // refuse: nothing is counted
  };
  EXPECT_EQ(*store.TakeLoginAttempt(keys, now, window, peek), 1);
  return seen;
}

TEST_P(StoreContractTest, LoginThrottleCountsWithinAWindow) {
  auto go = [](const std::vector<store::LoginCounter>&) -> Millis { return 0; };
  EXPECT_EQ(PeekCounters(*store_, {"email:a"}, 1000, 100)[0].failures, 0);
  EXPECT_EQ(*store_->TakeLoginAttempt({"email:a", "addr:b"}, 1000, 100, go), 0);
  EXPECT_EQ(*store_->TakeLoginAttempt({"email:a"}, 1010, 100, go), 0);
  std::vector<store::LoginCounter> seen = PeekCounters(*store_, {"addr:b", "email:a"}, 1050, 100);
  EXPECT_EQ(seen[0].failures, 1);  // in the order asked for
  EXPECT_EQ(seen[1].failures, 2);
  EXPECT_EQ(seen[1].window_start, 1000);
  // A refused attempt counts nothing.
  EXPECT_EQ(PeekCounters(*store_, {"email:a"}, 1050, 100)[0].failures, 2);
  // Forgiving takes one back, never below zero.
  ASSERT_TRUE(store_->ForgiveLoginAttempt({"email:a", "addr:b", "addr:none"}).ok());
  ASSERT_TRUE(store_->ForgiveLoginAttempt({"addr:b"}).ok());
  seen = PeekCounters(*store_, {"email:a", "addr:b"}, 1050, 100);
  EXPECT_EQ(seen[0].failures, 1);
  EXPECT_EQ(seen[1].failures, 0);
  // The window is over: empty again, and the next failure starts a new one.
  EXPECT_EQ(PeekCounters(*store_, {"email:a"}, 1100, 100)[0].failures, 0);
  EXPECT_EQ(*store_->TakeLoginAttempt({"email:a"}, 1100, 100, go), 0);
  seen = PeekCounters(*store_, {"email:a"}, 1150, 100);
  EXPECT_EQ(seen[0].failures, 1);
  EXPECT_EQ(seen[0].window_start, 1100);
  ASSERT_TRUE(store_->ResetLoginFailures("email:a").ok());
  EXPECT_EQ(PeekCounters(*store_, {"email:a"}, 1150, 100)[0].failures, 0);
}

TEST_P(StoreContractTest, LoginAttemptsCheckAndCountAtomically) {
  // Twelve threads race for five allowed attempts on shared keys (in two
  // different orders); exactly five get through.
  std::atomic<int> allowed{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 12; ++i) {
    threads.emplace_back([&, i] {
      std::vector<std::string> keys = {"email:x", "addr:" + std::to_string(i % 3)};
      if (i % 2 == 1) std::swap(keys[0], keys[1]);
      std::size_t account = i % 2 == 1 ? 1 : 0;
      auto five = [&](const std::vector<store::LoginCounter>& counters) -> Millis {
        return counters[account].failures >= 5 ? 1 : 0;
      };
      Result<Millis> taken = store_->TakeLoginAttempt(keys, 5000, 60'000, five);
      EXPECT_TRUE(taken.ok()) << taken.status().ToString();
      if (taken.ok() && *taken == 0) ++allowed;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(allowed.load(), 5);
  EXPECT_EQ(PeekCounters(*store_, {"email:x"}, 5000, 60'000)[0].failures, 5);
}

TEST_P(StoreContractTest, BriefsAndOpeningsCrudWithReferences) {
  Result<store::StoredBrief> brief = store_->CreateBrief(
      {.title = "Support bot", .input_json = R"({"workflow":{"name":"x"}})"}, "t");
  ASSERT_TRUE(brief.ok());
  store::StoredBrief edited = *brief;
  edited.assessment_json = R"({"readiness":{"verdict":"hire"}})";
  ASSERT_TRUE(store_->UpdateBrief(edited, "t").ok());
  EXPECT_EQ(store_->GetBrief(brief->id)->assessment_json, edited.assessment_json);

  Result<store::StoredOpening> opening = store_->CreateOpening({.title = "RAG engineer",
                                                                .brief_id = brief->id,
                                                                .archetype = "rag_ai_engineer",
                                                                .kit_json = "{}",
                                                                .plan_json = "{}",
                                                                .status = "open"},
                                                               "t");
  ASSERT_TRUE(opening.ok()) << opening.status().ToString();
  ASSERT_TRUE(store_->CreateOpening({.title = "Other", .status = "closed"}, "t").ok());
  EXPECT_EQ(store_->CreateOpening({.title = "x", .brief_id = "ghost"}, "t").status().code(),
            Code::kNotFound);

  Result<Listing<store::StoredOpening>> open = store_->ListOpenings({.status = "open"}, {});
  ASSERT_TRUE(open.ok());
  EXPECT_EQ(open->total, 1);
  EXPECT_EQ(open->items.at(0).id, opening->id);
  EXPECT_EQ(store_->ListOpenings({.brief_id = brief->id}, {})->total, 1);
  EXPECT_EQ(store_->ListOpenings({}, {})->total, 2);

  EXPECT_EQ(store_->DeleteBrief(brief->id, "t").code(), Code::kAlreadyExists);
  ASSERT_TRUE(store_->DeleteOpening(opening->id, "t").ok());
  ASSERT_TRUE(store_->DeleteBrief(brief->id, "t").ok());
  EXPECT_EQ(store_->GetBrief(brief->id).status().code(), Code::kNotFound);
  EXPECT_EQ(store_->DeleteBrief(brief->id, "t").code(), Code::kNotFound);
  EXPECT_EQ(store_->UpdateBrief(edited, "t").status().code(), Code::kNotFound);
  EXPECT_EQ(store_->ListBriefs({})->total, 0);
}

TEST_P(StoreContractTest, CandidatesVersionChangesOnEveryCandidateWriteFromAnyConnection) {
  auto version = [this] {
    Result<std::int64_t> v = store_->CandidatesVersion();
    EXPECT_TRUE(v.ok()) << v.status().ToString();
    return v.ok() ? *v : -1;
  };
  std::int64_t v0 = version();
  EXPECT_GT(v0, 0);
  EXPECT_EQ(version(), v0);  // reading does not change it
  MakeUser("not-a-candidate@example.com");
  EXPECT_EQ(version(), v0);  // other tables do not count
  store::StoredCandidate ana = MakeCandidate("Ana");
  std::int64_t v1 = version();
  EXPECT_NE(v1, v0);
  ana.status = "screen";
  ASSERT_TRUE(store_->UpdateCandidate(ana, "test").ok());
  std::int64_t v2 = version();
  EXPECT_NE(v2, v1);
  ASSERT_TRUE(store_->EraseCandidate(ana.id, "test").ok());
  std::int64_t v3 = version();
  EXPECT_NE(v3, v2);
  // A write through another connection (another server process) counts too.
  Result<std::unique_ptr<Store>> other = OpenStore(db_->url());
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  store::StoredCandidate ben{.name = "Ben", .profile_json = "{}", .status = "new"};
  ASSERT_TRUE((*other)->CreateCandidate(ben, "other").ok());
  // SQLite: at the next read. PostgreSQL: once the write's notification has
  // reached this store (store/version_cache.h), within 10 s on a loaded
  // machine.
  bool changed = version() != v3;
  for (int i = 0; GetParam() == Backend::kPostgres && !changed && i < 1000; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    changed = version() != v3;
  }
  EXPECT_TRUE(changed);
}

TEST_P(StoreContractTest, CandidatesInOrderAreThePagesJoinedUpToTheBound) {
  Result<store::StoredOpening> a = store_->CreateOpening({.title = "A", .status = "open"}, "t");
  ASSERT_TRUE(a.ok());
  for (int i = 0; i < 7; ++i) {
    MakeCandidate("cand" + std::to_string(i), i < 5 ? a->id : "", i % 2 ? "screen" : "new");
  }
  auto ids = [](const std::vector<store::StoredCandidate>& rows) {
    std::vector<std::string> out;
    for (const store::StoredCandidate& row : rows) out.push_back(row.id);
    return out;
  };
  for (const CandidateFilter& filter :
       {CandidateFilter{}, CandidateFilter{.opening_id = a->id, .status = "screen"},
        CandidateFilter{.text = "cand3"}}) {
    Result<Listing<store::StoredCandidate>> page = store_->ListCandidates(filter, {.limit = 500});
    Result<std::vector<store::StoredCandidate>> all = store_->ListCandidatesInOrder(filter, 100);
    ASSERT_TRUE(page.ok() && all.ok());
    EXPECT_EQ(ids(*all), ids(page->items));
    EXPECT_EQ(static_cast<std::int64_t>(all->size()), page->total);
  }
  Result<std::vector<store::StoredCandidate>> first = store_->ListCandidatesInOrder({}, 4);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(ids(*first), ids(store_->ListCandidates({}, {.limit = 4})->items));
}

TEST_P(StoreContractTest, CandidateListsPaginateAndFilter) {
  Result<store::StoredOpening> a = store_->CreateOpening({.title = "A", .status = "open"}, "t");
  Result<store::StoredOpening> b = store_->CreateOpening({.title = "B", .status = "open"}, "t");
  ASSERT_TRUE(a.ok() && b.ok());
  for (int i = 0; i < 7; ++i) {
    MakeCandidate("cand" + std::to_string(i), i < 5 ? a->id : b->id, i % 2 ? "screen" : "new");
  }
  std::set<std::string> seen;
  for (std::int64_t offset = 0; offset < 9; offset += 3) {
    Result<Listing<store::StoredCandidate>> page =
        store_->ListCandidates({}, {.limit = 3, .offset = offset});
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 7);
    EXPECT_EQ(page->items.size(), offset < 6 ? 3u : 1u);
    for (const store::StoredCandidate& c : page->items)
      EXPECT_TRUE(seen.insert(c.id).second) << "duplicate";
  }
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(store_->ListCandidates({}, {.limit = 3, .offset = 100})->items.size(), 0u);
  EXPECT_EQ(store_->ListCandidates({}, {.limit = 0})->items.size(), 7u);  // default limit

  EXPECT_EQ(store_->ListCandidates({.opening_id = a->id}, {})->total, 5);
  EXPECT_EQ(store_->ListCandidates({.opening_id = b->id}, {})->total, 2);
  EXPECT_EQ(store_->ListCandidates({.status = "screen"}, {})->total, 3);
  EXPECT_EQ(store_->ListCandidates({.opening_id = a->id, .status = "screen"}, {})->total, 2);
  EXPECT_EQ(store_->CreateCandidate({.opening_id = "ghost", .name = "x"}, "t").status().code(),
            Code::kNotFound);
}

TEST_P(StoreContractTest, CreateCandidatesStoresAllInOrderAndSearchable) {
  Result<store::StoredOpening> opening = store_->CreateOpening({.title = "A", .status = "open"}, "t");
  ASSERT_TRUE(opening.ok());
  std::int64_t audit_before = AuditCount();
  Result<std::vector<store::StoredCandidate>> created = store_->CreateCandidates(
      {{.opening_id = opening->id, .name = "Ada Quill", .profile_json = "{}", .status = "new"},
       {.name = "Bo Reed", .profile_json = "{}", .status = "new", .stage = "screen"}},
      "importer");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  ASSERT_EQ(created->size(), 2u);
  EXPECT_EQ((*created)[0].name, "Ada Quill");
  EXPECT_EQ((*created)[0].stage, "applied");  // the default, as for CreateCandidate
  EXPECT_EQ((*created)[1].stage, "screen");
  EXPECT_NE((*created)[0].id, (*created)[1].id);
  EXPECT_EQ(store_->GetCandidate((*created)[1].id)->name, "Bo Reed");
  EXPECT_EQ(SearchNames("quill"), std::vector<std::string>{"Ada Quill"});
  EXPECT_EQ(store_->ListCandidates({.opening_id = opening->id}, {})->total, 1);
  EXPECT_EQ(AuditCount(), audit_before + 2);  // one candidate.create each
}

TEST_P(StoreContractTest, CreateCandidatesStoresNothingWhenOneFails) {
  MakeCandidate("Already Here");
  std::int64_t audit_before = AuditCount();
  Result<std::vector<store::StoredCandidate>> created = store_->CreateCandidates(
      {{.name = "First Good", .profile_json = "{}", .status = "new"},
       {.opening_id = "ghost", .name = "Bad Opening", .profile_json = "{}", .status = "new"}},
      "importer");
  EXPECT_EQ(created.status().code(), Code::kNotFound);
  EXPECT_EQ(store_->ListCandidates({}, {})->total, 1);  // only the one made before
  EXPECT_TRUE(SearchNames("first").empty());
  EXPECT_EQ(AuditCount(), audit_before);
}

TEST_P(StoreContractTest, CandidatesAreSearchableByText) {
  store::StoredCandidate ada = MakeCandidate("Ada Lovelace");
  MakeCandidate("Grace Hopper");
  store::StoredCandidate jurgen = MakeCandidate("Jürgen Müller");
  EXPECT_THAT(SearchNames("lovelace"), ElementsAre("Ada Lovelace"));
  EXPECT_THAT(SearchNames("LOVE"), ElementsAre("Ada Lovelace"));  // prefix, any case
  EXPECT_THAT(SearchNames("hopper grace"), ElementsAre("Grace Hopper"));
  EXPECT_THAT(SearchNames("Müller"), ElementsAre("Jürgen Müller"));
  EXPECT_THAT(SearchNames("ada hopper"), ElementsAre());  // every word must match
  EXPECT_THAT(SearchNames("nobody"), ElementsAre());
  EXPECT_THAT(SearchNames("someone"), SizeIs(3));  // the email is searched too
  // Query syntax and SQL in the text are plain words, never errors.
  EXPECT_THAT(SearchNames("\"'; DROP TABLE candidates; -- NEAR( * :"), ElementsAre());
  EXPECT_THAT(SearchNames("ada OR grace"), ElementsAre());
  EXPECT_EQ(store_->ListCandidates({}, {})->total, 3);

  ada.name = "Ada King";
  ASSERT_TRUE(store_->UpdateCandidate(ada, "t").ok());
  EXPECT_THAT(SearchNames("lovelace"), ElementsAre());
  EXPECT_THAT(SearchNames("king"), ElementsAre("Ada King"));
  ASSERT_TRUE(store_->EraseCandidate(jurgen.id, "t").ok());
  EXPECT_THAT(SearchNames("Müller"), ElementsAre());
}

TEST_P(StoreContractTest, HostileStringsAreStoredVerbatim) {
  const std::vector<std::string> hostile = {
      "O'Brien \"quoted\" `tick`",         "Robert'); DROP TABLE candidates; --",
      "$1 ?1 :name @p %s \\ \\\\ \\x00",   "Zoë 李小龍 مرحبا 🚀 \u202Eevil",
      std::string(10 * 1024, 'x') + "end", R"({"not": "json)",
  };
  for (const std::string& text : hostile) {
    Result<store::StoredCandidate> created = store_->CreateCandidate(
        {.name = text, .email = text, .profile_json = text, .status = text}, text);
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    Result<store::StoredCandidate> read = store_->GetCandidate(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->name, text);
    EXPECT_EQ(read->email, text);
    EXPECT_EQ(read->profile_json, text);
    EXPECT_EQ(read->status, text);
    Result<store::StoredBrief> brief =
        store_->CreateBrief({.title = text, .input_json = text}, text);
    ASSERT_TRUE(brief.ok());
    EXPECT_EQ(store_->GetBrief(brief->id)->input_json, text);
    EXPECT_EQ(store_->ListCandidates({.status = text}, {})->total, 1);
  }
  EXPECT_EQ(store_->ListCandidates({}, {})->total, static_cast<std::int64_t>(hostile.size()));
  EXPECT_EQ(store_->ListAudit({.actor = hostile[1]}, {})->total, 2);
}

TEST_P(StoreContractTest, OneScorecardPerInterviewerFinalOnceSubmitted) {
  store::User ann = MakeUser("ann@example.com");
  store::User bob = MakeUser("bob@example.com");
  store::StoredCandidate candidate = MakeCandidate("C");
  store::StoredScorecard draft{.candidate_id = candidate.id,
                               .interviewer_id = ann.id,
                               .scores_json = R"({"eval_discipline":2})",
                               .notes_json = R"({"eval_discipline":"thin"})",
                               .red_flags_json = "[]",
                               .state = "draft",
                               .summary = "Clear on evals; security not covered."};
  Result<store::StoredScorecard> first = store_->SaveScorecard(draft, ann.id);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->submitted_at, 0);
  EXPECT_EQ(store_->GetScorecard(candidate.id, ann.id)->summary,
            "Clear on evals; security not covered.");
  draft.scores_json = R"({"eval_discipline":4})";
  draft.state = "submitted";
  Result<store::StoredScorecard> submitted = store_->SaveScorecard(draft, ann.id);
  ASSERT_TRUE(submitted.ok());
  EXPECT_EQ(submitted->id, first->id);
  EXPECT_GT(submitted->submitted_at, 0);
  EXPECT_EQ(store_->SaveScorecard(draft, ann.id).status().code(), Code::kAlreadyExists);
  Result<store::StoredScorecard> read = store_->GetScorecard(candidate.id, ann.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->scores_json, R"({"eval_discipline":4})");
  EXPECT_EQ(read->state, "submitted");

  EXPECT_EQ(store_->GetScorecard(candidate.id, bob.id).status().code(), Code::kNotFound);
  store::StoredScorecard bobs = draft;
  bobs.interviewer_id = bob.id;
  ASSERT_TRUE(store_->SaveScorecard(bobs, bob.id).ok());
  EXPECT_THAT(*store_->ListScorecards(candidate.id), SizeIs(2));

  store::StoredScorecard bad = draft;
  bad.state = "final";
  EXPECT_EQ(store_->SaveScorecard(bad, "t").status().code(), Code::kInvalidInput);
  store::StoredScorecard ghost = draft;
  ghost.interviewer_id = "ghost";
  EXPECT_EQ(store_->SaveScorecard(ghost, "t").status().code(), Code::kNotFound);
}

TEST_P(StoreContractTest, ASubmittedScorecardReopensAsADraftOnceAndIsAudited) {
  store::User ann = MakeUser("ann@example.com");
  store::StoredCandidate candidate = MakeCandidate("C");
  store::StoredScorecard card{.candidate_id = candidate.id,
                              .interviewer_id = ann.id,
                              .scores_json = R"({"eval_discipline":2})",
                              .notes_json = "{}",
                              .red_flags_json = "[]",
                              .state = "draft"};
  ASSERT_TRUE(store_->SaveScorecard(card, ann.id).ok());
  // A draft has nothing to reopen.
  EXPECT_EQ(store_->ReopenScorecard(candidate.id, ann.id, "boss").status().code(),
            Code::kAlreadyExists);
  card.state = "submitted";
  Result<store::StoredScorecard> submitted = store_->SaveScorecard(card, ann.id);
  ASSERT_TRUE(submitted.ok());

  Result<store::StoredScorecard> reopened = store_->ReopenScorecard(candidate.id, ann.id, "boss");
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  EXPECT_EQ(reopened->id, submitted->id);
  EXPECT_EQ(reopened->state, "draft");
  EXPECT_EQ(reopened->submitted_at, 0);
  EXPECT_EQ(reopened->scores_json, R"({"eval_discipline":2})") << "the scores are kept to edit";
  EXPECT_EQ(store_->GetScorecard(candidate.id, ann.id)->state, "draft");
  Result<Listing<store::AuditEntry>> audit = store_->ListAudit({.actor = "boss"}, {});
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->total, 1);
  EXPECT_EQ(audit->items[0].action, "scorecard.reopen");
  EXPECT_EQ(audit->items[0].object_id, submitted->id);

  // The interviewer may change it and submit again.
  card.scores_json = R"({"eval_discipline":4})";
  Result<store::StoredScorecard> again = store_->SaveScorecard(card, ann.id);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->state, "submitted");
  EXPECT_EQ(store_->GetScorecard(candidate.id, ann.id)->scores_json, R"({"eval_discipline":4})");
  EXPECT_EQ(store_->ReopenScorecard(candidate.id, "nobody", "boss").status().code(),
            Code::kNotFound);
}

TEST_P(StoreContractTest, InterviewsTeamProposalsPlansAndDecisions) {
  store::User ann = MakeUser("ann@example.com");
  store::StoredCandidate candidate = MakeCandidate("C");
  Result<store::StoredInterview> interview = store_->CreateInterview({.candidate_id = candidate.id,
                                                                      .interviewer_id = ann.id,
                                                                      .scheduled_at = 42,
                                                                      .kind = "technical",
                                                                      .status = "scheduled"},
                                                                     "t");
  ASSERT_TRUE(interview.ok()) << interview.status().ToString();
  EXPECT_EQ(store_->ListInterviews({.interviewer_id = ann.id}, {})->total, 1);
  EXPECT_EQ(store_->ListInterviews({.candidate_id = "other"}, {})->total, 0);
  store::StoredInterview done = *interview;
  done.status = "done";
  ASSERT_TRUE(store_->UpdateInterview(done, "t").ok());
  EXPECT_EQ(store_->GetInterview(done.id)->status, "done");
  EXPECT_EQ(store_->GetInterview(done.id)->scheduled_at, 42);
  ASSERT_TRUE(store_->DeleteInterview(done.id, "t").ok());
  EXPECT_EQ(store_->GetInterview(done.id).status().code(), Code::kNotFound);

  Result<store::StoredTeamMember> member = store_->CreateTeamMember(
      {.name = "Mo", .traits_json = R"({"design":4})", .codes = true}, "t");
  ASSERT_TRUE(member.ok());
  EXPECT_TRUE(store_->GetTeamMember(member->id)->codes);
  store::StoredTeamMember renamed = *member;
  renamed.codes = false;
  ASSERT_TRUE(store_->UpdateTeamMember(renamed, "t").ok());
  EXPECT_FALSE(store_->GetTeamMember(member->id)->codes);
  EXPECT_EQ(store_->ListTeamMembers({})->total, 1);
  ASSERT_TRUE(store_->DeleteTeamMember(member->id, "t").ok());
  EXPECT_EQ(store_->ListTeamMembers({})->total, 0);

  Result<store::StoredProposal> proposal =
      store_->CreateProposal({.title = "Agency", .input_json = "{}"}, "t");
  ASSERT_TRUE(proposal.ok());
  store::StoredProposal reviewed = *proposal;
  reviewed.review_json = R"({"risks":[]})";
  ASSERT_TRUE(store_->UpdateProposal(reviewed, "t").ok());
  EXPECT_EQ(store_->GetProposal(proposal->id)->review_json, reviewed.review_json);
  EXPECT_EQ(store_->ListProposals({})->total, 1);
  ASSERT_TRUE(store_->DeleteProposal(proposal->id, "t").ok());

  Result<store::StoredPlan> plan = store_->CreatePlan(
      {.candidate_id = candidate.id, .plan_json = "{}", .status_json = R"({"d30":"open"})"}, "t");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  store::StoredPlan progressed = *plan;
  progressed.status_json = R"({"d30":"done"})";
  ASSERT_TRUE(store_->UpdatePlan(progressed, "t").ok());
  EXPECT_EQ(store_->GetPlan(plan->id)->status_json, progressed.status_json);
  EXPECT_EQ(store_->GetPlan(plan->id)->outcome, "");  // no 90-day decision yet
  progressed.outcome = "no_go";
  progressed.outcome_reason = "the pilot's cost per run doubled";
  progressed.outcome_by = "u1";
  progressed.outcome_at = 1234;
  ASSERT_TRUE(store_->UpdatePlan(progressed, "t").ok());
  store::StoredPlan decided = *store_->GetPlan(plan->id);
  EXPECT_EQ(decided.outcome, "no_go");
  EXPECT_EQ(decided.outcome_reason, progressed.outcome_reason);
  EXPECT_EQ(decided.outcome_by, "u1");
  EXPECT_EQ(decided.outcome_at, 1234);
  EXPECT_EQ(store_->ListPlans({.candidate_id = candidate.id}, {})->items.at(0).outcome, "no_go");
  EXPECT_EQ(store_->ExportCandidate(candidate.id)->plans.at(0).outcome, "no_go");
  EXPECT_EQ(store_->ListPlans({.candidate_id = candidate.id}, {})->total, 1);
  EXPECT_EQ(store_->ListPlans({.opening_id = "x"}, {})->total, 0);
  EXPECT_EQ(store_->CreatePlan({.opening_id = "ghost"}, "t").status().code(), Code::kNotFound);
  ASSERT_TRUE(store_->DeletePlan(plan->id, "t").ok());

  ASSERT_TRUE(store_
                  ->CreateDecision({.candidate_id = candidate.id,
                                    .decision = "hold",
                                    .reason = "r1",
                                    .decided_by = ann.id},
                                   "t")
                  .ok());
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  ASSERT_TRUE(store_
                  ->CreateDecision({.candidate_id = candidate.id,
                                    .decision = "hire",
                                    .reason = "r2",
                                    .rule = "gate.pass",
                                    .decided_by = ann.id},
                                   "t")
                  .ok());
  Result<std::vector<store::StoredDecision>> decisions = store_->ListDecisions(candidate.id);
  ASSERT_TRUE(decisions.ok());
  ASSERT_THAT(*decisions, SizeIs(2));
  EXPECT_EQ(decisions->at(0).decision, "hire");  // newest first
  EXPECT_EQ(decisions->at(0).rule, "gate.pass");
  EXPECT_EQ(store_->CreateDecision({.candidate_id = "ghost", .decision = "x"}, "t").status().code(),
            Code::kNotFound);
}

TEST_P(StoreContractTest, CandidateStagesAreStampedWhenTheyChange) {
  Result<store::StoredOpening> opening = store_->CreateOpening({.title = "AI engineer"}, "t");
  ASSERT_TRUE(opening.ok());
  store::StoredCandidate ana = MakeCandidate("Ana", opening->id);
  EXPECT_EQ(ana.stage, "applied");  // the default
  EXPECT_EQ(ana.stage_entered_at, ana.created_at);
  store::StoredCandidate bo{
      .opening_id = opening->id, .name = "Bo", .profile_json = "{}", .status = "new"};
  bo.stage = "screen";
  Result<store::StoredCandidate> created = store_->CreateCandidate(bo, "t");
  ASSERT_TRUE(created.ok());
  EXPECT_EQ(store_->GetCandidate(created->id)->stage, "screen");

  // An update that keeps the stage keeps its time; a new stage is stamped.
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  store::StoredCandidate renamed = ana;
  renamed.name = "Ana B";
  ASSERT_TRUE(store_->UpdateCandidate(renamed, "t").ok());
  EXPECT_EQ(store_->GetCandidate(ana.id)->stage_entered_at, ana.stage_entered_at);
  store::StoredCandidate rejected = *store_->GetCandidate(ana.id);
  rejected.stage = "rejected";
  rejected.stage_reason = "chose another offer";
  ASSERT_TRUE(store_->UpdateCandidate(rejected, "t").ok());
  store::StoredCandidate read = *store_->GetCandidate(ana.id);
  EXPECT_EQ(read.stage, "rejected");
  EXPECT_EQ(read.stage_reason, "chose another offer");
  EXPECT_GT(read.stage_entered_at, ana.stage_entered_at);
  // An empty stage on update keeps the stored stage and reason.
  store::StoredCandidate keep = read;
  keep.stage.clear();
  keep.stage_reason.clear();
  ASSERT_TRUE(store_->UpdateCandidate(keep, "t").ok());
  EXPECT_EQ(store_->GetCandidate(ana.id)->stage, "rejected");
  EXPECT_EQ(store_->GetCandidate(ana.id)->stage_reason, "chose another offer");
  EXPECT_EQ(store_->ListAudit({.object_id = ana.id}, {})->items[1].detail,
            R"({"from":"applied","to":"rejected"})");

  EXPECT_EQ(store_->ListCandidates({.stage = "rejected"}, {})->total, 1);
  EXPECT_EQ(store_->ListCandidates({.stage = "screen"}, {})->total, 1);
  EXPECT_EQ(store_->ListCandidates({.stage = "hired"}, {})->total, 0);
  Result<std::vector<store::CandidateStage>> stages = store_->ListCandidateStages(opening->id);
  ASSERT_TRUE(stages.ok());
  ASSERT_THAT(*stages, SizeIs(2));
  EXPECT_EQ((*stages)[0].candidate_id, ana.id);
  EXPECT_EQ((*stages)[0].stage, "rejected");
  EXPECT_EQ((*stages)[1].stage, "screen");
  // The moves a funnel reads: the stage change only (the rename and the
  // update that kept the stage moved nobody), oldest first.
  ASSERT_TRUE(store_->AdvanceCandidateStage(created->id, {"screen"}, "interviews", "t").ok());
  Result<std::vector<store::AuditEntry>> moves = store_->ListStageMoves(opening->id);
  ASSERT_TRUE(moves.ok()) << moves.status().ToString();
  ASSERT_THAT(*moves, SizeIs(2));
  EXPECT_EQ((*moves)[0].object_id, ana.id);
  EXPECT_EQ((*moves)[0].detail, R"({"from":"applied","to":"rejected"})");
  EXPECT_EQ((*moves)[1].object_id, created->id);
  EXPECT_EQ((*moves)[1].action, "candidate.stage");
  EXPECT_EQ((*moves)[1].detail, R"({"from":"screen","to":"interviews"})");
  EXPECT_LT((*moves)[0].seq, (*moves)[1].seq);
  ASSERT_TRUE(store_->EraseCandidate(created->id, "t").ok());
  EXPECT_THAT(*store_->ListCandidateStages(opening->id), SizeIs(1));  // erased: not counted
  EXPECT_THAT(*store_->ListStageMoves(opening->id), SizeIs(1));
  EXPECT_THAT(*store_->ListCandidateStages("ghost"), SizeIs(0));
  EXPECT_THAT(*store_->ListStageMoves("ghost"), SizeIs(0));
}

TEST_P(StoreContractTest, AdvanceCandidateStageMovesOnlyFromTheGivenStages) {
  store::StoredCandidate ana = MakeCandidate("Ana");
  Result<bool> moved =
      store_->AdvanceCandidateStage(ana.id, {"applied", "screen"}, "interviews", "t");
  ASSERT_TRUE(moved.ok()) << moved.status().ToString();
  EXPECT_TRUE(*moved);
  EXPECT_EQ(store_->GetCandidate(ana.id)->stage, "interviews");
  EXPECT_EQ(store_->ListAudit({.object_id = ana.id}, {})->items[0].action, "candidate.stage");
  std::int64_t audited = AuditCount();
  // Already past those stages: nothing changes, nothing is audited.
  moved = store_->AdvanceCandidateStage(ana.id, {"applied", "screen"}, "interviews", "t");
  ASSERT_TRUE(moved.ok());
  EXPECT_FALSE(*moved);
  EXPECT_EQ(AuditCount(), audited);
  EXPECT_EQ(store_->AdvanceCandidateStage("ghost", {"applied"}, "screen", "t").status().code(),
            Code::kNotFound);
  ASSERT_TRUE(store_->EraseCandidate(ana.id, "t").ok());
  EXPECT_EQ(store_->AdvanceCandidateStage(ana.id, {"interviews"}, "offer", "t").status().code(),
            Code::kNotFound);
}

TEST_P(StoreContractTest, DecisionsOnEvidenceNeedASubmittedScorecardAndMoveTheStage) {
  store::User ann = MakeUser("ann@example.com");
  store::StoredCandidate candidate = MakeCandidate("C");
  store::StoredDecision hire{.candidate_id = candidate.id,
                             .decision = "hire",
                             .reason = "strong on every gate category",
                             .rule = "decision.hire",
                             .decided_by = ann.id};
  std::int64_t before = AuditCount();
  Result<store::StoredDecision> refused = store_->DecideOnEvidence(hire, "hired", ann.id);
  EXPECT_EQ(refused.status().code(), Code::kInvalidInput);
  EXPECT_EQ(refused.status().location().field, "scorecards");
  // A draft is no evidence either.
  store::StoredScorecard card{.candidate_id = candidate.id,
                              .interviewer_id = ann.id,
                              .scores_json = R"({"eval_discipline":4})",
                              .notes_json = "{}",
                              .red_flags_json = "[]"};
  ASSERT_TRUE(store_->SaveScorecard(card, ann.id).ok());
  EXPECT_EQ(store_->DecideOnEvidence(hire, "hired", ann.id).status().code(), Code::kInvalidInput);
  EXPECT_THAT(*store_->ListDecisions(candidate.id), SizeIs(0));
  EXPECT_EQ(store_->GetCandidate(candidate.id)->stage, "applied");
  EXPECT_EQ(AuditCount(), before + 1);  // only the draft

  card.state = "submitted";
  ASSERT_TRUE(store_->SaveScorecard(card, ann.id).ok());
  Result<store::StoredDecision> decided = store_->DecideOnEvidence(hire, "hired", ann.id);
  ASSERT_TRUE(decided.ok()) << decided.status().ToString();
  EXPECT_EQ(decided->decided_by, ann.id);
  EXPECT_GT(decided->created_at, 0);
  EXPECT_EQ(decided->rule, "decision.hire");
  store::StoredCandidate hired = *store_->GetCandidate(candidate.id);
  EXPECT_EQ(hired.stage, "hired");
  EXPECT_EQ(hired.stage_reason, "strong on every gate category");
  EXPECT_GE(hired.stage_entered_at, decided->created_at);
  Result<Listing<store::AuditEntry>> audit = store_->ListAudit({}, {.limit = 2});
  EXPECT_EQ(audit->items[0].action, "candidate.stage");
  EXPECT_EQ(audit->items[1].action, "decision.create");
  EXPECT_EQ(audit->items[1].detail, "hire");

  // No stage: the decision is kept, the stage stays.
  Result<store::StoredDecision> hold = store_->DecideOnEvidence(
      {.candidate_id = candidate.id, .decision = "hold", .reason = "wait", .decided_by = ann.id},
      "", ann.id);
  ASSERT_TRUE(hold.ok());
  EXPECT_EQ(store_->GetCandidate(candidate.id)->stage, "hired");
  EXPECT_THAT(*store_->ListDecisions(candidate.id), SizeIs(2));
  EXPECT_EQ(store_->DecideOnEvidence({.candidate_id = "ghost", .decision = "hire"}, "hired", "t")
                .status()
                .code(),
            Code::kNotFound);
}

TEST_P(StoreContractTest, InterviewsKeepTheirFocusAndDueTime) {
  store::User ann = MakeUser("ann@example.com");
  store::StoredCandidate candidate = MakeCandidate("C");
  store::StoredInterview interview{
      .candidate_id = candidate.id, .interviewer_id = ann.id, .kind = "technical"};
  EXPECT_EQ(interview.focus_json, "[]");
  interview.focus_json = R"(["eval_discipline","security_guardrails"])";
  interview.due_at = 1'800'000'000'000;
  Result<store::StoredInterview> created = store_->CreateInterview(interview, "t");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  Result<store::StoredInterview> read = store_->GetInterview(created->id);
  EXPECT_EQ(read->focus_json, interview.focus_json);
  EXPECT_EQ(read->due_at, 1'800'000'000'000);
  Result<store::CandidateRecords> exported = store_->ExportCandidate(candidate.id);
  ASSERT_TRUE(exported.ok()) << exported.status().ToString();
  ASSERT_THAT(exported->interviews, SizeIs(1));
  EXPECT_EQ(exported->interviews[0].focus_json, interview.focus_json);
  EXPECT_EQ(exported->interviews[0].due_at, 1'800'000'000'000);
  EXPECT_EQ(exported->candidate.stage, "applied");
}

TEST_P(StoreContractTest, MigrationThreeGivesExistingCandidatesAStage) {
  TestDatabase old(GetParam());
  SqlDialect dialect = GetParam() == Backend::kSqlite ? SqlDialect::kSqlite : SqlDialect::kPostgres;
  if (GetParam() == Backend::kSqlite) {  // RawExec does not create the file's directory
    std::filesystem::create_directories(std::filesystem::path(old.url()).parent_path());
  }
  ASSERT_TRUE(old.RawExec(SchemaVersionTableSql(dialect)));
  for (int i = 0; i < 2; ++i) {
    ASSERT_TRUE(old.RawExec(Migrations()[i].SqlFor(dialect))) << i;
    ASSERT_TRUE(
        old.RawExec("INSERT INTO schema_version VALUES (" + std::to_string(i + 1) + ", 'old', 1)"));
  }
  ASSERT_TRUE(old.RawExec(
      "INSERT INTO candidates (id, opening_id, name, email, profile_json, status, erased, "
      "created_at, updated_at) VALUES ('c1', NULL, 'Old', '', '{}', 'new', 0, 1234, 5678)"));
  Result<std::unique_ptr<Store>> store = OpenStore(old.url());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<store::StoredCandidate> migrated = (*store)->GetCandidate("c1");
  ASSERT_TRUE(migrated.ok()) << migrated.status().ToString();
  EXPECT_EQ(migrated->stage, "applied");
  EXPECT_EQ(migrated->stage_reason, "");
  EXPECT_EQ(migrated->stage_entered_at, 1234);
}

TEST_P(StoreContractTest, EraseRemovesPersonalDataAndAnonymisesScorecards) {
  store::User ann = MakeUser("ann@example.com");
  store::StoredCandidate candidate = MakeCandidate("Erin Erase");
  store::StoredCandidate other = MakeCandidate("Otto Other");
  ASSERT_TRUE(
      store_->CreateInterview({.candidate_id = candidate.id, .notes = "private"}, "t").ok());
  ASSERT_TRUE(store_->CreateInterview({.candidate_id = other.id, .notes = "keep"}, "t").ok());
  ASSERT_TRUE(store_
                  ->SaveScorecard({.candidate_id = candidate.id,
                                   .interviewer_id = ann.id,
                                   .scores_json = R"({"eval_discipline":3})",
                                   .notes_json = R"({"eval_discipline":"said X"})",
                                   .red_flags_json = R"(["unmodeled_cost"])",
                                   .state = "submitted",
                                   .summary = "personal overall impression"},
                                  ann.id)
                  .ok());
  ASSERT_TRUE(store_
                  ->CreateDecision({.candidate_id = candidate.id,
                                    .decision = "reject",
                                    .reason = "personal reason",
                                    .rule = "gate"},
                                   "t")
                  .ok());
  ASSERT_TRUE(store_->CreatePlan({.candidate_id = candidate.id, .plan_json = "{}"}, "t").ok());
  store::StoredCandidate withdrawn = candidate;
  withdrawn.stage = "withdrawn";
  withdrawn.stage_reason = "moving abroad for family reasons";
  ASSERT_TRUE(store_->UpdateCandidate(withdrawn, "t").ok());

  ASSERT_TRUE(store_->EraseCandidate(candidate.id, "admin-1").ok());
  Result<store::StoredCandidate> erased = store_->GetCandidate(candidate.id);
  ASSERT_TRUE(erased.ok());
  EXPECT_TRUE(erased->erased);
  EXPECT_EQ(erased->name, "");
  EXPECT_EQ(erased->email, "");
  EXPECT_EQ(erased->stage_reason, "");
  EXPECT_EQ(erased->stage, "withdrawn");
  EXPECT_EQ(erased->profile_json, "");
  EXPECT_EQ(erased->status, "erased");
  EXPECT_EQ(store_->ListInterviews({.candidate_id = candidate.id}, {})->total, 0);
  EXPECT_EQ(store_->ListInterviews({.candidate_id = other.id}, {})->total, 1);
  EXPECT_EQ(store_->ListPlans({.candidate_id = candidate.id}, {})->total, 0);
  Result<std::vector<store::StoredScorecard>> kept = store_->ListScorecards(candidate.id);
  ASSERT_TRUE(kept.ok());
  ASSERT_THAT(*kept, SizeIs(1));
  EXPECT_EQ(kept->at(0).scores_json, R"({"eval_discipline":3})");
  EXPECT_EQ(kept->at(0).red_flags_json, R"(["unmodeled_cost"])");
  EXPECT_EQ(kept->at(0).notes_json, "{}");
  EXPECT_EQ(kept->at(0).summary, "");
  Result<std::vector<store::StoredDecision>> decisions = store_->ListDecisions(candidate.id);
  ASSERT_THAT(*decisions, SizeIs(1));
  EXPECT_EQ(decisions->at(0).reason, "");
  EXPECT_EQ(decisions->at(0).decision, "reject");

  EXPECT_EQ(store_->ListCandidates({}, {})->total, 1);
  EXPECT_EQ(store_->ListCandidates({.include_erased = true}, {})->total, 2);
  EXPECT_EQ(store_->UpdateCandidate(*erased, "t").status().code(), Code::kNotFound);
  EXPECT_TRUE(store_->EraseCandidate(candidate.id, "t").ok());  // idempotent
  EXPECT_EQ(store_->EraseCandidate("ghost", "t").code(), Code::kNotFound);
  EXPECT_EQ(store_->ListAudit({.object_id = candidate.id}, {})->items.at(0).action,
            "candidate.erase");
  // Nothing personal is left anywhere in a full dump.
  std::stringstream dump;
  ASSERT_TRUE(store_->Export(dump).ok());
  EXPECT_EQ(dump.str().find("Erin"), std::string::npos);
  EXPECT_EQ(dump.str().find("private"), std::string::npos);
  EXPECT_EQ(dump.str().find("personal reason"), std::string::npos);
  EXPECT_EQ(dump.str().find("said X"), std::string::npos);
}

TEST_P(StoreContractTest, ExportCandidateGathersTheirData) {
  store::User ann = MakeUser("ann@example.com");
  store::StoredCandidate candidate = MakeCandidate("Petra Export");
  ASSERT_TRUE(store_
                  ->SaveScorecard({.candidate_id = candidate.id,
                                   .interviewer_id = ann.id,
                                   .scores_json = R"({"cost_observability":5})",
                                   .notes_json = "{}",
                                   .red_flags_json = "[]",
                                   .summary = "Named the cost dashboard she built."},
                                  "t")
                  .ok());
  ASSERT_TRUE(store_->CreateDecision({.candidate_id = candidate.id, .decision = "hire"}, "t").ok());
  ASSERT_TRUE(store_->CreateDecision({.candidate_id = candidate.id, .decision = "hold"}, "t").ok());
  store::StoredCandidate other = MakeCandidate("Someone Else");
  ASSERT_TRUE(store_->CreateDecision({.candidate_id = other.id, .decision = "reject"}, "t").ok());
  ASSERT_TRUE(store_->CreatePlan({.candidate_id = candidate.id, .plan_json = "{}"}, "t").ok());
  Result<store::CandidateRecords> records = store_->ExportCandidate(candidate.id);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  EXPECT_EQ(records->candidate.name, "Petra Export");
  EXPECT_EQ(records->candidate.profile_json, candidate.profile_json);
  ASSERT_THAT(records->scorecards, SizeIs(1));
  EXPECT_EQ(records->scorecards[0].scores_json, R"({"cost_observability":5})");
  EXPECT_EQ(records->scorecards[0].summary, "Named the cost dashboard she built.");
  std::set<std::string> decisions;  // theirs only
  for (const store::StoredDecision& d : records->decisions) decisions.insert(d.decision);
  EXPECT_EQ(decisions, (std::set<std::string>{"hire", "hold"}));
  EXPECT_THAT(records->interviews, SizeIs(0));
  ASSERT_THAT(records->plans, SizeIs(1));
  EXPECT_EQ(records->plans[0].candidate_id, candidate.id);
  EXPECT_EQ(store_->ExportCandidate("ghost").status().code(), Code::kNotFound);
}

TEST_P(StoreContractTest, AuditLogRecordsWritesAndIsAppendOnly) {
  store::StoredCandidate candidate = MakeCandidate("Audited");
  ASSERT_TRUE(
      store_
          ->AppendAudit(
              {.actor = "u1", .action = "session.login", .object_type = "user", .object_id = "u1"})
          .ok());
  Result<Listing<store::AuditEntry>> all = store_->ListAudit({}, {});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->total, 2);
  EXPECT_EQ(all->items[0].action, "session.login");  // newest first
  EXPECT_EQ(all->items[1].action, "candidate.create");
  EXPECT_EQ(all->items[1].actor, "test");
  EXPECT_EQ(all->items[1].object_id, candidate.id);
  EXPECT_GT(all->items[0].seq, all->items[1].seq);
  EXPECT_GT(all->items[1].at, 0);
  EXPECT_EQ(store_->ListAudit({.object_type = "candidate"}, {})->total, 1);
  EXPECT_EQ(store_->AppendAudit({.actor = "x"}).code(), Code::kInvalidInput);

  // A failed write leaves no audit entry behind (same transaction).
  std::int64_t before = AuditCount();
  MakeUser("dup@example.com");
  EXPECT_FALSE(
      store_
          ->CreateUser(
              {.email = "DUP@example.com", .name = "x", .role = "admin", .password_hash = "h"}, "t")
          .ok());
  EXPECT_EQ(AuditCount(), before + 1);

  // The database itself refuses to change or remove entries (while the raw
  // connection works: it can read the table and write elsewhere).
  EXPECT_TRUE(db_->RawExec("SELECT COUNT(*) FROM audit_log"));
  EXPECT_TRUE(db_->RawExec("UPDATE candidates SET status = 'raw'"));
  EXPECT_FALSE(db_->RawExec("UPDATE audit_log SET actor = 'mallory'"));
  EXPECT_FALSE(db_->RawExec("DELETE FROM audit_log"));
  EXPECT_EQ(AuditCount(), before + 1);
  EXPECT_EQ(store_->ListAudit({.actor = "mallory"}, {})->total, 0);
}

TEST_P(StoreContractTest, ConcurrentWritersAllLand) {
  constexpr int kThreads = 4;
  constexpr int kEach = 20;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        Result<store::StoredCandidate> created = store_->CreateCandidate(
            {.name = "t" + std::to_string(t) + "-" + std::to_string(i)}, "t");
        if (!created.ok()) ++failures;
        if (!store_->ListCandidates({}, {.limit = 5}).ok()) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(store_->ListCandidates({}, {})->total, kThreads * kEach);
  EXPECT_EQ(AuditCount(), kThreads * kEach);
}

TEST_P(StoreContractTest, ExportImportRoundTripOnTheSameBackend) {
  store::User ann = MakeUser("ann@example.com", "admin");
  Result<store::StoredBrief> brief = store_->CreateBrief({.title = "B", .input_json = "{}"}, "t");
  Result<store::StoredOpening> opening =
      store_->CreateOpening({.title = "O", .brief_id = brief->id}, "t");
  store::StoredCandidate candidate = MakeCandidate("Round 'Trip' 🚀", opening->id);
  ASSERT_TRUE(store_
                  ->SaveScorecard({.candidate_id = candidate.id,
                                   .interviewer_id = ann.id,
                                   .scores_json = "{}",
                                   .notes_json = "{}",
                                   .red_flags_json = "[]"},
                                  "t")
                  .ok());
  ASSERT_TRUE(
      store_->CreateApiToken({.token_hash = "h1", .user_id = ann.id, .name = "n"}, "t").ok());
  std::stringstream dump;
  ASSERT_TRUE(store_->Export(dump).ok());

  TestDatabase target_db(GetParam());
  Result<std::unique_ptr<Store>> target = OpenStore(target_db.url());
  ASSERT_TRUE(target.ok());
  std::stringstream in(dump.str());
  Status imported = (*target)->Import(in);
  ASSERT_TRUE(imported.ok()) << imported.ToString();
  EXPECT_EQ((*target)->GetCandidate(candidate.id)->name, "Round 'Trip' 🚀");
  EXPECT_EQ((*target)->FindUserByEmail("ANN@example.com")->id, ann.id);
  EXPECT_EQ((*target)->ListAudit({}, {})->total, AuditCount());
  // New audit entries continue after the imported ones.
  ASSERT_TRUE((*target)->AppendAudit({.actor = "a", .action = "after.restore"}).ok());
  Result<Listing<store::AuditEntry>> audit = (*target)->ListAudit({}, {.limit = 2});
  EXPECT_GT(audit->items[0].seq, audit->items[1].seq);

  std::stringstream again(dump.str());
  EXPECT_EQ((*target)->Import(again).code(), Code::kAlreadyExists);
}

TEST_P(StoreContractTest, ImportRejectsMalformedDumpsAndWritesNothing) {
  MakeUser("ann@example.com");
  std::stringstream dump;
  ASSERT_TRUE(store_->Export(dump).ok());
  std::string text = dump.str();
  std::string truncated = text.substr(0, text.rfind("{\"end\""));

  TestDatabase target_db(GetParam());
  Result<std::unique_ptr<Store>> target = OpenStore(target_db.url());
  ASSERT_TRUE(target.ok());
  std::stringstream cut(truncated);
  EXPECT_EQ((*target)->Import(cut).code(), Code::kInvalidInput);
  EXPECT_EQ((*target)->ListUsers({})->total, 0);  // rolled back
  std::stringstream garbage("not json\n");
  EXPECT_EQ((*target)->Import(garbage).code(), Code::kInvalidInput);
  std::stringstream unknown(text.substr(0, text.find('\n') + 1) +
                            "{\"table\":\"secrets\",\"row\":{}}\n{\"end\":true,\"rows\":1}\n");
  Status status = (*target)->Import(unknown);
  EXPECT_EQ(status.code(), Code::kInvalidInput);
  EXPECT_EQ(status.location().line, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContractTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace firsthire

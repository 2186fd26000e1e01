// CredentialCache on its own, then two PostgreSQL stores on one database as
// two servers would be: unchanged credentials come from memory, and a
// logout, revocation or role change written by either reaches the other;
// then a SQLite store and a write to its file by another connection.
#include "store/credential_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "store/sql_store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

store::Session MakeSession(const std::string& hash, Millis expires_at = 1000) {
  return store::Session{
      .token_hash = hash, .user_id = "u1", .csrf_token = "c", .expires_at = expires_at};
}

TEST(CredentialCacheTest, ServesOnlyWhileListening) {
  CredentialCache cache;
  cache.PutSession(MakeSession("h"), cache.Generation());
  EXPECT_FALSE(cache.FindSession("h", 0).has_value());  // not listening: nothing stored
  cache.SetListening(true);
  cache.PutSession(MakeSession("h"), cache.Generation());
  ASSERT_TRUE(cache.FindSession("h", 0).has_value());
  EXPECT_EQ(cache.FindSession("h", 0)->user_id, "u1");
  cache.SetListening(false);  // the feed dropped: changes may be missed
  EXPECT_FALSE(cache.FindSession("h", 0).has_value());
}

TEST(CredentialCacheTest, AnAnnouncedChangeDropsEntriesAndLateReads) {
  CredentialCache cache;
  cache.SetListening(true);
  std::uint64_t before = cache.Generation();
  cache.PutUser(store::User{.id = "u1", .role = "admin"}, before);
  cache.PutUserByToken("t", store::User{.id = "u1"}, before);
  cache.Invalidate();
  EXPECT_FALSE(cache.FindUser("u1").has_value());
  EXPECT_FALSE(cache.FindUserByToken("t").has_value());
  // A value read before the change must not be stored after it.
  cache.PutUser(store::User{.id = "u1", .role = "admin"}, before);
  EXPECT_FALSE(cache.FindUser("u1").has_value());
  cache.PutUser(store::User{.id = "u1", .role = "interviewer"}, cache.Generation());
  EXPECT_EQ(cache.FindUser("u1")->role, "interviewer");
}

TEST(CredentialCacheTest, ExpiredSessionsAndOldEntriesAreMisses) {
  CredentialCache cache;
  cache.SetListening(true);
  cache.PutSession(MakeSession("h", /*expires_at=*/500), cache.Generation());
  EXPECT_TRUE(cache.FindSession("h", 499).has_value());
  EXPECT_FALSE(cache.FindSession("h", 500).has_value());
  cache.TouchSession("h", 600, 900);
  EXPECT_EQ(cache.FindSession("h", 800)->last_seen_at, 600);

  CredentialCache no_ttl(std::chrono::milliseconds(0));
  no_ttl.SetListening(true);
  no_ttl.PutUser(store::User{.id = "u1"}, no_ttl.Generation());
  EXPECT_FALSE(no_ttl.FindUser("u1").has_value());
}

TEST(CredentialCacheTest, AFullCacheStartsAgain) {
  CredentialCache cache(std::chrono::seconds(5), /*capacity=*/2);
  cache.SetListening(true);
  for (const char* id : {"a", "b", "c"}) cache.PutUser(store::User{.id = id}, cache.Generation());
  EXPECT_FALSE(cache.FindUser("a").has_value());
  EXPECT_TRUE(cache.FindUser("c").has_value());
}

// As VersionCache's test beside a feed thread: request threads look up,
// store and touch sessions and users while the listener's thread announces
// changes; nothing found was stored under a generation a change ended (each
// reader stores the generation it read as the user's name and the session's
// user id).
TEST(CredentialCacheTest, LookupsBesideAFeedThreadNeverSeeAnEntryFromBeforeAChange) {
  CredentialCache cache;
  cache.SetListening(true);
  std::atomic<int> stale{0};
  auto in_order = [&](std::uint64_t kept, std::uint64_t before, std::uint64_t after) {
    if (kept < before || kept > after) ++stale;
  };
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      for (int i = 0; i < 2000; ++i) {
        const std::uint64_t before = cache.Generation();
        std::optional<store::User> user = cache.FindUser("u1");
        std::optional<store::Session> session = cache.FindSession("h", 0);
        const std::uint64_t after = cache.Generation();
        if (user) {
          in_order(std::stoull(user->name), before, after);
        } else {
          cache.PutUser(store::User{.id = "u1", .name = std::to_string(before)}, before);
        }
        if (session) {
          in_order(std::stoull(session->user_id), before, after);
          cache.TouchSession("h", i, 2000);  // times only, as a request's touch
        } else {
          store::Session read = MakeSession("h");
          read.user_id = std::to_string(before);
          cache.PutSession(read, before);
        }
      }
    });
  }
  std::thread feed([&] {
    for (int i = 0; i < 1000; ++i) {
      cache.Invalidate();
      std::this_thread::yield();
    }
  });
  feed.join();
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(stale.load(), 0);
  cache.PutUser(store::User{.id = "u1", .name = "last"}, cache.Generation());
  EXPECT_EQ(cache.FindUser("u1")->name, "last");
}

// ---- two stores on one PostgreSQL database ----------------------------------

class TwoServersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (PostgresTestUrl().empty()) GTEST_SKIP() << kNoPostgresMessage;
    db_ = std::make_unique<TestDatabase>(Backend::kPostgres);
    a_ = Open();
    b_ = Open();
    cache_ = static_cast<SqlStore&>(*a_).credential_cache();
    ASSERT_NE(cache_, nullptr);
    ASSERT_TRUE(WaitFor([&] { return cache_->listening(); })) << "A's listener never connected";
    auto user = a_->CreateUser(
        {.email = "ann@example.com", .name = "Ann", .role = "admin", .password_hash = "h"}, "t");
    ASSERT_TRUE(user.ok());
    user_ = *user;
  }

  std::unique_ptr<Store> Open() {
    auto store = OpenStore(db_->url());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // Polls `condition` (a notification arriving), failing after 10 s.
  template <typename Fn>
  static bool WaitFor(Fn condition) {
    for (int i = 0; i < 1000; ++i) {
      if (condition()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  void StartSession(const std::string& hash) {
    ASSERT_TRUE(a_->CreateSession({.token_hash = hash,
                                   .user_id = user_.id,
                                   .csrf_token = "c",
                                   .created_at = 1,
                                   .expires_at = SystemMillis() + 3600000,
                                   .last_seen_at = 1})
                    .ok());
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<Store> a_;
  std::unique_ptr<Store> b_;
  const CredentialCache* cache_ = nullptr;
  store::User user_;
};

TEST_F(TwoServersTest, AnUnchangedSessionIsReadFromMemory) {
  // Any notification empties A's cache when it arrives (SetUp's own write
  // announces itself, and so may other tests' writes on this database): a try
  // during which one came in says nothing, so it is made again.
  for (int attempt = 0; attempt < 20; ++attempt) {
    const std::string hash = "s1-" + std::to_string(attempt);
    StartSession(hash);
    const std::uint64_t seen = cache_->Generation();
    ASSERT_TRUE(a_->FindSession(hash, SystemMillis()).ok());
    // Deleted behind the store's back (no notification): A still has it, so
    // it did not ask the database. (A change by hand is bounded by the TTL.)
    db_->RawExec("DELETE FROM sessions WHERE token_hash = '" + hash + "'");
    const bool from_memory = a_->FindSession(hash, SystemMillis()).ok();
    if (cache_->Generation() != seen) continue;
    EXPECT_TRUE(from_memory);
    EXPECT_FALSE(b_->FindSession(hash, SystemMillis()).ok());
    return;
  }
  FAIL() << "a notification arrived during each of 20 tries";
}

TEST_F(TwoServersTest, ALogoutOnOneServerEndsTheSessionOnTheOther) {
  StartSession("s2");
  ASSERT_TRUE(a_->FindSession("s2", SystemMillis()).ok());
  std::uint64_t seen = cache_->Generation();
  ASSERT_TRUE(b_->DeleteSession("s2").ok());
  ASSERT_TRUE(WaitFor([&] { return cache_->Generation() != seen; }));
  EXPECT_EQ(a_->FindSession("s2", SystemMillis()).status().code(), Code::kNotFound);
}

TEST_F(TwoServersTest, ARoleChangeAndARevocationReachTheOtherServer) {
  ASSERT_TRUE(a_->CreateApiToken({.token_hash = "t1", .user_id = user_.id, .name = "n"}, "t").ok());
  ASSERT_TRUE(a_->FindUserByApiToken("t1").ok());
  ASSERT_EQ(a_->GetUser(user_.id)->role, "admin");

  std::uint64_t seen = cache_->Generation();
  store::User demoted = user_;
  demoted.role = "interviewer";
  ASSERT_TRUE(b_->UpdateUser(demoted, "t").ok());
  ASSERT_TRUE(WaitFor([&] { return cache_->Generation() != seen; }));
  EXPECT_EQ(a_->GetUser(user_.id)->role, "interviewer");
  EXPECT_EQ(a_->FindUserByApiToken("t1")->role, "interviewer");

  auto tokens = b_->ListApiTokens(user_.id);
  ASSERT_TRUE(tokens.ok() && tokens->size() == 1);
  seen = cache_->Generation();
  ASSERT_TRUE(b_->RevokeApiToken((*tokens)[0].id, "t").ok());
  ASSERT_TRUE(WaitFor([&] { return cache_->Generation() != seen; }));
  EXPECT_EQ(a_->FindUserByApiToken("t1").status().code(), Code::kNotFound);
}

TEST_F(TwoServersTest, ThisServersOwnWritesApplyAtOnce) {
  StartSession("s3");
  ASSERT_TRUE(a_->FindSession("s3", SystemMillis()).ok());
  ASSERT_TRUE(a_->DeleteSession("s3").ok());
  EXPECT_FALSE(a_->FindSession("s3", SystemMillis()).ok());  // no waiting
  store::User renamed = user_;
  renamed.active = false;
  ASSERT_TRUE(a_->GetUser(user_.id)->active);
  ASSERT_TRUE(a_->UpdateUser(renamed, "t").ok());
  EXPECT_FALSE(a_->GetUser(user_.id)->active);
}

// ---- SQLite: the file's change counter ---------------------------------------

class SqliteCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenStore(db_.url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    cache_ = static_cast<SqlStore&>(*store_).credential_cache();
    ASSERT_NE(cache_, nullptr);
    auto user = store_->CreateUser(
        {.email = "ann@example.com", .name = "Ann", .role = "admin", .password_hash = "h"}, "t");
    ASSERT_TRUE(user.ok());
    user_ = *user;
    ASSERT_TRUE(
        store_->CreateApiToken({.token_hash = "t1", .user_id = user_.id, .name = "n"}, "t").ok());
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  const CredentialCache* cache_ = nullptr;
  store::User user_;
};

TEST_F(SqliteCacheTest, AnUnchangedTokenIsKeptInMemory) {
  ASSERT_TRUE(store_->FindUserByApiToken("t1").ok());
  const std::uint64_t seen = cache_->Generation();
  ASSERT_TRUE(store_->FindUserByApiToken("t1").ok());
  EXPECT_EQ(cache_->Generation(), seen) << "nothing was written: the cache stays";
  EXPECT_TRUE(const_cast<CredentialCache*>(cache_)->FindUserByToken("t1").has_value());
}

TEST_F(SqliteCacheTest, ARevocationByAnotherProcessIsSeenAtTheNextLookup) {
  ASSERT_TRUE(store_->FindUserByApiToken("t1").ok());
  // As `firsthire token revoke` would, on a connection of its own (no
  // notification reaches the store).
  ASSERT_TRUE(db_.RawExec("UPDATE api_tokens SET revoked = 1 WHERE token_hash = 't1'"));
  EXPECT_FALSE(store_->FindUserByApiToken("t1").ok());
}

TEST_F(SqliteCacheTest, ADeactivationByAnotherProcessIsSeenAtTheNextLookup) {
  ASSERT_TRUE(store_->GetUser(user_.id)->active);
  ASSERT_TRUE(db_.RawExec("UPDATE users SET active = 0"));
  EXPECT_FALSE(store_->GetUser(user_.id)->active);
}

TEST(CredentialCacheSqliteTest, AnInMemoryDatabaseHasNoCache) {
  auto store = OpenStore(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(static_cast<SqlStore&>(**store).credential_cache(), nullptr);
}

}  // namespace
}  // namespace firsthire

// VersionCache on its own, then Store::CandidatesVersion kept in memory: an
// unchanged counter costs no database work, and a candidate written by
// another process (a second store on the same database) changes it: at the
// next call on SQLite, once the notification arrives on PostgreSQL.
#include "store/version_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

#include "store/sql_store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

TEST(VersionCacheTest, KeepsAValueOnlyWhileListening) {
  VersionCache cache;
  cache.Put(7, cache.Generation());
  EXPECT_FALSE(cache.Find().has_value());  // no feed: nothing kept
  cache.SetListening(true);
  cache.Put(7, cache.Generation());
  EXPECT_EQ(cache.Find(), 7);
  cache.SetListening(false);
  EXPECT_FALSE(cache.Find().has_value());
  cache.SetListening(true);  // back up: what was kept may have missed changes
  EXPECT_FALSE(cache.Find().has_value());
}

TEST(VersionCacheTest, AnAnnouncedChangeDropsTheValueAndALateRead) {
  VersionCache cache;
  cache.SetListening(true);
  const std::uint64_t before = cache.Generation();
  cache.Put(7, before);
  cache.Invalidate();
  EXPECT_FALSE(cache.Find().has_value());
  cache.Put(7, before);  // read before the change: not kept
  EXPECT_FALSE(cache.Find().has_value());
  cache.Put(8, cache.Generation());
  EXPECT_EQ(cache.Find(), 8);
}

// The PostgreSQL listener announces changes on its own thread while request
// threads look up and store: whatever a lookup finds was stored under the
// generation current when it was found, never under one a change ended.
// Each reader stores the generation it read as the value, so a value from
// before a change shows as smaller than the generation read before the
// lookup. (scripts/sanitize thread runs this under ThreadSanitizer.)
TEST(VersionCacheTest, LookupsBesideAFeedThreadNeverSeeAValueFromBeforeAChange) {
  VersionCache cache;
  cache.SetListening(true);
  std::atomic<int> stale{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 3; ++r) {
    readers.emplace_back([&] {
      for (int i = 0; i < 3000; ++i) {
        const std::uint64_t before = cache.Generation();
        std::optional<std::int64_t> kept = cache.Find();
        const std::uint64_t after = cache.Generation();
        if (!kept.has_value()) {
          cache.Put(static_cast<std::int64_t>(before), before);
        } else if (static_cast<std::uint64_t>(*kept) < before ||
                   static_cast<std::uint64_t>(*kept) > after) {
          ++stale;
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
  cache.Put(41, cache.Generation());  // still in order after the storm
  EXPECT_EQ(cache.Find(), 41);
}

store::StoredCandidate Candidate(const std::string& name) {
  store::StoredCandidate candidate;
  candidate.name = name;
  candidate.status = "new";
  candidate.profile_json = "{}";
  return candidate;
}

class CandidatesVersionCacheTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
      GTEST_SKIP() << kNoPostgresMessage;
    }
    db_ = std::make_unique<TestDatabase>(GetParam());
    a_ = Open();
    b_ = Open();
    ASSERT_TRUE(a_ && b_);
    cache_ = static_cast<SqlStore&>(*a_).candidates_version_cache();
    ASSERT_NE(cache_, nullptr);
    ASSERT_TRUE(WaitFor([&] { return cache_->listening(); })) << "A's feed never started";
  }

  std::unique_ptr<Store> Open() {
    auto store = OpenStore(db_->url());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  std::int64_t VersionOf(Store& store) {
    Result<std::int64_t> version = store.CandidatesVersion();
    EXPECT_TRUE(version.ok()) << version.status().ToString();
    return version.ok() ? *version : -1;
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<Store> a_;
  std::unique_ptr<Store> b_;
  const VersionCache* cache_ = nullptr;
};

TEST_P(CandidatesVersionCacheTest, AnUnchangedVersionIsKeptInMemory) {
  // A notification (this database's own setup, or another test's write on
  // the PostgreSQL test database) empties the cache when it arrives: a try
  // during which one came in says nothing, so it is made again.
  for (int attempt = 0; attempt < 20; ++attempt) {
    const std::int64_t first = VersionOf(*a_);
    const std::uint64_t seen = cache_->Generation();
    EXPECT_EQ(VersionOf(*a_), first);
    if (cache_->Generation() != seen) continue;
    EXPECT_EQ(cache_->Find(), first) << "the second call was answered from memory";
    return;
  }
  FAIL() << "a change was announced during each of 20 tries";
}

TEST_P(CandidatesVersionCacheTest, AWriteByAnotherStoreChangesTheVersion) {
  const std::int64_t before = VersionOf(*a_);
  ASSERT_EQ(VersionOf(*a_), before);
  ASSERT_TRUE(b_->CreateCandidate(Candidate("Ada"), "cli").ok());
  const std::int64_t written = VersionOf(*b_);
  ASSERT_NE(written, before);
  // SQLite: the file's data_version tells A at once; PostgreSQL: the
  // trigger's notification, after the commit.
  if (GetParam() == Backend::kSqlite) {
    EXPECT_EQ(VersionOf(*a_), written);
  } else {
    EXPECT_TRUE(WaitFor([&] { return VersionOf(*a_) == written; }));
  }
}

TEST_P(CandidatesVersionCacheTest, ThisStoresOwnWriteChangesTheVersionAtOnce) {
  const std::int64_t before = VersionOf(*a_);
  ASSERT_TRUE(a_->CreateCandidate(Candidate("Ada"), "t").ok());
  EXPECT_NE(VersionOf(*a_), before);  // no waiting, on either backend
}

TEST_P(CandidatesVersionCacheTest, AWriteElsewhereThanCandidatesKeepsTheVersion) {
  const std::int64_t before = VersionOf(*a_);
  ASSERT_TRUE(
      b_->CreateUser(
            {.email = "ann@example.com", .name = "Ann", .role = "admin", .password_hash = "h"}, "t")
          .ok());
  EXPECT_EQ(VersionOf(*a_), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, CandidatesVersionCacheTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

TEST(CandidatesVersionCacheSqliteTest, AnInMemoryDatabaseHasNoCache) {
  auto store = OpenStore(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(static_cast<SqlStore&>(**store).candidates_version_cache(), nullptr);
  EXPECT_TRUE((*store)->CandidatesVersion().ok());
}

}  // namespace
}  // namespace firsthire

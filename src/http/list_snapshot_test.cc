#include "http/list_snapshot.h"

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

std::shared_ptr<const ListSnapshot> Rows(int count, std::size_t row_bytes = 8) {
  auto snapshot = std::make_shared<ListSnapshot>();
  for (int i = 0; i < count; ++i) {
    std::string row = "{\"n\":" + std::to_string(i);
    row += std::string(row_bytes > row.size() + 1 ? row_bytes - row.size() - 1 : 0, ' ') + "}";
    snapshot->Add(row);
  }
  return snapshot;
}

TEST(ListSnapshotTest, CutsEveryPageWithItsTotal) {
  auto three = std::make_shared<ListSnapshot>();
  three->Add("{\"n\":0}");
  three->Add("{\"n\":1}");
  three->Add("{\"n\":2}");
  EXPECT_EQ(three->PageAnswer({.limit = 2, .offset = 0}),
            R"({"items":[{"n":0},{"n":1}],"total":3,"limit":2,"offset":0})");
  EXPECT_EQ(three->PageAnswer({.limit = 2, .offset = 1}),
            R"({"items":[{"n":1},{"n":2}],"total":3,"limit":2,"offset":1})");
  EXPECT_EQ(three->PageAnswer({.limit = 2, .offset = 2}),
            R"({"items":[{"n":2}],"total":3,"limit":2,"offset":2})");
  EXPECT_EQ(three->PageAnswer({.limit = 50, .offset = 3}),
            R"({"items":[],"total":3,"limit":50,"offset":3})");
  EXPECT_EQ(three->PageAnswer({.limit = 1, .offset = 1}),
            R"({"items":[{"n":1}],"total":3,"limit":1,"offset":1})");
  EXPECT_EQ(ListSnapshot().PageAnswer({.limit = 5, .offset = 0}),
            R"({"items":[],"total":0,"limit":5,"offset":0})");
  // The store's clamps: a limit of 0 is 50 (written as asked), 501 is 500.
  EXPECT_EQ(Rows(600)->PageAnswer({.limit = 0, .offset = 0}).find("{\"n\":50"), std::string::npos);
  EXPECT_NE(Rows(600)->PageAnswer({.limit = 0, .offset = 0}).find("{\"n\":49"), std::string::npos);
  EXPECT_EQ(Rows(600)->PageAnswer({.limit = 501, .offset = 0}).find("{\"n\":500"),
            std::string::npos);
}

// Finds (key, version) twice, as two requests would; true when the second
// is told to build (the first miss is only remembered).
bool SecondMissBuilds(SnapshotCache& cache, const std::string& key, std::int64_t version) {
  SnapshotCache::Lookup first = cache.Find(key, version);
  return !first.build && first.snapshot == nullptr && cache.Find(key, version).build;
}

TEST(SnapshotCacheTest, TheSecondMissIsBuiltByOneCallerAndKeptAtItsVersionOnly) {
  SnapshotCache cache;
  SnapshotCache::Lookup first = cache.Find("k", 7);  // only remembered
  EXPECT_FALSE(first.build);
  EXPECT_EQ(first.snapshot, nullptr);
  SnapshotCache::Lookup second = cache.Find("k", 7);
  EXPECT_TRUE(second.build);
  EXPECT_EQ(second.snapshot, nullptr);
  SnapshotCache::Lookup third = cache.Find("k", 7);  // while the second builds
  EXPECT_FALSE(third.build);
  EXPECT_EQ(third.snapshot, nullptr);
  auto rows = Rows(3);
  cache.Finish("k", 7, rows);
  EXPECT_EQ(cache.Find("k", 7).snapshot.get(), rows.get());  // shared, not copied
  EXPECT_EQ(cache.bytes(), rows->bytes());
  // The data changed: the old one gone, the new version first only remembered.
  SnapshotCache::Lookup changed = cache.Find("k", 8);
  EXPECT_FALSE(changed.build);
  EXPECT_EQ(changed.snapshot, nullptr);
  EXPECT_EQ(cache.bytes(), 0u);
  EXPECT_TRUE(cache.Find("k", 8).build);  // the second miss
  cache.Finish("k", 7, rows);             // a build of the older version: not kept
  EXPECT_EQ(cache.Find("k", 8).snapshot, nullptr);
}

TEST(SnapshotCacheTest, AFailedBuildMayBeTriedAgain) {
  SnapshotCache cache;
  ASSERT_TRUE(SecondMissBuilds(cache, "k", 1));
  cache.Finish("k", 1, nullptr);
  EXPECT_TRUE(SecondMissBuilds(cache, "k", 1));
}

TEST(SnapshotCacheTest, TheByteBudgetDropsTheLeastRecentlyUsed) {
  auto a = Rows(10, 100);
  const std::size_t one = a->bytes();
  SnapshotCache cache(/*budget_bytes=*/2 * one + one / 2);
  for (const char* key : {"a", "b"}) {
    ASSERT_TRUE(SecondMissBuilds(cache, key, 1));
    cache.Finish(key, 1, Rows(10, 100));
  }
  EXPECT_EQ(cache.bytes(), 2 * one);
  ASSERT_NE(cache.Find("a", 1).snapshot, nullptr);  // "b" is now the least recent
  ASSERT_TRUE(SecondMissBuilds(cache, "c", 1));
  cache.Finish("c", 1, Rows(10, 100));
  EXPECT_EQ(cache.bytes(), 2 * one);
  EXPECT_NE(cache.Find("a", 1).snapshot, nullptr);
  EXPECT_NE(cache.Find("c", 1).snapshot, nullptr);
  EXPECT_TRUE(SecondMissBuilds(cache, "b", 1));  // dropped: built again
}

TEST(SnapshotCacheTest, ASnapshotOverTheBudgetIsNotKeptNorBuiltAgainAtItsVersion) {
  SnapshotCache cache(/*budget_bytes=*/100);
  ASSERT_TRUE(SecondMissBuilds(cache, "small", 1));
  cache.Finish("small", 1, Rows(2));
  ASSERT_TRUE(SecondMissBuilds(cache, "big", 1));
  cache.Finish("big", 1, Rows(20, 100));
  EXPECT_NE(cache.Find("small", 1).snapshot, nullptr);  // the big one evicted nothing
  SnapshotCache::Lookup big = cache.Find("big", 1);
  EXPECT_EQ(big.snapshot, nullptr);
  EXPECT_FALSE(big.build);
  EXPECT_TRUE(SecondMissBuilds(cache, "big", 2));  // a new version is tried again
  cache.MarkTooLarge("big", 2);                    // e.g. too many rows to read
  EXPECT_FALSE(cache.Find("big", 2).build);
}

TEST(SnapshotCacheTest, KeepsAtMostMaxKeys) {
  SnapshotCache cache(/*budget_bytes=*/1 << 20, /*max_keys=*/3);
  for (int i = 0; i < 10; ++i) {
    std::string key = "k" + std::to_string(i);
    ASSERT_TRUE(SecondMissBuilds(cache, key, 1));
    cache.Finish(key, 1, Rows(1));
  }
  EXPECT_EQ(cache.size(), 3u);
  EXPECT_NE(cache.Find("k9", 1).snapshot, nullptr);
  EXPECT_TRUE(SecondMissBuilds(cache, "k0", 1));
}

TEST(SnapshotCacheTest, ConcurrentMissesHandOutOneBuild) {
  SnapshotCache cache;
  std::atomic<int> builds{0};
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      while (!go.load()) std::this_thread::yield();
      for (int i = 0; i < 100; ++i) {
        if (cache.Find("k", 5).build) builds.fetch_add(1);
      }
    });
  }
  go.store(true);
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(builds.load(), 1);
}

}  // namespace
}  // namespace firsthire::http

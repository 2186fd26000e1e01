#include "http/list_cache.h"

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

TEST(ListCacheTest, AnswersOnlyAtTheVersionItWasComputedAt) {
  ListCache cache;
  EXPECT_EQ(cache.Find("q=a", 7), nullptr);
  cache.Put("q=a", 7, "[1]");
  ASSERT_NE(cache.Find("q=a", 7), nullptr);
  EXPECT_EQ(*cache.Find("q=a", 7), "[1]");
  EXPECT_EQ(cache.Find("q=a", 8), nullptr);  // the data changed since
  EXPECT_EQ(cache.Find("q=b", 7), nullptr);  // another request
  cache.Put("q=a", 8, "[1,2]");
  EXPECT_EQ(*cache.Find("q=a", 8), "[1,2]");
  EXPECT_EQ(cache.Find("q=a", 7), nullptr);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(ListCacheTest, AHitSharesTheKeptBytes) {
  ListCache cache;
  auto body = std::make_shared<const std::string>("[1,2,3]");
  cache.Put("q=a", 1, body);
  EXPECT_EQ(cache.Find("q=a", 1).get(), body.get());  // the same bytes, not a copy
  cache.Put("q=a", 1, std::shared_ptr<const std::string>());  // nothing to keep
  EXPECT_EQ(cache.Find("q=a", 1).get(), body.get());
}

TEST(ListCacheTest, KeepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed) {
  ListCache cache(/*max_entries=*/2);
  cache.Put("a", 1, "A");
  cache.Put("b", 1, "B");
  ASSERT_NE(cache.Find("a", 1), nullptr);  // "b" is now the least recent
  cache.Put("c", 1, "C");
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_NE(cache.Find("a", 1), nullptr);
  EXPECT_EQ(cache.Find("b", 1), nullptr);
  EXPECT_NE(cache.Find("c", 1), nullptr);
}

TEST(ListCacheTest, NeverKeepsABodyOverTheLimit) {
  ListCache cache(/*max_entries=*/4, /*max_body_bytes=*/8);
  cache.Put("small", 1, "12345678");
  cache.Put("big", 1, "123456789");
  EXPECT_NE(cache.Find("small", 1), nullptr);
  EXPECT_EQ(cache.Find("big", 1), nullptr);
  ListCache off(/*max_entries=*/0);
  off.Put("a", 1, "A");
  EXPECT_EQ(off.Find("a", 1), nullptr);
}

TEST(ListCacheTest, ConcurrentUseKeepsEveryAnswerConsistent) {
  ListCache cache(/*max_entries=*/8);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, t] {
      for (int i = 0; i < 2000; ++i) {
        std::string key = "k" + std::to_string((i + t) % 12);
        std::int64_t version = i % 3;
        cache.Put(key, version, key + "@" + std::to_string(version));
        if (auto body = cache.Find(key, version)) {
          // Whatever thread wrote it, the body matches its key and version.
          EXPECT_EQ(*body, key + "@" + std::to_string(version));
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_LE(cache.size(), 8u);
}

}  // namespace
}  // namespace firsthire::http

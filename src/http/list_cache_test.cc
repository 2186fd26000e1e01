#include "http/list_cache.h"

#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

TEST(ListCacheTest, AnswersOnlyAtTheVersionItWasComputedAt) {
  ListCache cache;
  EXPECT_FALSE(cache.Find("q=a", 7).has_value());
  cache.Put("q=a", 7, "[1]");
  ASSERT_TRUE(cache.Find("q=a", 7).has_value());
  EXPECT_EQ(*cache.Find("q=a", 7), "[1]");
  EXPECT_FALSE(cache.Find("q=a", 8).has_value());  // the data changed since
  EXPECT_FALSE(cache.Find("q=b", 7).has_value());  // another request
  cache.Put("q=a", 8, "[1,2]");
  EXPECT_EQ(*cache.Find("q=a", 8), "[1,2]");
  EXPECT_FALSE(cache.Find("q=a", 7).has_value());
  EXPECT_EQ(cache.size(), 1u);
}

TEST(ListCacheTest, KeepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed) {
  ListCache cache(/*max_entries=*/2);
  cache.Put("a", 1, "A");
  cache.Put("b", 1, "B");
  ASSERT_TRUE(cache.Find("a", 1).has_value());  // "b" is now the least recent
  cache.Put("c", 1, "C");
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.Find("a", 1).has_value());
  EXPECT_FALSE(cache.Find("b", 1).has_value());
  EXPECT_TRUE(cache.Find("c", 1).has_value());
}

TEST(ListCacheTest, NeverKeepsABodyOverTheLimit) {
  ListCache cache(/*max_entries=*/4, /*max_body_bytes=*/8);
  cache.Put("small", 1, "12345678");
  cache.Put("big", 1, "123456789");
  EXPECT_TRUE(cache.Find("small", 1).has_value());
  EXPECT_FALSE(cache.Find("big", 1).has_value());
  ListCache off(/*max_entries=*/0);
  off.Put("a", 1, "A");
  EXPECT_FALSE(off.Find("a", 1).has_value());
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

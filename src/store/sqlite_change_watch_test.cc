// SqliteChangeWatch: data_version is read only after the WAL index header
// changed, and a commit by another connection (standing for another process)
// that ended before a Poll is told to the listeners by that Poll.
#include "store/sqlite_change_watch.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <thread>
#include <vector>

#include "store/sqlite_store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

// Counts what the watch tells it.
class CountingListener : public ChangeListener {
 public:
  void Invalidate() override { invalidations.fetch_add(1); }
  void SetListening(bool up) override { listening.store(up); }

  std::atomic<int> invalidations{0};
  std::atomic<bool> listening{false};
};

class SqliteChangeWatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = OpenStore(db_.url());  // creates and migrates the file
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
  }

  std::unique_ptr<SqliteChangeWatch> Watch(WalIndexUse use = WalIndexUse::kRead) {
    auto watch = OpenSqliteChangeWatch(db_.url(), {&listener_}, use);
    EXPECT_TRUE(watch.ok()) << watch.status().ToString();
    return watch.ok() ? std::move(watch).value() : nullptr;
  }

  // A commit on a connection of its own, as another process would make.
  void CommitElsewhere() {
    ASSERT_TRUE(
        db_.RawExec("INSERT INTO login_throttle (key, failures, window_start) VALUES "
                    "(hex(randomblob(8)), 1, 0)"));
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  CountingListener listener_;
};

TEST_F(SqliteChangeWatchTest, WhileNothingIsCommittedPollsReadNoDataVersion) {
  std::unique_ptr<SqliteChangeWatch> watch = Watch();
  ASSERT_NE(watch, nullptr);
  EXPECT_TRUE(listener_.listening.load());
  watch->Poll();  // the first reads it (no header was published yet)
  const std::uint64_t reads = watch->data_version_reads();
  for (int i = 0; i < 100; ++i) watch->Poll();
  EXPECT_EQ(watch->data_version_reads(), reads);
  EXPECT_EQ(listener_.invalidations.load(), 0);
}

// Fails if a Poll trusts an unchanged-looking state without looking: every
// commit must reach the listeners at the next Poll, and cost one read.
TEST_F(SqliteChangeWatchTest, EachCommitElsewhereIsToldAtTheNextPoll) {
  std::unique_ptr<SqliteChangeWatch> watch = Watch();
  ASSERT_NE(watch, nullptr);
  watch->Poll();
  for (int i = 1; i <= 5; ++i) {
    const std::uint64_t reads = watch->data_version_reads();
    CommitElsewhere();
    watch->Poll();
    EXPECT_EQ(listener_.invalidations.load(), i);
    EXPECT_EQ(watch->data_version_reads(), reads + 1);
    watch->Poll();  // nothing new: no read, nothing told
    EXPECT_EQ(listener_.invalidations.load(), i);
    EXPECT_EQ(watch->data_version_reads(), reads + 1);
  }
}

TEST_F(SqliteChangeWatchTest, ACommitThroughTheStoreIsToldToo) {
  std::unique_ptr<SqliteChangeWatch> watch = Watch();
  ASSERT_NE(watch, nullptr);
  watch->Poll();
  ASSERT_TRUE(
      store_
          ->CreateUser(
              {.email = "ann@example.com", .name = "Ann", .role = "admin", .password_hash = "h"},
              "t")
          .ok());
  watch->Poll();
  EXPECT_EQ(listener_.invalidations.load(), 1);
}

TEST_F(SqliteChangeWatchTest, WithoutTheHeaderEveryPollReadsDataVersion) {
  std::unique_ptr<SqliteChangeWatch> watch = Watch(WalIndexUse::kIgnore);
  ASSERT_NE(watch, nullptr);
  const std::uint64_t reads = watch->data_version_reads();
  watch->Poll();
  watch->Poll();
  EXPECT_EQ(watch->data_version_reads(), reads + 2);
  CommitElsewhere();
  watch->Poll();
  EXPECT_EQ(listener_.invalidations.load(), 1);
}

// Other threads poll all the time (a server's request threads); a commit
// that ended before this thread's Poll has been told when that Poll returns,
// whichever thread read data_version. (scripts/sanitize thread runs this
// under ThreadSanitizer.)
TEST_F(SqliteChangeWatchTest, APollBesideOtherPollingThreadsNeverMissesAnEarlierCommit) {
  std::unique_ptr<SqliteChangeWatch> watch = Watch();
  ASSERT_NE(watch, nullptr);
  std::atomic<bool> stop{false};
  std::vector<std::thread> pollers;
  for (int t = 0; t < 3; ++t) {
    pollers.emplace_back([&] {
      while (!stop.load()) watch->Poll();
    });
  }
  int missed = 0;
  for (int i = 0; i < 100; ++i) {
    const int before = listener_.invalidations.load();
    CommitElsewhere();
    watch->Poll();
    if (listener_.invalidations.load() == before) ++missed;
  }
  stop.store(true);
  for (std::thread& poller : pollers) poller.join();
  EXPECT_EQ(missed, 0);
}

}  // namespace
}  // namespace firsthire

#include "http/session_sweeper.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire::http {
namespace {

using namespace std::chrono_literals;

// A SQLite store with one user, an expired session ("old", expires at 1000)
// and a live one ("live", expires at 5000).
class SessionSweeperTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    auto user = store_->CreateUser(
        {.email = "s@example.com", .name = "S", .role = "admin", .password_hash = "h"}, "t");
    ASSERT_TRUE(user.ok()) << user.status().ToString();
    for (auto [hash, expires_at] : {std::pair{"old", 1000}, std::pair{"live", 5000}}) {
      ASSERT_TRUE(
          store_->CreateSession({.token_hash = hash, .user_id = user->id, .expires_at = expires_at})
              .ok());
    }
  }

  // Whether the row is still in the database: FindSession at time 0 sees
  // every session that exists, expired or not.
  bool Stored(const std::string& hash) { return store_->FindSession(hash, 0).ok(); }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  Millis now_ = 2000;
  std::vector<std::string> log_;
  SessionSweeper::Log log_to_vector_ = [this](std::string_view line) { log_.emplace_back(line); };
};

TEST_F(SessionSweeperTest, ASweepDeletesExpiredSessionsAndKeepsLiveOnes) {
  SessionSweeper sweeper(
      *store_, 1h, [this] { return now_; }, log_to_vector_);
  ASSERT_TRUE(Stored("old"));  // refused by FindSession at 2000, but still there
  Result<std::int64_t> removed = sweeper.SweepOnce();
  ASSERT_TRUE(removed.ok()) << removed.status().ToString();
  EXPECT_EQ(*removed, 1);
  EXPECT_FALSE(Stored("old"));
  EXPECT_TRUE(Stored("live"));
  EXPECT_EQ(*sweeper.SweepOnce(), 0);  // nothing more until "live" expires
  now_ = 5000;
  EXPECT_EQ(*sweeper.SweepOnce(), 1);
  EXPECT_FALSE(Stored("live"));
}

TEST_F(SessionSweeperTest, TheThreadSweepsOnItsSchedule) {
  SessionSweeper sweeper(
      *store_, 1ms, [this] { return now_; }, log_to_vector_);
  sweeper.Start();
  sweeper.WaitForSweeps(2);
  sweeper.Stop();
  EXPECT_FALSE(Stored("old"));
  EXPECT_TRUE(Stored("live"));
  // Only the sweep that removed something says so.
  ASSERT_EQ(log_.size(), 1u);
  EXPECT_EQ(log_[0], "firsthire: removed 1 expired session(s)");
}

TEST_F(SessionSweeperTest, StopDoesNotWaitForTheNextSweep) {
  SessionSweeper sweeper(
      *store_, 24h, [this] { return now_; }, log_to_vector_);
  sweeper.Start();
  sweeper.Stop();              // returns at once: the test would time out otherwise
  EXPECT_TRUE(Stored("old"));  // the first sweep was a day away
  EXPECT_TRUE(log_.empty());
}

TEST_F(SessionSweeperTest, AFailedSweepIsReportedAndTriedAgain) {
  ASSERT_TRUE(db_.RawExec("DROP TABLE sessions"));
  SessionSweeper sweeper(
      *store_, 1ms, [this] { return now_; }, log_to_vector_);
  sweeper.Start();
  sweeper.WaitForSweeps(2);
  sweeper.Stop();
  ASSERT_GE(log_.size(), 2u);  // one line per failed try; the thread kept going
  EXPECT_EQ(log_[0].rfind("firsthire: sweeping expired sessions failed (trying again later): ", 0),
            0u)
      << log_[0];
}

}  // namespace
}  // namespace firsthire::http

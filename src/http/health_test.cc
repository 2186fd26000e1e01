// RecentPing: /healthz asks the database at most once per second, and
// answers from that ping in between (a fake clock; no waiting).
#include "http/health.h"

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

class RecentPingTest : public ::testing::Test {
 protected:
  RecentPing MakePing(Millis max_age_ms = 1000) {
    return RecentPing(
        [this] {
          ++pings_;
          return answer_;
        },
        [this] { return now_; }, max_age_ms);
  }

  int pings_ = 0;
  Status answer_ = Status::Ok();
  Millis now_ = 10'000;
};

TEST_F(RecentPingTest, APingYoungerThanTheBoundIsReused) {
  RecentPing ping = MakePing();
  EXPECT_TRUE(ping.Check().ok());
  EXPECT_TRUE(ping.Check().ok());
  now_ += 999;
  EXPECT_TRUE(ping.Check().ok());
  EXPECT_EQ(pings_, 1);
}

TEST_F(RecentPingTest, AnOlderPingIsMadeAgain) {
  RecentPing ping = MakePing();
  ASSERT_TRUE(ping.Check().ok());
  now_ += 1000;
  answer_ = Status::Unavailable("down");
  EXPECT_EQ(ping.Check().code(), Code::kUnavailable);
  EXPECT_EQ(pings_, 2);
}

TEST_F(RecentPingTest, AFailureIsRememberedOnlyAsLongAsASuccess) {
  answer_ = Status::Unavailable("down");
  RecentPing ping = MakePing();
  EXPECT_FALSE(ping.Check().ok());
  answer_ = Status::Ok();
  EXPECT_FALSE(ping.Check().ok());  // within the bound: the same answer
  now_ += 1000;
  EXPECT_TRUE(ping.Check().ok());
  EXPECT_EQ(pings_, 2);
}

TEST_F(RecentPingTest, AClockThatWentBackPingsAgain) {
  RecentPing ping = MakePing();
  ASSERT_TRUE(ping.Check().ok());
  now_ -= 1;
  ASSERT_TRUE(ping.Check().ok());
  EXPECT_EQ(pings_, 2);
}

TEST_F(RecentPingTest, ABoundOfZeroPingsEveryTime) {
  RecentPing ping = MakePing(/*max_age_ms=*/0);
  ASSERT_TRUE(ping.Check().ok());
  ASSERT_TRUE(ping.Check().ok());
  EXPECT_EQ(pings_, 2);
}

}  // namespace
}  // namespace firsthire::http

#include "http/hashing_gate.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace firsthire::http {
namespace {

// Spins (without a clock) until `done` holds.
template <typename Condition>
void AwaitState(Condition done) {
  while (!done()) std::this_thread::yield();
}

TEST(HashingGateTest, AFreeSlotIsTakenAtOnceAndGivenBack) {
  HashingGate gate(HashingOptions{1, 0});
  {
    auto pass = gate.Enter();
    ASSERT_TRUE(pass.has_value());
    EXPECT_EQ(gate.running(), 1);
  }
  EXPECT_EQ(gate.running(), 0);
  EXPECT_TRUE(gate.Enter().has_value()) << "the slot is free again";
}

TEST(HashingGateTest, WithNoQueueASecondRequestIsRefusedWhileTheSlotIsTaken) {
  HashingGate gate(HashingOptions{1, 0});
  auto first = gate.Enter();
  ASSERT_TRUE(first.has_value());
  EXPECT_FALSE(gate.Enter().has_value());
  EXPECT_EQ(gate.waiting(), 0);
}

TEST(HashingGateTest, TwoSlotsAdmitTwoAtOnce) {
  HashingGate gate(HashingOptions{2, 0});
  auto first = gate.Enter();
  auto second = gate.Enter();
  EXPECT_TRUE(first.has_value());
  EXPECT_TRUE(second.has_value());
  EXPECT_FALSE(gate.Enter().has_value()) << "a third is beyond both slots";
}

TEST(HashingGateTest, TheRequestBeyondTheQueueIsRefusedAndTheWaitingOneRunsInTurn) {
  HashingGate gate(HashingOptions{1, 1});
  auto held = gate.Enter();
  ASSERT_TRUE(held.has_value());
  std::atomic<bool> waiter_ran{false};
  std::thread waiter([&] {
    auto pass = gate.Enter();
    waiter_ran = pass.has_value();
  });
  AwaitState([&] { return gate.waiting() == 1; });
  EXPECT_FALSE(gate.Enter().has_value()) << "the queue of one is full";
  EXPECT_FALSE(waiter_ran.load());
  held.reset();
  waiter.join();
  EXPECT_TRUE(waiter_ran.load());
  EXPECT_EQ(gate.running(), 0);
  EXPECT_EQ(gate.waiting(), 0);
}

TEST(HashingGateTest, BusyIsA503WithRetryAfter) {
  Response busy = HashingGate::Busy();
  EXPECT_EQ(busy.status, 503);
  ASSERT_NE(busy.FindHeader("Retry-After"), nullptr);
  EXPECT_EQ(*busy.FindHeader("Retry-After"), "1");
  EXPECT_NE(busy.body.find("\"busy\""), std::string::npos);
}

}  // namespace
}  // namespace firsthire::http

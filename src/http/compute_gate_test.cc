#include "http/compute_gate.h"

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

Response Ok() { return Response{}; }

TEST(ComputeGateTest, ACallBeyondTheSlotsIsBusyAndCallsInTurnAllRun) {
  ComputeGate gate(ComputeOptions{std::chrono::seconds(60), 1, 10});
  Request request;
  int inner_status = 0;
  Response outer = gate.Run(request, [&](const StopCheck&) {
    EXPECT_EQ(gate.running(), 1);
    inner_status = gate.Run(request, [](const StopCheck&) { return Ok(); }).status;
    return Ok();
  });
  EXPECT_EQ(outer.status, 200);
  EXPECT_EQ(inner_status, 503);
  EXPECT_EQ(gate.running(), 0) << "both slots given back";
  EXPECT_EQ(gate.Run(request, [](const StopCheck&) { return Ok(); }).status, 200);
}

TEST(ComputeGateTest, TwoSlotsAdmitTwoCalls) {
  ComputeGate gate(ComputeOptions{std::chrono::seconds(60), 2, 10});
  Request request;
  int inner_status = 0;
  gate.Run(request, [&](const StopCheck&) {
    inner_status = gate.Run(request, [](const StopCheck&) { return Ok(); }).status;
    return Ok();
  });
  EXPECT_EQ(inner_status, 200);
}

TEST(ComputeGateTest, TheCheckStopsAtTheDeadline) {
  ComputeGate gate(ComputeOptions{std::chrono::milliseconds(0), 1, 10});
  Request request;
  bool stopped = false;
  gate.Run(request, [&](const StopCheck& should_stop) {
    stopped = should_stop();
    return Ok();
  });
  EXPECT_TRUE(stopped);
}

TEST(ComputeGateTest, TheCheckStopsWhenTheRequestIsAbandonedAndNotBefore) {
  ComputeGate gate(ComputeOptions{std::chrono::seconds(60), 1, 10});
  Request request;
  bool gone = false;
  request.abandoned = [&gone] { return gone; };
  bool before = true, after = false;
  gate.Run(request, [&](const StopCheck& should_stop) {
    before = should_stop();
    gone = true;
    // The connection is looked at every few milliseconds, not on every poll.
    while (!should_stop()) {
    }
    after = true;
    return Ok();
  });
  EXPECT_FALSE(before);
  EXPECT_TRUE(after);
}

}  // namespace
}  // namespace firsthire::http

#include "http/compute_gate.h"

#include <memory>

namespace firsthire::http {
namespace {

using Clock = std::chrono::steady_clock;

// How often the client's connection is looked at (a system call) while the
// deadline is checked on every poll.
constexpr auto kAbandonCheckInterval = std::chrono::milliseconds(20);

// Releases the slot however the work ends.
class Slot {
 public:
  explicit Slot(std::atomic<int>& running) : running_(running) {}
  ~Slot() { running_.fetch_sub(1); }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;

 private:
  std::atomic<int>& running_;
};

}  // namespace

Response ComputeGate::Run(const Request& request,
                          const std::function<Response(const StopCheck&)>& work) {
  int before = running_.fetch_add(1);
  Slot slot(running_);
  if (before >= options_.slots) {
    Response busy = ErrorResponse(503, "busy",
                                  "the server is busy with other computations; try again shortly");
    busy.SetHeader("Retry-After", "1");
    return busy;
  }
  const Clock::time_point deadline = Clock::now() + options_.timeout;
  // Shared state of the check: the last time the connection was looked at
  // and whether it was found abandoned (the check is called from one thread).
  struct State {
    Clock::time_point next_look;
    bool abandoned = false;
  };
  auto state = std::make_shared<State>();
  state->next_look = Clock::now();
  const std::function<bool()>* abandoned = request.abandoned ? &request.abandoned : nullptr;
  StopCheck should_stop = [deadline, state, abandoned] {
    Clock::time_point now = Clock::now();
    if (now >= deadline || state->abandoned) return true;
    if (abandoned != nullptr && now >= state->next_look) {
      state->next_look = now + kAbandonCheckInterval;
      state->abandoned = (*abandoned)();
    }
    return state->abandoned;
  };
  return work(should_stop);
}

}  // namespace firsthire::http

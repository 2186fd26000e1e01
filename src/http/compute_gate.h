// ComputeGate: how much of the server one engine call may take. Every
// engine call from the API (POST /assess, /kit, /plan, /score, /review,
// /team and the engine runs behind the record routes' computed fields) goes
// through Run(), which
//   - admits at most `options.slots` calls at a time (the rest are answered
//     at once with 503 "busy" and Retry-After), so computations never hold
//     more than that many of the server's worker threads and /healthz and
//     sign-in always find a free one (`serve` refuses slots >= threads);
//   - hands the call a StopCheck that turns true when `options.timeout` has
//     passed since the call began, the client closed the connection, or the
//     server is stopping (SIGTERM); engines that can stop early (the team
//     optimizer) return their best answer so far with optimal: false.
// Size caps (e.g. the /team pool) are in `options` for the handlers to
// enforce before the call. Thread-safe.
#ifndef FIRSTHIRE_HTTP_COMPUTE_GATE_H_
#define FIRSTHIRE_HTTP_COMPUTE_GATE_H_

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>

#include "http/request.h"
#include "http/response.h"

namespace firsthire::http {

struct ComputeOptions {
  std::chrono::milliseconds timeout{3'000};  // serve --compute-timeout
  int slots = 1;                              // serve --compute-threads
  std::size_t max_team_pool = 6'000;          // serve --max-team-pool
};

// Polled by a computation: true when it should stop and answer with what
// it has.
using StopCheck = std::function<bool()>;

class ComputeGate {
 public:
  explicit ComputeGate(ComputeOptions options = {}) : options_(options) {}

  // Runs `work` in a free slot, else answers 503 "busy" without running it.
  Response Run(const Request& request, const std::function<Response(const StopCheck&)>& work);

  const ComputeOptions& options() const { return options_; }
  // Calls running right now (for tests).
  int running() const { return running_.load(); }

 private:
  ComputeOptions options_;
  std::atomic<int> running_{0};
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_COMPUTE_GATE_H_

// SessionSweeper: deletes expired sessions from the store on a schedule.
//
// Sessions::Resume already refuses an expired session; the sweeper frees its
// row, so that a database does not keep every sign-in ever made. `firsthire
// serve` runs one (--session-sweep-interval, default hourly; docs/operations.md).
// Several servers on one database may each run one: a sweep is one DELETE,
// and sweeping twice removes nothing more.
//
// Start() runs a thread that sweeps every `interval` (the first sweep one
// interval after Start); Stop() and the destructor wake it and wait for it,
// at once. A failed sweep (database unreachable) is reported to `log` and
// tried again at the next interval; a sweep that removed rows says how many.
#ifndef FIRSTHIRE_HTTP_SESSION_SWEEPER_H_
#define FIRSTHIRE_HTTP_SESSION_SWEEPER_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string_view>
#include <thread>

#include "firsthire/status.h"
#include "firsthire/clock.h"
#include "store/store.h"

namespace firsthire::http {

class SessionSweeper {
 public:
  using Log = std::function<void(std::string_view line)>;

  // `store` must outlive the sweeper; `clock` gives "now" (tests pass their
  // own); `log` receives one line per report (null: stderr). `interval` > 0.
  SessionSweeper(Store& store, std::chrono::milliseconds interval, Clock clock = SystemMillis,
                 Log log = nullptr);
  ~SessionSweeper();  // Stop()
  SessionSweeper(const SessionSweeper&) = delete;
  SessionSweeper& operator=(const SessionSweeper&) = delete;

  // Starts the thread; call once.
  void Start();
  // Stops and joins the thread (a sweep under way finishes first). Safe to
  // call more than once and without Start().
  void Stop();

  // Deletes every session whose expiry is at or before clock(), now, on the
  // caller's thread; the number deleted. What the thread calls.
  Result<std::int64_t> SweepOnce();

  // Blocks until the thread has finished `count` sweeps since Start() (for
  // tests: the schedule without sleeping).
  void WaitForSweeps(std::uint64_t count);

 private:
  void Loop();

  Store& store_;
  const std::chrono::milliseconds interval_;
  const Clock clock_;
  const Log log_;
  std::mutex mutex_;
  std::condition_variable changed_;
  bool stopping_ = false;
  std::uint64_t sweeps_ = 0;
  std::thread thread_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_SESSION_SWEEPER_H_

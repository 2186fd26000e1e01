#include "http/session_sweeper.h"

#include <cstdio>
#include <string>
#include <utility>

namespace firsthire::http {

SessionSweeper::SessionSweeper(Store& store, std::chrono::milliseconds interval, Clock clock,
                               Log log)
    : store_(store), interval_(interval), clock_(std::move(clock)), log_(std::move(log)) {}

SessionSweeper::~SessionSweeper() { Stop(); }

void SessionSweeper::Start() {
  thread_ = std::thread([this] { Loop(); });
}

void SessionSweeper::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

Result<std::int64_t> SessionSweeper::SweepOnce() { return store_.DeleteExpiredSessions(clock_()); }

void SessionSweeper::WaitForSweeps(std::uint64_t count) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return sweeps_ >= count || stopping_; });
}

void SessionSweeper::Loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!changed_.wait_for(lock, interval_, [this] { return stopping_; })) {
    lock.unlock();
    Result<std::int64_t> removed = SweepOnce();
    std::string line;
    if (!removed.ok()) {
      line = "firsthire: sweeping expired sessions failed (trying again later): " +
             removed.status().ToString();
    } else if (*removed > 0) {
      line = "firsthire: removed " + std::to_string(*removed) + " expired session(s)";
    }
    if (!line.empty()) {
      if (log_) {
        log_(line);
      } else {
        std::fprintf(stderr, "%s\n", line.c_str());
      }
    }
    lock.lock();
    ++sweeps_;
    changed_.notify_all();
  }
}

}  // namespace firsthire::http

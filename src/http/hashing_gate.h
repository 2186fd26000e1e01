// HashingGate: how much of the server password hashing may take. Signing in
// (and every other request that hashes or verifies a password) costs one
// argon2id computation: tens of milliseconds of a core and 64 MiB. Run
// unbounded, a burst of sign-ins takes every worker thread and both cores,
// and every other request waits behind them. Through the gate
//   - at most `options.slots` hashings run at once;
//   - at most `options.queue` more requests wait (blocking their worker
//     thread) for a slot, in no particular order;
//   - any further request is refused at once, without hashing: Enter()
//     gives nothing and the handler answers Busy() (503 "busy" with
//     Retry-After), so a crowd of sign-ins never holds more than
//     slots + queue worker threads (`serve` keeps that below --threads).
// Thread-safe.
#ifndef FIRSTHIRE_HTTP_HASHING_GATE_H_
#define FIRSTHIRE_HTTP_HASHING_GATE_H_

#include <condition_variable>
#include <mutex>
#include <optional>

#include "http/response.h"

namespace firsthire::http {

struct HashingOptions {
  int slots = 1;  // serve --sign-in-threads
  int queue = 1;  // serve --sign-in-queue
};

class HashingGate {
 public:
  // A slot held; given back when destroyed.
  class Pass {
   public:
    Pass(Pass&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Pass& operator=(Pass&&) = delete;
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;
    ~Pass();

   private:
    friend class HashingGate;
    explicit Pass(HashingGate* gate) : gate_(gate) {}
    HashingGate* gate_;
  };

  explicit HashingGate(HashingOptions options = {}) : options_(options) {}

  // A slot: at once when one is free, else after waiting in the queue;
  // nothing (without waiting) when the queue is full.
  std::optional<Pass> Enter();

  // The answer to a request Enter() refused: 503 "busy", Retry-After: 1.
  static Response Busy();

  const HashingOptions& options() const { return options_; }
  // Right now (for tests): slots taken and requests waiting for one.
  int running() const;
  int waiting() const;

 private:
  void Leave();

  HashingOptions options_;
  mutable std::mutex mu_;
  std::condition_variable freed_;
  int running_ = 0;  // guarded by mu_
  int waiting_ = 0;  // guarded by mu_
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_HASHING_GATE_H_

// GET /healthz: liveness and database reachability, public.
//   200 {"status": "ok", "database": "<backend>"} when the store answers a
//   ping (or there is no store);
//   200 {"status": "degraded", "database": ..., "reason": "<sentence>"} when
//   it answers but the last write failed for lack of space or an I/O error
//   (WriteHealth below), until a write succeeds again;
//   503 {"error": {"code": "unavailable", ...}} when it does not answer.
// The ping's answer is reused for up to a second (RecentPing below), so a
// burst of probes costs the database one ping a second at most.
#ifndef FIRSTHIRE_HTTP_HEALTH_H_
#define FIRSTHIRE_HTTP_HEALTH_H_

#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "firsthire/clock.h"
#include "firsthire/status.h"
#include "http/operation.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "store/store.h"

namespace firsthire::http {

// Remembers whether the last write request (POST, PUT, PATCH, DELETE)
// failed with an I/O error (disk full, read-only or failing storage).
// Thread-safe.
class WriteHealth {
 public:
  // Looks at one answered request: a write answered 2xx clears the problem,
  // one answered 5xx with Code::kIoError sets it; anything else changes
  // nothing.
  void Observe(const Request& request, const Response& response);
  // The reason health is degraded, nullopt when it is not.
  std::optional<std::string> Problem() const;

 private:
  mutable std::mutex mu_;
  std::optional<std::string> problem_;
};

// Whether the database answers, from a ping at most `max_age_ms` old: the
// first caller after that pings again while callers meanwhile wait for its
// answer (one ping at a time), then share it. A failed ping is remembered
// as long as a good one. A clock that went back counts as "too old".
// Thread-safe.
class RecentPing {
 public:
  RecentPing(std::function<Status()> ping, Clock clock, Millis max_age_ms = 1000)
      : ping_(std::move(ping)), clock_(std::move(clock)), max_age_ms_(max_age_ms) {}

  Status Check();

 private:
  const std::function<Status()> ping_;
  const Clock clock_;
  const Millis max_age_ms_;
  std::mutex mu_;
  std::optional<Millis> pinged_at_;  // guarded by mu_
  Status last_;                      // guarded by mu_
};

// The health route's declaration.
std::vector<Operation> HealthOperations();

// `store` and `writes` may be null; otherwise they must outlive the router.
// `clock` dates the pings (RecentPing).
Status AddHealthRoute(Router& router, Store* store, const WriteHealth* writes = nullptr,
                      Clock clock = SystemMillis);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_HEALTH_H_

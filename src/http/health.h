// GET /healthz: liveness and database reachability, public.
//   200 {"status": "ok", "database": "<backend>"} when the store answers a
//   ping (or there is no store);
//   200 {"status": "degraded", "database": ..., "reason": "<sentence>"} when
//   it answers but the last write failed for lack of space or an I/O error
//   (WriteHealth below), until a write succeeds again;
//   503 {"error": {"code": "unavailable", ...}} when it does not answer.
#ifndef FIRSTHIRE_HTTP_HEALTH_H_
#define FIRSTHIRE_HTTP_HEALTH_H_

#include <mutex>
#include <optional>
#include <string>

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

// The health route's declaration.
std::vector<Operation> HealthOperations();

// `store` and `writes` may be null; otherwise they must outlive the router.
Status AddHealthRoute(Router& router, Store* store, const WriteHealth* writes = nullptr);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_HEALTH_H_

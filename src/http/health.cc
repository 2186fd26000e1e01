#include "http/health.h"

#include <nlohmann/json.hpp>

namespace firsthire::http {

Status AddHealthRoute(Router& router, Store* store) {
  return router.Add("GET", "/healthz", Access::Public(), [store](const Request&) {
    if (store == nullptr) return JsonResponse(200, {{"status", "ok"}});
    Status ping = store->Ping();
    if (!ping.ok()) {
      return ErrorResponse(Status::Unavailable("the database does not answer"));
    }
    return JsonResponse(200, {{"status", "ok"}, {"database", store->BackendName()}});
  });
}

}  // namespace firsthire::http

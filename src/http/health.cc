#include "http/health.h"

#include <nlohmann/json.hpp>

#include "http/dispatcher.h"

namespace firsthire::http {

void WriteHealth::Observe(const Request& request, const Response& response) {
  if (!Dispatcher::IsUnsafeMethod(request.method)) return;
  if (response.status >= 200 && response.status < 300) {
    std::lock_guard lock(mu_);
    problem_.reset();
  } else if (response.status >= 500 && response.cause_code == Code::kIoError) {
    std::lock_guard lock(mu_);
    problem_ =
        "the last write failed: the database could not write to its storage (disk full or an "
        "I/O error)";
  }
}

std::optional<std::string> WriteHealth::Problem() const {
  std::lock_guard lock(mu_);
  return problem_;
}

namespace {

struct HealthProbe {
  Store* store;
  const WriteHealth* writes;

  Response Answer(const Request&) const {
    if (store == nullptr) return JsonResponse(200, {{"status", "ok"}});
    Status ping = store->Ping();
    if (!ping.ok()) {
      return ErrorResponse(Status::Unavailable("the database does not answer"));
    }
    nlohmann::json body = {{"status", "ok"}, {"database", store->BackendName()}};
    if (auto problem = writes ? writes->Problem() : std::nullopt) {
      body["status"] = "degraded";
      body["reason"] = *problem;
    }
    return JsonResponse(200, body);
  }
};

const EndpointTable<HealthProbe>& HealthTable() {
  static const EndpointTable<HealthProbe> kTable = {
      {{.method = "GET",
        .path = "/healthz",
        .access = Access::Public(),
        .tag = "service",
        .summary = "Liveness and database reachability",
        .response = "Health",
        .errors = {503}},
       &HealthProbe::Answer},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> HealthOperations() { return OperationsOf(HealthTable()); }

Status AddHealthRoute(Router& router, Store* store, const WriteHealth* writes) {
  return AddEndpoints(router, std::make_shared<HealthProbe>(HealthProbe{store, writes}),
                      HealthTable());
}

}  // namespace firsthire::http

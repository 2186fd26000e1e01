#include "http/health.h"

#include <memory>

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

Status RecentPing::Check() {
  std::lock_guard lock(mu_);
  const Millis now = clock_();
  if (pinged_at_ && now >= *pinged_at_ && now - *pinged_at_ < max_age_ms_) return last_;
  last_ = ping_();
  pinged_at_ = clock_();
  return last_;
}

namespace {

struct HealthProbe {
  Store* store;
  const WriteHealth* writes;
  std::unique_ptr<RecentPing> ping;  // set when store is

  Response Answer(const Request&) const {
    if (store == nullptr) return JsonResponse(200, {{"status", "ok"}});
    Status ping = this->ping->Check();
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

Status AddHealthRoute(Router& router, Store* store, const WriteHealth* writes, Clock clock) {
  auto probe = std::make_shared<HealthProbe>(HealthProbe{store, writes, nullptr});
  if (store != nullptr) {
    probe->ping = std::make_unique<RecentPing>([store] { return store->Ping(); }, std::move(clock));
  }
  return AddEndpoints(router, std::move(probe), HealthTable());
}

}  // namespace firsthire::http

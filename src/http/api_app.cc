#include "http/api_app.h"

#include <memory>

#include "http/api_routes.h"
#include "http/auth_routes.h"
#include "http/health.h"

namespace firsthire::http {

namespace {

// What the route groups are built from.
struct ServiceParts {
  Store& store;
  Sessions& sessions;
  LoginThrottle& throttle;
  const ApiOptions& options;
  const WriteHealth* writes;
  ApiContext context;
};

// A route group: its declarations and how it is registered.
struct RouteGroup {
  std::vector<Operation> (*operations)();
  Status (*add)(Router& router, const ServiceParts& parts);
};

// Every group of the service, once.
const RouteGroup kGroups[] = {
    {HealthOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddHealthRoute(router, &parts.store, parts.writes, parts.context.clock);
     }},
    {AuthOperations,
     [](Router& router, const ServiceParts& parts) {
       AuthRouteOptions auth_options;
       auth_options.secure_cookies = parts.options.secure_cookies;
       auth_options.hashing = parts.context.hashing;
       return AddAuthRoutes(router, parts.store, parts.sessions, parts.throttle, auth_options);
     }},
    {EngineOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddEngineRoutes(router, parts.context);
     }},
    {UserOperations,
     [](Router& router, const ServiceParts& parts) { return AddUserRoutes(router, parts.context); }},
    {CandidateOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddCandidateRoutes(router, parts.context);
     }},
    {CandidateImportOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddCandidateImportRoutes(router, parts.context);
     }},
    {ScorecardOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddScorecardRoutes(router, parts.context);
     }},
    {RecordOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddRecordRoutes(router, parts.context);
     }},
    {LoopOperations,
     [](Router& router, const ServiceParts& parts) { return AddLoopRoutes(router, parts.context); }},
    {InsightOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddInsightRoutes(router, parts.context);
     }},
    {AccountOperations,
     [](Router& router, const ServiceParts& parts) {
       return AddAccountRoutes(router, parts.context, parts.throttle);
     }},
};

}  // namespace

const std::vector<Operation>& ApiOperations() {
  static const std::vector<Operation> kOperations = [] {
    std::vector<Operation> all;
    for (const RouteGroup& group : kGroups) {
      for (Operation& operation : group.operations()) all.push_back(std::move(operation));
    }
    return all;
  }();
  return kOperations;
}

Status AddServiceRoutes(Router& router, Store& store, const Playbook& playbook, Sessions& sessions,
                        LoginThrottle& throttle, const ApiOptions& options,
                        const WriteHealth* writes) {
  ApiContext context{store, playbook, std::make_shared<ComputeGate>(options.compute),
                     options.public_url, options.secure_cookies};
  context.hashing = std::make_shared<HashingGate>(options.hashing);
  context.notifier = options.notifier;
  ServiceParts parts{store, sessions, throttle, options, writes, std::move(context)};
  for (const RouteGroup& group : kGroups) FH_RETURN_IF_ERROR(group.add(router, parts));
  return Status::Ok();
}

ApiApp::ApiApp(Store& store, const ApiOptions& options)
    : sessions_(store, options.sessions),
      throttle_(store, options.throttle),
      authenticator_(store, sessions_),
      trusted_proxy_(options.trusted_proxy) {}

Result<std::unique_ptr<ApiApp>> ApiApp::Create(Store& store, const Playbook& playbook,
                                               ApiOptions options, std::optional<StaticFiles> web) {
  std::unique_ptr<ApiApp> app(new ApiApp(store, options));
  Router router;
  FH_RETURN_IF_ERROR(
      AddServiceRoutes(router, store, playbook, app->sessions_, app->throttle_, options,
                       &app->writes_));
  app->dispatcher_ =
      std::make_unique<Dispatcher>(std::move(router), &app->authenticator_, std::move(web));
  return app;
}

}  // namespace firsthire::http

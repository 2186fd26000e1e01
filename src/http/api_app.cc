#include "http/api_app.h"

#include <memory>

#include "http/api_routes.h"
#include "http/auth_routes.h"
#include "http/health.h"

namespace firsthire::http {

Status AddServiceRoutes(Router& router, Store& store, const Playbook& playbook, Sessions& sessions,
                        LoginThrottle& throttle, const ApiOptions& options,
                        const WriteHealth* writes) {
  FH_RETURN_IF_ERROR(AddHealthRoute(router, &store, writes));
  AuthRouteOptions auth_options;
  auth_options.secure_cookies = options.secure_cookies;
  FH_RETURN_IF_ERROR(AddAuthRoutes(router, store, sessions, throttle, auth_options));
  ApiContext context{store, playbook, std::make_shared<ComputeGate>(options.compute),
                     options.public_url, options.secure_cookies};
  FH_RETURN_IF_ERROR(AddEngineRoutes(router, context));
  FH_RETURN_IF_ERROR(AddUserRoutes(router, context));
  FH_RETURN_IF_ERROR(AddCandidateRoutes(router, context));
  FH_RETURN_IF_ERROR(AddCandidateImportRoutes(router, context));
  FH_RETURN_IF_ERROR(AddScorecardRoutes(router, context));
  FH_RETURN_IF_ERROR(AddRecordRoutes(router, context));
  FH_RETURN_IF_ERROR(AddLoopRoutes(router, context));
  FH_RETURN_IF_ERROR(AddAccountRoutes(router, context, throttle));
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

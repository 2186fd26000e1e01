#include "http/dispatcher.h"

#include <utility>

namespace firsthire::http {

Dispatcher::Dispatcher(Router router, Authenticator* authenticator,
                       std::optional<StaticFiles> static_files)
    : router_(std::move(router)),
      authenticator_(authenticator),
      static_files_(std::move(static_files)) {}

bool Dispatcher::IsUnsafeMethod(std::string_view method) {
  return !(method == "GET" || method == "HEAD" || method == "OPTIONS");
}

Response Dispatcher::Handle(Request& request) const {
  RouteMatch match = router_.Find(request.method, request.path);
  if (match.malformed_path) {
    return ErrorResponse(400, "invalid_input", "malformed percent escape in path");
  }
  if (match.route == nullptr) {
    if (!match.allowed_methods.empty()) {
      std::string allow;
      for (const std::string& method : match.allowed_methods) {
        allow += (allow.empty() ? "" : ", ") + method;
        if (method == "GET") allow += ", HEAD";
      }
      Response response =
          ErrorResponse(405, "method_not_allowed", request.method + " is not allowed on this path");
      response.SetHeader("Allow", std::move(allow));
      return response;
    }
    bool api = request.path == "/api" || request.path.starts_with("/api/");
    if (static_files_ && !api && (request.method == "GET" || request.method == "HEAD")) {
      return static_files_->Serve(request.path);
    }
    return ErrorResponse(404, "not_found", "no such endpoint");
  }

  const Route& route = *match.route;
  if (!route.access.declared()) {
    return ErrorResponse(403, "permission_denied", "this endpoint declares no access");
  }
  if (!route.access.is_public()) {
    if (authenticator_ == nullptr) {
      return ErrorResponse(401, "unauthenticated", "sign in first");
    }
    Result<Principal> principal = authenticator_->Authenticate(request);
    if (!principal.ok()) return ErrorResponse(principal.status());
    if (!route.access.Allows(principal->role)) {
      return ErrorResponse(
          403, "permission_denied",
          std::string("the role ") + RoleName(principal->role) + " may not call this endpoint");
    }
    if (principal->method == AuthMethod::kSessionCookie && IsUnsafeMethod(request.method)) {
      Status csrf = authenticator_->VerifyCsrf(request, *principal);
      if (!csrf.ok()) return ErrorResponse(403, "csrf_failed", csrf.message());
    }
    request.principal = std::move(principal).value();
  }
  request.path_params = std::move(match.params);
  return route.handler(request);
}

}  // namespace firsthire::http

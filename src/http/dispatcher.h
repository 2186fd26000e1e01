// Dispatcher: the RequestHandler the server runs. For each request:
//
//  1. find the route (malformed path 400; known path, other method 405 with
//     Allow; unknown path: static files for GET/HEAD outside /api/, else 404);
//  2. enforce the route's Access: undeclared -> 403 for everyone (deny by
//     default); public -> no credential needed; otherwise the Authenticator
//     must identify the caller (401 otherwise), the caller's role must be
//     listed (403 otherwise), and a cookie-authenticated POST/PUT/PATCH/DELETE
//     must carry the CSRF token (403 otherwise);
//  3. call the handler with Request::path_params and Request::principal set.
#ifndef FIRSTHIRE_HTTP_DISPATCHER_H_
#define FIRSTHIRE_HTTP_DISPATCHER_H_

#include <optional>

#include "http/authenticator.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/static_files.h"

namespace firsthire::http {

class Dispatcher {
 public:
  // `authenticator` may be null (then only public routes answer) and must
  // outlive the Dispatcher. `static_files` serves the web app, if given.
  Dispatcher(Router router, Authenticator* authenticator,
             std::optional<StaticFiles> static_files = std::nullopt);

  // Thread-safe (the router is read-only after construction).
  Response Handle(Request& request) const;

  // True for the methods that change state and so need CSRF protection.
  static bool IsUnsafeMethod(std::string_view method);

 private:
  Router router_;
  Authenticator* authenticator_;
  std::optional<StaticFiles> static_files_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_DISPATCHER_H_

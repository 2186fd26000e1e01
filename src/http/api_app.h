// ApiApp: the whole HTTP side of `firsthire serve` over one Store — health,
// sign-in, the stateless engine endpoints, every resource, the OpenAPI
// document and (optionally) the web app's files — behind one Dispatcher.
//
// Sessions, login throttling and authentication live in the store, so any
// number of ApiApps (in one process or several) on one database behave as
// one service.
#ifndef FIRSTHIRE_HTTP_API_APP_H_
#define FIRSTHIRE_HTTP_API_APP_H_

#include <memory>
#include <optional>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "http/auth.h"
#include "http/compute_gate.h"
#include "http/client_address.h"
#include "http/dispatcher.h"
#include "http/hashing_gate.h"
#include "http/health.h"
#include "http/login_throttle.h"
#include "http/operation.h"
#include "http/router.h"
#include "http/session.h"
#include "http/static_files.h"
#include "store/store.h"

namespace firsthire::service {
class Notifier;  // service/notifications.h
}  // namespace firsthire::service

namespace firsthire::http {

struct ApiOptions {
  bool secure_cookies = false;  // cookies get Secure (serve behind TLS)
  SessionPolicy sessions;
  ThrottlePolicy throttle;
  ComputeOptions compute;  // deadline, slots and size caps of engine calls
  HashingOptions hashing;  // password hashings at once, and how many may wait
  // Requests from this network may name their client in X-Forwarded-For /
  // Forwarded (serve --trusted-proxy; see client_address.h).
  std::optional<Cidr> trusted_proxy;
  // The service's address for one-time account links (serve --public-url),
  // without a trailing slash; empty: each request's Host.
  std::string public_url;
  // Queues the notification emails (serve --smtp; docs/notifications.md);
  // null when SMTP is off: nothing is queued and answers with a one-time
  // link say it was not emailed. Must outlive the app.
  const service::Notifier* notifier = nullptr;
};

class ApiApp {
 public:
  // Builds every route. `store` and `playbook` must outlive the app.
  // Fails only when a route cannot be registered (a bug).
  static Result<std::unique_ptr<ApiApp>> Create(Store& store, const Playbook& playbook,
                                                ApiOptions options = {},
                                                std::optional<StaticFiles> web = std::nullopt);

  // The server's RequestHandler. Thread-safe.
  // Before dispatching, request.remote_address becomes the client address
  // (ClientAddress with the trusted proxy). Every answer to a write is also
  // shown to the health route's WriteHealth.
  Response Handle(Request& request) const {
    request.remote_address = ClientAddress(request, trusted_proxy_);
    Response response = dispatcher_->Handle(request);
    writes_.Observe(request, response);
    return response;
  }

  ApiApp(const ApiApp&) = delete;
  ApiApp& operator=(const ApiApp&) = delete;

 private:
  ApiApp(Store& store, const ApiOptions& options);

  Sessions sessions_;
  LoginThrottle throttle_;
  StoreAuthenticator authenticator_;
  mutable WriteHealth writes_;
  std::unique_ptr<Dispatcher> dispatcher_;
  std::optional<Cidr> trusted_proxy_;
};

// Every operation of the service, in the order AddServiceRoutes registers
// them: the source of the OpenAPI document (openapi.h) and of the role table
// in docs/api.md (role_table.h). Built once; thread-safe.
const std::vector<Operation>& ApiOperations();

// Registers every route of the service on `router` (what ApiApp serves):
// /healthz, the sign-in routes and every /api/v1 route. References must
// outlive the router.
Status AddServiceRoutes(Router& router, Store& store, const Playbook& playbook, Sessions& sessions,
                        LoginThrottle& throttle, const ApiOptions& options,
                        const WriteHealth* writes = nullptr);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_API_APP_H_

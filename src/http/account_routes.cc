// Passwords and one-time links (see account_links.h):
//
//   POST /api/v1/users/{id}/reset  admins. 200 {reset_url, emailed}: a new
//        one-time link for the user (their earlier link dies), also emailed
//        to them when SMTP is configured. 404 unknown user.
//   POST /api/v1/password          public. {token, password}: 204, the
//        link's user has this password; the link dies, and so do the
//        user's sessions and API tokens. 422 (field "token") for an unknown,
//        used, replaced or expired link, (field "password") for a password
//        the policy refuses. Throttled like sign-in (by client address): 429
//        with Retry-After.
//   PUT  /api/v1/me/password       signed in. {current, password}: 204; the
//        caller's other sessions and every API token of theirs end. A wrong
//        `current` is 422 (field "current") and counts as a failed sign-in.
// The two password routes verify or hash through the HashingGate shared
// with sign-in: beyond its slots and queue they answer 503 "busy" with
// Retry-After, before anything is counted or written.
// Every change is audited by the store (user.reset_link, user.password_set,
// user.password_change); refused attempts as session.login_throttled.
#include <string>

#include "http/account_links.h"
#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/auth.h"
#include "http/cookie.h"
#include "http/json_body.h"
#include "service/account_links.h"
#include "service/accounts.h"
#include "service/password.h"
#include "store/secret_hash.h"

namespace firsthire::http {
namespace {

class AccountEndpoints {
 public:
  AccountEndpoints(ApiContext context, LoginThrottle& throttle)
      : store_(context.store),
        throttle_(throttle),
        public_url_(context.public_url),
        secure_(context.secure),
        clock_(context.clock),
        hashing_(context.hashing),
        notifier_(context.notifier) {}

  Response Reset(const Request& request) {
    service::AccountService accounts(store_, clock_, notifier_);
    auto url = accounts.IssueLink(std::string(request.Param("id")), "reset",
                                  LinkBaseUrl(request, public_url_, secure_), ActorOf(request));
    if (!url.ok()) return ErrorResponse(url.status());
    return JsonResponse(200, {{"reset_url", *url}, {"emailed", accounts.emails_links()}});
  }

  Response SetFromLink(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    std::string token = fields.String("token", true, 256).value_or("");
    std::string password =
        fields.String("password", true, service::kMaxPasswordLength).value_or("");
    if (!fields.ok()) return ErrorResponse(fields.status());
    // Each guessed link is its own "account": what waits is the guesser's
    // address, never the holder of a real link elsewhere.
    std::string key = "link:" + Sha256Hex(token);
    std::optional<HashingGate::Pass> hashing = hashing_->Enter();
    if (!hashing) return HashingGate::Busy();
    if (auto refused = Throttled(key, request)) return *refused;
    auto user = service::SetPasswordFromLink(store_, token, password, clock_());
    // A refused password is no guess at the link: not held against anyone.
    if (!user.ok() && user.status().location().field != "password") {
      return ErrorResponse(user.status());
    }
    Status forgiven = throttle_.Succeeded(key, request.remote_address);
    if (!forgiven.ok()) return ErrorResponse(forgiven);
    if (!user.ok()) return ErrorResponse(user.status());
    return NoContentResponse();
  }

  Response Change(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    std::string current = fields.String("current", true, service::kMaxPasswordLength).value_or("");
    std::string password =
        fields.String("password", true, service::kMaxPasswordLength).value_or("");
    if (!fields.ok()) return ErrorResponse(fields.status());
    if (Status policy = service::CheckPasswordPolicy(password); !policy.ok()) {
      return ErrorResponse(Status::InvalidInput(policy.message(), {.field = "password"}));
    }
    const Principal& principal = *request.principal;
    std::optional<HashingGate::Pass> hashing = hashing_->Enter();
    if (!hashing) return HashingGate::Busy();
    if (auto refused = Throttled(principal.email, request)) return *refused;
    auto user = store_.GetUser(principal.user_id);
    if (!user.ok()) return ErrorResponse(user.status());
    if (!service::VerifyPassword(user->password_hash, current)) {
      return ErrorResponse(
          Status::InvalidInput("the current password is wrong", {.field = "current"}));
    }
    Status forgiven = throttle_.Succeeded(principal.email, request.remote_address);
    if (!forgiven.ok()) return ErrorResponse(forgiven);
    auto hash = service::HashPassword(password);
    if (!hash.ok()) return ErrorResponse(hash.status());
    Status changed =
        store_.SetUserPassword(user->id, *hash, CurrentSessionHash(request), ActorOf(request));
    if (!changed.ok()) return ErrorResponse(changed);
    return NoContentResponse();
  }

 private:
  // The 429 answer when `key` from the caller's address must wait.
  std::optional<Response> Throttled(const std::string& key, const Request& request) {
    auto wait = throttle_.Begin(key, request.remote_address, clock_());
    if (!wait.ok()) return ErrorResponse(wait.status());
    if (*wait == 0) return std::nullopt;
    (void)store_.AppendAudit({.actor = request.principal ? request.principal->user_id : "anonymous",
                              .action = "session.login_throttled",
                              .object_type = "user"});
    Response response = ErrorResponse(429, "rate_limited", "too many failed attempts; try later");
    response.SetHeader("Retry-After", std::to_string(*wait));
    return response;
  }

  // The caller's own session (kept), or "" for an API token caller.
  static std::string CurrentSessionHash(const Request& request) {
    if (request.principal->method != AuthMethod::kSessionCookie) return "";
    const std::string* cookies = request.Header("cookie");
    if (cookies == nullptr) return "";
    auto token = FindCookie(*cookies, kSessionCookie);
    return token ? Sha256Hex(*token) : "";
  }

  Store& store_;
  LoginThrottle& throttle_;
  std::string public_url_;
  bool secure_;
  Clock clock_;
  std::shared_ptr<HashingGate> hashing_;
  const service::Notifier* notifier_;
};

// The declarations of the account routes, next to their handlers.
const EndpointTable<AccountEndpoints>& AccountTable() {
  using E = AccountEndpoints;
  static const EndpointTable<E> kTable = {
      {{.method = "POST",
        .path = "/api/v1/users/{id}/reset",
        .access = AdminsOnly(),
        .tag = "users",
        .summary = "A new one-time link (72 hours) that sets the user's password; their earlier "
                   "link dies",
        .response = "ResetLink",
        .errors = kReadErrors},
       &E::Reset},
      {{.method = "POST",
        .path = "/api/v1/password",
        .access = Access::Public(),
        .tag = "session",
        .summary = "Set a password from an invitation or reset link, once; ends the user's "
                   "sessions and API tokens. 422 names the field: token (unknown, used, replaced "
                   "or expired) or password",
        .request = "PasswordFromLink",
        .success = 204,
        .errors = {400, 413, 415, 422, 429, 503}},
       &E::SetFromLink},
      {{.method = "PUT",
        .path = "/api/v1/me/password",
        .access = Access::SignedIn(),
        .tag = "session",
        .summary = "Change your own password; a wrong current password is 422 with field "
                   "current. Your other sessions and your API tokens end",
        .request = "PasswordChange",
        .success = 204,
        .errors = {400, 401, 403, 413, 415, 422, 429, 503}},
       &E::Change},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> AccountOperations() { return OperationsOf(AccountTable()); }

Status AddAccountRoutes(Router& router, ApiContext context, LoginThrottle& throttle) {
  return AddEndpoints(router, std::make_shared<AccountEndpoints>(context, throttle),
                      AccountTable());
}

}  // namespace firsthire::http

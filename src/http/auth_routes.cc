#include "http/auth_routes.h"

#include <nlohmann/json.hpp>

#include "http/json_body.h"
#include "service/password.h"

namespace firsthire::http {
namespace {

nlohmann::json UserJson(const Principal& principal) {
  return {{"id", principal.user_id},
          {"email", principal.email},
          {"name", principal.name},
          {"role", RoleName(principal.role)}};
}

class AuthEndpoints {
 public:
  AuthEndpoints(Store& store, Sessions& sessions, LoginThrottle& throttle, AuthRouteOptions options,
                Clock clock)
      : store_(store),
        sessions_(sessions),
        throttle_(throttle),
        options_(options),
        hashing_(options.hashing ? options.hashing : std::make_shared<HashingGate>()),
        clock_(std::move(clock)) {}

  Response Login(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    std::string email;
    std::string password;
    Status read = ReadString(body, "email", email);
    if (read.ok()) read = ReadString(body, "password", password);
    if (!read.ok()) return ErrorResponse(read);
    if (email.empty() || email.size() > 320) {
      return ErrorResponse(Status::InvalidInput("email is required", FieldLocation("email")));
    }

    // A slot for the password's verification, held until the rehash below;
    // taken before the throttle counts the attempt, so that a refused
    // request counts as nothing.
    std::optional<HashingGate::Pass> hashing = hashing_->Enter();
    if (!hashing) return HashingGate::Busy();
    Millis now = clock_();
    // Counted as a failure from here on, until the password proves right.
    auto wait = throttle_.Begin(email, request.remote_address, now);
    if (!wait.ok()) return ErrorResponse(wait.status());
    if (*wait > 0) {
      (void)Audit("anonymous", "session.login_throttled", "", "");
      Response response =
          ErrorResponse(429, "rate_limited", "too many failed sign-ins; try again later");
      response.SetHeader("Retry-After", std::to_string(*wait));
      return response;
    }

    auto user = store_.FindUserByEmail(email);
    if (!user.ok() && user.status().code() != Code::kNotFound) {
      return ErrorResponse(user.status());
    }
    bool verified = false;
    if (user.ok()) {
      verified = service::VerifyPassword(user->password_hash, password);
    } else {
      service::VerifyAgainstDummyHash(password);  // same time for unknown accounts
    }
    if (!verified || !user->active) {
      const char* detail = !user.ok()  ? "unknown account"
                           : !verified ? "wrong password"
                                       : "deactivated account";
      Status audited =
          Audit("anonymous", "session.login_failed", user.ok() ? user->id : "", detail);
      if (!audited.ok()) return ErrorResponse(audited);
      return ErrorResponse(401, "unauthenticated", "wrong email or password");
    }

    auto principal = StoreAuthenticator::PrincipalFor(*user, AuthMethod::kSessionCookie);
    if (!principal.ok()) return ErrorResponse(principal.status());
    Status reset = throttle_.Succeeded(email, request.remote_address);
    if (!reset.ok()) return ErrorResponse(reset);
    if (service::PasswordNeedsRehash(user->password_hash)) {
      // Raise an old hash to the current cost while the password is at hand.
      if (auto rehashed = service::HashPassword(password); rehashed.ok()) {
        store::User updated = *user;
        updated.password_hash = std::move(rehashed).value();
        (void)store_.UpdateUser(updated, user->id);
      }
    }
    hashing.reset();
    auto issued = sessions_.Start(user->id, now);
    if (!issued.ok()) return ErrorResponse(issued.status());
    Status audited = Audit(user->id, "session.login", user->id, "");
    if (!audited.ok()) return ErrorResponse(audited);

    Response response = JsonResponse(200, {{"user", UserJson(*principal)},
                                           {"csrf_token", issued->csrf_token},
                                           {"expires_at", issued->expires_at}});
    int64_t max_age = sessions_.policy().absolute_lifetime / 1000;
    response.AddHeader("Set-Cookie", SetCookieValue(kSessionCookie, issued->token,
                                                    Cookie(/*http_only=*/true, max_age)));
    response.AddHeader("Set-Cookie", SetCookieValue(kCsrfCookie, issued->csrf_token,
                                                    Cookie(/*http_only=*/false, max_age)));
    return response;
  }

  Response Logout(const Request& request) {
    const Principal& principal = *request.principal;
    if (principal.method == AuthMethod::kSessionCookie) {
      if (const std::string* cookies = request.Header("cookie")) {
        if (auto token = FindCookie(*cookies, kSessionCookie)) {
          Status ended = sessions_.End(*token);
          if (!ended.ok()) return ErrorResponse(ended);
        }
      }
      Status audited = Audit(principal.user_id, "session.logout", principal.user_id, "");
      if (!audited.ok()) return ErrorResponse(audited);
    }
    Response response = NoContentResponse();
    response.AddHeader("Set-Cookie", ClearCookieValue(kSessionCookie, Cookie(true, 0)));
    response.AddHeader("Set-Cookie", ClearCookieValue(kCsrfCookie, Cookie(false, 0)));
    return response;
  }

  Response WhoAmI(const Request& request) {
    const Principal& principal = *request.principal;
    nlohmann::json body = {{"user", UserJson(principal)}};
    if (principal.method == AuthMethod::kSessionCookie) {
      body["auth"] = "session";
      body["csrf_token"] = principal.csrf_token;
    } else {
      body["auth"] = "token";
    }
    return JsonResponse(200, body);
  }

 private:
  static Location FieldLocation(const char* field) {
    Location where;
    where.field = field;
    return where;
  }

  CookieOptions Cookie(bool http_only, int64_t max_age) const {
    CookieOptions cookie;
    cookie.http_only = http_only;
    cookie.secure = options_.secure_cookies;
    cookie.max_age_seconds = max_age;
    return cookie;
  }

  Status Audit(const std::string& actor, const char* action, const std::string& user_id,
               std::string_view detail) {
    store::AuditEntry entry;
    entry.actor = actor;
    entry.action = action;
    entry.object_type = "user";
    entry.object_id = user_id;
    entry.detail = std::string(detail);
    return store_.AppendAudit(entry);
  }

  Store& store_;
  Sessions& sessions_;
  LoginThrottle& throttle_;
  AuthRouteOptions options_;
  std::shared_ptr<HashingGate> hashing_;
  Clock clock_;
};

// The declarations of the sign-in routes, next to their handlers.
const EndpointTable<AuthEndpoints>& AuthTable() {
  using E = AuthEndpoints;
  static const EndpointTable<E> kTable = {
      {{.method = "POST",
        .path = "/api/v1/login",
        .access = Access::Public(),
        .tag = "session",
        .summary = "Sign in; sets the fh_session (HttpOnly) and fh_csrf cookies",
        .request = "Login",
        .response = "SignedIn",
        .errors = {400, 401, 413, 415, 422, 429, 503}},
       &E::Login},
      {{.method = "POST",
        .path = "/api/v1/logout",
        .access = Access::SignedIn(),
        .tag = "session",
        .summary = "End the session and clear its cookies",
        .success = 204,
        .errors = {401, 403}},
       &E::Logout},
      {{.method = "GET",
        .path = "/api/v1/session",
        .access = Access::SignedIn(),
        .tag = "session",
        .summary = "Who is signed in",
        .response = "WhoAmI",
        .errors = {401}},
       &E::WhoAmI},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> AuthOperations() { return OperationsOf(AuthTable()); }

Status AddAuthRoutes(Router& router, Store& store, Sessions& sessions, LoginThrottle& throttle,
                     AuthRouteOptions options, Clock clock) {
  return AddEndpoints(
      router, std::make_shared<AuthEndpoints>(store, sessions, throttle, options, std::move(clock)),
      AuthTable());
}

}  // namespace firsthire::http

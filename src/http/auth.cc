#include "http/auth.h"

#include <sodium.h>

#include "http/cookie.h"
#include "service/api_token.h"
#include "store/secret_hash.h"

namespace firsthire::http {
namespace {

// Store "not found" means a bad credential; outages stay outages.
Status AsAuthFailure(const Status& status, const char* message) {
  if (status.code() == Code::kNotFound) return Status::Unauthenticated(message);
  if (status.code() == Code::kUnavailable) return status;
  return Status::Internal(status.message());
}

}  // namespace

StoreAuthenticator::StoreAuthenticator(Store& store, Sessions& sessions, Clock clock)
    : store_(store), sessions_(sessions), clock_(std::move(clock)) {}

Result<Principal> StoreAuthenticator::PrincipalFor(const store::User& user, AuthMethod method) {
  if (!user.active) return Status::Unauthenticated("this account is deactivated");
  std::optional<Role> role = ParseRole(user.role);
  if (!role) return Status::PermissionDenied("this account has no known role");
  Principal principal;
  principal.user_id = user.id;
  principal.email = user.email;
  principal.name = user.name;
  principal.role = *role;
  principal.method = method;
  return principal;
}

Result<Principal> StoreAuthenticator::Authenticate(const Request& request) {
  if (const std::string* authorization = request.Header("authorization")) {
    std::string_view value = *authorization;
    constexpr std::string_view kBearer = "Bearer ";
    if (value.size() <= kBearer.size() ||
        !EqualsIgnoreCase(value.substr(0, kBearer.size()), kBearer)) {
      return Status::Unauthenticated("only Bearer API tokens are accepted");
    }
    value.remove_prefix(kBearer.size());
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    return FromBearer(value);
  }
  if (const std::string* cookies = request.Header("cookie")) {
    if (auto token = FindCookie(*cookies, kSessionCookie)) return FromSession(*token);
  }
  return Status::Unauthenticated("sign in first");
}

Result<Principal> StoreAuthenticator::FromBearer(std::string_view token) {
  if (!service::LooksLikeApiToken(token)) return Status::Unauthenticated("invalid API token");
  auto user = store_.FindUserByApiToken(Sha256Hex(token));
  if (!user.ok()) return AsAuthFailure(user.status(), "invalid or revoked API token");
  return PrincipalFor(*user, AuthMethod::kBearerToken);
}

Result<Principal> StoreAuthenticator::FromSession(std::string_view token) {
  auto session = sessions_.Resume(token, clock_());
  if (!session.ok()) return AsAuthFailure(session.status(), "session expired; sign in again");
  auto user = store_.GetUser(session->user_id);
  if (!user.ok()) return AsAuthFailure(user.status(), "session expired; sign in again");
  FH_ASSIGN_OR_RETURN(Principal principal, PrincipalFor(*user, AuthMethod::kSessionCookie));
  principal.csrf_token = session->csrf_token;
  return principal;
}

Status StoreAuthenticator::VerifyCsrf(const Request& request, const Principal& principal) {
  if (principal.method != AuthMethod::kSessionCookie) return Status::Ok();
  const std::string* sent = request.Header(kCsrfHeader);
  const std::string& expected = principal.csrf_token;
  if (sent == nullptr || expected.empty() || sent->size() != expected.size() ||
      sodium_memcmp(sent->data(), expected.data(), expected.size()) != 0) {
    return Status::PermissionDenied(std::string("missing or wrong ") + kCsrfHeader + " header");
  }
  return Status::Ok();
}

}  // namespace firsthire::http

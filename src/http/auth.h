// StoreAuthenticator: identifies callers from the Store (sessions, API
// tokens, users), for the Dispatcher.
//
// Credentials, in order:
//   1. "Authorization: Bearer <api token>": the token must be active and its
//      user active. Such requests need no CSRF token (browsers never attach
//      this header on their own). Any other Authorization scheme is 401.
//   2. The session cookie kSessionCookie: the session must be live (see
//      Sessions) and its user active.
// Unsafe methods (POST, PUT, PATCH, DELETE) with a session cookie must send
// the session's CSRF token in the kCsrfHeader header; it was returned in the
// sign-in response body and is also in the readable cookie kCsrfCookie
// (double submit). It is compared in constant time with the stored one.
//
// An account whose stored role is not one of the three known roles is
// refused (deny by default).
#ifndef FIRSTHIRE_HTTP_AUTH_H_
#define FIRSTHIRE_HTTP_AUTH_H_

#include <functional>

#include "http/authenticator.h"
#include "http/session.h"
#include "store/store.h"

namespace firsthire::http {

inline constexpr char kSessionCookie[] = "fh_session";
inline constexpr char kCsrfCookie[] = "fh_csrf";
inline constexpr char kCsrfHeader[] = "X-CSRF-Token";

class StoreAuthenticator : public Authenticator {
 public:
  // `store` and `sessions` must outlive this object. `clock` gives "now"
  // (tests pass their own).
  StoreAuthenticator(Store& store, Sessions& sessions, Clock clock = SystemMillis);

  Result<Principal> Authenticate(const Request& request) override;
  Status VerifyCsrf(const Request& request, const Principal& principal) override;

  // The Principal for a stored user (kPermissionDenied for an unknown role,
  // kUnauthenticated for a deactivated account).
  static Result<Principal> PrincipalFor(const store::User& user, AuthMethod method);

 private:
  Result<Principal> FromBearer(std::string_view token);
  Result<Principal> FromSession(std::string_view token);

  Store& store_;
  Sessions& sessions_;
  Clock clock_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_AUTH_H_

// Sessions: browser sign-ins kept in the Store, never in memory, so every
// server process on one database sees the same sessions.
//
// A session token is 128 random bits (32 hex characters) from libsodium's
// CSPRNG; it lives only in the client's HttpOnly cookie. The store keeps its
// SHA-256 (Sha256Hex) as the key, so a database leak gives no usable token.
// Each session also has its own 128-bit CSRF token (see auth.h).
//
// Expiry: a session ends after `idle_lifetime` without use and at the latest
// `absolute_lifetime` after sign-in. Use extends it (sliding expiry), written
// to the store at most once per `touch_interval` to keep reads cheap.
#ifndef FIRSTHIRE_HTTP_SESSION_H_
#define FIRSTHIRE_HTTP_SESSION_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::http {

struct SessionPolicy {
  Millis idle_lifetime = 8LL * 3600 * 1000;           // 8 hours
  Millis absolute_lifetime = 7LL * 24 * 3600 * 1000;  // 7 days
  Millis touch_interval = 60LL * 1000;                // 1 minute
};

// What the client receives at sign-in. `token` goes into the session cookie;
// `csrf_token` into the response body and the readable CSRF cookie.
struct IssuedSession {
  std::string token;
  std::string csrf_token;
  Millis expires_at = 0;
};

class Sessions {
 public:
  // `store` must outlive this object.
  explicit Sessions(Store& store, SessionPolicy policy = {});

  // Starts a session for `user_id` at `now`.
  Result<IssuedSession> Start(const std::string& user_id, Millis now);

  // The live session behind `token`, extended when due. kNotFound when the
  // token is malformed, unknown or expired; kUnavailable when the store is.
  Result<store::Session> Resume(std::string_view token, Millis now);

  // Ends the session behind `token` (ok when there is none).
  Status End(std::string_view token);

  const SessionPolicy& policy() const { return policy_; }

  // True for a string shaped like a token this class issues.
  static bool LooksLikeToken(std::string_view token);

 private:
  Store& store_;
  SessionPolicy policy_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_SESSION_H_

// The sign-in endpoints:
//
//   POST /api/v1/login   public. Body {email, password}. 200 with
//        {user: {id, email, name, role}, csrf_token, expires_at} and two
//        cookies: kSessionCookie (the session token; HttpOnly) and
//        kCsrfCookie (the CSRF token, readable by the page). Wrong email or
//        password: 401, the same answer and similar time for both. Too many
//        failures (LoginThrottle): 429 with Retry-After. More sign-ins at
//        once than the HashingGate admits: 503 "busy" with Retry-After,
//        nothing counted or written. Malformed JSON 400,
//        missing fields 422, a non-JSON Content-Type 415.
//   POST /api/v1/logout  signed in (so a cookie caller sends X-CSRF-Token).
//        Ends the session and clears both cookies; 204.
//   GET  /api/v1/session signed in. {user, auth: "session"|"token",
//        csrf_token (sessions only)}: lets the page recover after a reload.
//
// Sign-ins, sign-outs, failed and refused attempts go to the audit log
// (actions "session.login", "session.logout", "session.login_failed",
// "session.login_throttled"), without emails or addresses.
#ifndef FIRSTHIRE_HTTP_AUTH_ROUTES_H_
#define FIRSTHIRE_HTTP_AUTH_ROUTES_H_

#include <memory>

#include "firsthire/status.h"
#include "http/auth.h"
#include "http/cookie.h"
#include "http/hashing_gate.h"
#include "http/login_throttle.h"
#include "http/operation.h"
#include "http/router.h"
#include "http/session.h"
#include "store/store.h"

namespace firsthire::http {

struct AuthRouteOptions {
  bool secure_cookies = false;  // add Secure to cookies (behind TLS)
  // Bounds the password verifications of sign-in (null: a gate of its own
  // with HashingOptions' defaults). A sign-in it refuses is answered 503
  // "busy" with Retry-After before anything is counted or written.
  std::shared_ptr<HashingGate> hashing;
};

// The three routes' declarations.
std::vector<Operation> AuthOperations();

// Registers the three routes. Every reference must outlive the router.
Status AddAuthRoutes(Router& router, Store& store, Sessions& sessions, LoginThrottle& throttle,
                     AuthRouteOptions options = {}, Clock clock = SystemMillis);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_AUTH_ROUTES_H_

// Authenticator: the interface between the Dispatcher and the security layer.
// The Dispatcher knows routes and roles; an Authenticator knows how a
// request proves who sent it (session cookie, bearer token) and how a
// cookie-authenticated write proves it was not forged (CSRF token).
#ifndef FIRSTHIRE_HTTP_AUTHENTICATOR_H_
#define FIRSTHIRE_HTTP_AUTHENTICATOR_H_

#include "firsthire/status.h"
#include "http/principal.h"
#include "http/request.h"

namespace firsthire::http {

class Authenticator {
 public:
  virtual ~Authenticator() = default;

  // The caller behind `request`. kUnauthenticated when the request carries
  // no valid credential; kUnavailable when the store cannot be asked.
  virtual Result<Principal> Authenticate(const Request& request) = 0;

  // For a cookie-authenticated request with an unsafe method: ok when the
  // request carries `principal`'s CSRF token, else kPermissionDenied.
  virtual Status VerifyCsrf(const Request& request, const Principal& principal) = 0;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_AUTHENTICATOR_H_

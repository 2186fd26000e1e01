// GET /healthz: liveness and database reachability, public.
//   200 {"status": "ok", "database": "<backend>"} when the store answers a
//   ping (or there is no store); 503 {"error": {"code": "unavailable", ...}}
//   when it does not.
#ifndef FIRSTHIRE_HTTP_HEALTH_H_
#define FIRSTHIRE_HTTP_HEALTH_H_

#include "firsthire/status.h"
#include "http/router.h"
#include "store/store.h"

namespace firsthire::http {

// `store` may be null; otherwise it must outlive the router.
Status AddHealthRoute(Router& router, Store* store);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_HEALTH_H_

// The API's route groups. Each Add*Routes registers its routes, each with an
// explicit Access (see the role table in docs/api.md), on `router`; the
// handlers keep `context` (its references must outlive the router).
// Failure: the router refused a route (a programming error).
#ifndef FIRSTHIRE_HTTP_API_ROUTES_H_
#define FIRSTHIRE_HTTP_API_ROUTES_H_

#include "firsthire/status.h"
#include "http/api_request.h"
#include "http/login_throttle.h"
#include "http/router.h"

namespace firsthire::http {

// POST /assess, /kit, /plan, /score, /review, /team (signed in);
// GET /playbook and /openapi.json (public).
Status AddEngineRoutes(Router& router, ApiContext context);

// /users (admins; hiring managers may list and read) and /audit (admins).
Status AddUserRoutes(Router& router, ApiContext context);

// /candidates, their export, erasure and decisions.
Status AddCandidateRoutes(Router& router, ApiContext context);

// POST /candidates/import (admins, hiring managers): a CSV or JSON Resume
// file stored in one transaction.
Status AddCandidateImportRoutes(Router& router, ApiContext context);

// /candidates/{id}/scorecards, .../scorecards/mine and
// /candidates/{id}/evaluation (blind rule).
Status AddScorecardRoutes(Router& router, ApiContext context);

// /briefs, /openings, /interviews, /team-members, /proposals, /plans.
Status AddRecordRoutes(Router& router, ApiContext context);

// /openings/{id}/pipeline (the board's counts) and /me/interviews (the
// caller's interviews and their scorecards' progress); signed in.
Status AddLoopRoutes(Router& router, ApiContext context);

// POST /users/{id}/reset (admins), POST /password (public, throttled like
// sign-in) and PUT /me/password (signed in). `throttle` must outlive the
// router.
Status AddAccountRoutes(Router& router, ApiContext context, LoginThrottle& throttle);

// Accesses used by the groups, named once.
Access ManagersOnly();  // admin, hiring_manager
Access AdminsOnly();    // admin

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_API_ROUTES_H_

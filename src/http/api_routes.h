// The API's route groups. Each group declares its operations once, in a table
// next to its handlers (operation.h): *Operations() lists the declarations
// (for the OpenAPI document and the role table in docs/api.md) and
// Add*Routes registers the same table on `router`; the handlers keep
// `context` (its references must outlive the router).
// Failure: the router refused a route (a programming error).
#ifndef FIRSTHIRE_HTTP_API_ROUTES_H_
#define FIRSTHIRE_HTTP_API_ROUTES_H_

#include "firsthire/status.h"
#include "http/api_request.h"
#include "http/login_throttle.h"
#include "http/operation.h"
#include "http/router.h"

namespace firsthire::http {

// POST /assess, /kit, /plan, /score, /review, /team (signed in);
// GET /playbook and /openapi.json (public).
std::vector<Operation> EngineOperations();
Status AddEngineRoutes(Router& router, ApiContext context);

// /users (admins; hiring managers may list and read) and /audit (admins).
std::vector<Operation> UserOperations();
Status AddUserRoutes(Router& router, ApiContext context);

// /candidates, their export, erasure and decisions.
std::vector<Operation> CandidateOperations();
Status AddCandidateRoutes(Router& router, ApiContext context);

// POST /candidates/import (admins, hiring managers): a CSV or JSON Resume
// file stored in one transaction.
std::vector<Operation> CandidateImportOperations();
Status AddCandidateImportRoutes(Router& router, ApiContext context);

// /candidates/{id}/scorecards, .../scorecards/mine and
// /candidates/{id}/evaluation (blind rule).
std::vector<Operation> ScorecardOperations();
Status AddScorecardRoutes(Router& router, ApiContext context);

// /briefs, /openings, /interviews, /team-members, /proposals, /plans.
std::vector<Operation> RecordOperations();
Status AddRecordRoutes(Router& router, ApiContext context);

// /openings/{id}/pipeline (the board's counts) and /me/interviews (the
// caller's interviews and their scorecards' progress); signed in.
std::vector<Operation> LoopOperations();
Status AddLoopRoutes(Router& router, ApiContext context);

// POST /users/{id}/reset (admins), POST /password (public, throttled like
// sign-in) and PUT /me/password (signed in). `throttle` must outlive the
// router.
std::vector<Operation> AccountOperations();
Status AddAccountRoutes(Router& router, ApiContext context, LoginThrottle& throttle);

// GET /calibration and /outcomes, POST /plans/{id}/outcome (admins, hiring
// managers).
std::vector<Operation> InsightOperations();
Status AddInsightRoutes(Router& router, ApiContext context);

// Accesses used by the groups, named once.
Access ManagersOnly();  // admin, hiring_manager
Access AdminsOnly();    // admin

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_API_ROUTES_H_

#include "http/openapi.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

namespace firsthire::http {
namespace {

using nlohmann::json;

// Who may call an operation (mirrors each route's Access).
enum class Who { kPublic, kSignedIn, kManagers, kAdmins };

struct Operation {
  const char* method;
  std::string path;
  const char* tag;
  std::string summary;
  Who who;
  const char* request;   // component schema of the JSON body, or nullptr
  int success;           // 200, 201 or 204
  const char* response;  // component schema of the answer, or nullptr
  std::vector<int> errors;
  std::vector<const char*> query;  // query parameter names (see QueryParameter)
  bool list = false;               // the answer is a page of `response` items
};

// Errors every caller of a protected JSON-body operation may meet.
const std::vector<int> kRead = {401, 403, 404};
const std::vector<int> kList = {401, 403, 422};
const std::vector<int> kWrite = {400, 401, 403, 404, 413, 415, 422};
const std::vector<int> kCreate = {400, 401, 403, 409, 413, 415, 422};
const std::vector<int> kDelete = {401, 403, 404, 409};
const std::vector<int> kEngine = {400, 401, 403, 413, 415, 422};

const std::vector<Operation>& Operations() {
  static const std::vector<Operation> kOperations = {
      // Service
      {"GET",
       "/healthz",
       "service",
       "Liveness and database reachability",
       Who::kPublic,
       nullptr,
       200,
       "Health",
       {503},
       {}},
      {"GET",
       "/api/v1/openapi.json",
       "service",
       "This document",
       Who::kPublic,
       nullptr,
       200,
       "OpenApiDocument",
       {},
       {}},
      {"GET",
       "/api/v1/playbook",
       "service",
       "The playbook in use, as JSON",
       Who::kPublic,
       nullptr,
       200,
       "PlaybookDocument",
       {},
       {}},
      // Sign-in
      {"POST",
       "/api/v1/login",
       "session",
       "Sign in; sets the fh_session (HttpOnly) and fh_csrf cookies",
       Who::kPublic,
       "Login",
       200,
       "SignedIn",
       {400, 401, 413, 415, 422, 429},
       {}},
      {"POST",
       "/api/v1/logout",
       "session",
       "End the session and clear its cookies",
       Who::kSignedIn,
       nullptr,
       204,
       nullptr,
       {401, 403},
       {}},
      {"GET",
       "/api/v1/session",
       "session",
       "Who is signed in",
       Who::kSignedIn,
       nullptr,
       200,
       "WhoAmI",
       {401},
       {}},
      // Stateless engines (the CLI verbs)
      {"POST",
       "/api/v1/assess",
       "engines",
       "firsthire assess: readiness, first hire, route",
       Who::kSignedIn,
       "BriefDocument",
       200,
       "Assessment",
       kEngine,
       {}},
      {"POST",
       "/api/v1/kit",
       "engines",
       "firsthire kit: the interview kit for the brief's role",
       Who::kSignedIn,
       "BriefDocument",
       200,
       "Kit",
       kEngine,
       {"for"}},
      {"POST",
       "/api/v1/plan",
       "engines",
       "firsthire plan: the 30-60-90 day plan",
       Who::kSignedIn,
       "BriefDocument",
       200,
       "PlanRecord",
       kEngine,
       {}},
      {"POST",
       "/api/v1/score",
       "engines",
       "firsthire score: one candidate's scorecards evaluated",
       Who::kSignedIn,
       "ScorecardsDocument",
       200,
       "Evaluation",
       kEngine,
       {}},
      {"POST",
       "/api/v1/review",
       "engines",
       "firsthire review: a vendor proposal reviewed",
       Who::kSignedIn,
       "ProposalDocument",
       200,
       "ProposalReview",
       kEngine,
       {}},
      {"POST",
       "/api/v1/team",
       "engines",
       "firsthire team: coverage, gaps, warnings and (with candidates) the best hires",
       Who::kSignedIn,
       "TeamDocument",
       200,
       "TeamRecord",
       kEngine,
       {"hires", "budget"}},
      // Users and audit
      {"GET",
       "/api/v1/users",
       "users",
       "List accounts",
       Who::kManagers,
       nullptr,
       200,
       "User",
       kList,
       {"limit", "offset"},
       true},
      {"POST",
       "/api/v1/users",
       "users",
       "Create an account (without a password: an invitation)",
       Who::kAdmins,
       "UserCreate",
       201,
       "User",
       kCreate,
       {}},
      {"GET",
       "/api/v1/users/{id}",
       "users",
       "One account",
       Who::kManagers,
       nullptr,
       200,
       "User",
       kRead,
       {}},
      {"PATCH",
       "/api/v1/users/{id}",
       "users",
       "Rename, change role, (de)activate or set the password",
       Who::kAdmins,
       "UserUpdate",
       200,
       "User",
       {400, 401, 403, 404, 409, 413, 415, 422},
       {}},
      {"GET",
       "/api/v1/audit",
       "users",
       "The audit log, newest first",
       Who::kAdmins,
       nullptr,
       200,
       "AuditEntry",
       kList,
       {"limit", "offset", "object_type", "object_id", "actor"},
       true},
      // Candidates
      {"GET",
       "/api/v1/candidates",
       "candidates",
       "List and search candidates",
       Who::kSignedIn,
       nullptr,
       200,
       "Candidate",
       kList,
       {"limit", "offset", "q", "opening_id", "status"},
       true},
      {"POST",
       "/api/v1/candidates",
       "candidates",
       "Add a candidate",
       Who::kManagers,
       "CandidateInput",
       201,
       "Candidate",
       kCreate,
       {}},
      {"GET",
       "/api/v1/candidates/{id}",
       "candidates",
       "One candidate",
       Who::kSignedIn,
       nullptr,
       200,
       "Candidate",
       kRead,
       {}},
      {"PATCH",
       "/api/v1/candidates/{id}",
       "candidates",
       "Change a candidate",
       Who::kManagers,
       "CandidateInput",
       200,
       "Candidate",
       kWrite,
       {}},
      {"DELETE",
       "/api/v1/candidates/{id}",
       "candidates",
       "Erase a candidate's personal data (scorecards kept anonymised)",
       Who::kManagers,
       nullptr,
       204,
       nullptr,
       {401, 403, 404},
       {}},
      {"GET",
       "/api/v1/candidates/{id}/export",
       "candidates",
       "Everything stored about a candidate",
       Who::kManagers,
       nullptr,
       200,
       "CandidateExport",
       kRead,
       {}},
      {"GET",
       "/api/v1/candidates/{id}/decisions",
       "candidates",
       "Decisions, newest first",
       Who::kManagers,
       nullptr,
       200,
       "DecisionList",
       kRead,
       {}},
      {"POST",
       "/api/v1/candidates/{id}/decisions",
       "candidates",
       "Record a decision",
       Who::kManagers,
       "DecisionInput",
       201,
       "Decision",
       kWrite,
       {}},
      {"GET",
       "/api/v1/candidates/{id}/scorecards",
       "scorecards",
       "Scorecards (an interviewer only after submitting their own)",
       Who::kSignedIn,
       nullptr,
       200,
       "ScorecardList",
       kRead,
       {}},
      {"POST",
       "/api/v1/candidates/{id}/scorecards",
       "scorecards",
       "Save the caller's scorecard (a draft, or submitted and locked)",
       Who::kSignedIn,
       "ScorecardInput",
       201,
       "Scorecard",
       {400, 401, 403, 404, 409, 413, 415, 422},
       {}},
      {"GET",
       "/api/v1/candidates/{id}/evaluation",
       "scorecards",
       "firsthire score over the submitted scorecards",
       Who::kSignedIn,
       nullptr,
       200,
       "Evaluation",
       {401, 403, 404, 409},
       {}},
  };
  return kOperations;
}

// The CRUD operations of the simpler resources, generated alike.
struct ResourceDoc {
  const char* path;
  const char* tag;
  const char* noun;
  const char* schema;
  const char* input;
  Who read;
  std::vector<const char*> filters;
};

const std::vector<ResourceDoc>& Resources() {
  static const std::vector<ResourceDoc> kResources = {
      {"/api/v1/briefs", "briefs", "brief", "Brief", "BriefInput", Who::kManagers, {}},
      {"/api/v1/openings",
       "openings",
       "opening",
       "Opening",
       "OpeningInput",
       Who::kSignedIn,
       {"brief_id", "status"}},
      {"/api/v1/interviews",
       "interviews",
       "interview",
       "Interview",
       "InterviewInput",
       Who::kSignedIn,
       {"candidate_id", "interviewer_id"}},
      {"/api/v1/team-members",
       "team",
       "team member",
       "TeamMember",
       "TeamMemberInput",
       Who::kManagers,
       {}},
      {"/api/v1/proposals",
       "proposals",
       "proposal",
       "Proposal",
       "ProposalInput",
       Who::kManagers,
       {}},
      {"/api/v1/plans",
       "plans",
       "plan",
       "Plan",
       "PlanInput",
       Who::kManagers,
       {"opening_id", "candidate_id"}},
  };
  return kResources;
}

std::vector<Operation> AllOperations() {
  std::vector<Operation> all = Operations();
  for (const ResourceDoc& r : Resources()) {
    std::string item = std::string(r.path) + "/{id}";
    std::vector<const char*> query = {"limit", "offset"};
    query.insert(query.end(), r.filters.begin(), r.filters.end());
    bool is_plan = std::string_view(r.schema) == "Plan";
    all.push_back({"GET", r.path, r.tag, std::string("List ") + r.noun + "s", r.read, nullptr, 200,
                   r.schema, kList, query, true});
    all.push_back({"POST",
                   r.path,
                   r.tag,
                   std::string("Create a ") + r.noun,
                   Who::kManagers,
                   r.input,
                   201,
                   r.schema,
                   kCreate,
                   {}});
    all.push_back({"GET",
                   item,
                   r.tag,
                   std::string("One ") + r.noun,
                   r.read,
                   nullptr,
                   200,
                   r.schema,
                   kRead,
                   {}});
    all.push_back(
        {"PATCH",
         item,
         r.tag,
         is_plan ? std::string("Record deliverable progress") : std::string("Change a ") + r.noun,
         Who::kManagers,
         is_plan ? "PlanStatusInput" : r.input,
         200,
         r.schema,
         kWrite,
         {}});
    all.push_back({"DELETE",
                   item,
                   r.tag,
                   std::string("Delete a ") + r.noun,
                   Who::kManagers,
                   nullptr,
                   204,
                   nullptr,
                   kDelete,
                   {}});
  }
  return all;
}

json Ref(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }

json Str() { return {{"type", "string"}}; }
json NullableStr() { return {{"type", json::array({"string", "null"})}}; }
json Int() { return {{"type", "integer"}}; }
json Bool() { return {{"type", "boolean"}}; }
json Obj() { return {{"type", "object"}}; }
json ArrayOf(json items) { return {{"type", "array"}, {"items", std::move(items)}}; }

json Object(std::initializer_list<std::pair<const char*, json>> properties,
            std::initializer_list<const char*> required = {}, const char* description = nullptr) {
  json schema = {{"type", "object"}, {"properties", json::object()}};
  for (const auto& [name, property] : properties) schema["properties"][name] = property;
  if (required.size() > 0) {
    schema["required"] = json::array();
    for (const char* name : required) schema["required"].push_back(name);
  }
  if (description != nullptr) schema["description"] = description;
  return schema;
}

json Timestamps(json schema) {
  schema["properties"]["created_at"] = {{"type", "integer"},
                                        {"description", "milliseconds since 1970, UTC"}};
  schema["properties"]["updated_at"] = {{"type", "integer"},
                                        {"description", "milliseconds since 1970, UTC"}};
  return schema;
}

json Schemas() {
  json s = json::object();
  s["Error"] =
      Object({{"error", Object({{"code", Str()}, {"message", Str()}, {"field", NullableStr()}},
                               {"code", "message", "field"})}},
             {"error"},
             "Every error. code: invalid_input, unauthenticated, permission_denied, csrf_failed, "
             "not_found, method_not_allowed, already_exists, too_large, unsupported_media_type, "
             "rate_limited, no_submitted_scorecards, internal, unavailable. field: the path of the "
             "offending value (the loader's path for documents), else null.");
  s["Health"] = Object({{"status", Str()}, {"database", Str()}}, {"status"});
  s["OpenApiDocument"] = Object({{"openapi", Str()}, {"paths", Obj()}}, {"openapi", "paths"});
  s["PlaybookDocument"] = Object({{"version", {}}, {"reviewed", {}}}, {},
                                 "The playbook (playbook/default.yaml) as JSON");
  s["Login"] = Object({{"email", Str()}, {"password", Str()}}, {"email", "password"});
  s["SessionUser"] =
      Object({{"id", Str()}, {"email", Str()}, {"name", Str()}, {"role", Ref("Role")}});
  s["Role"] = {{"type", "string"}, {"enum", {"admin", "hiring_manager", "interviewer"}}};
  s["SignedIn"] = Object(
      {{"user", Ref("SessionUser")}, {"csrf_token", Str()}, {"expires_at", Int()}},
      {"user", "csrf_token", "expires_at"},
      "Send csrf_token as X-CSRF-Token on every cookie-authenticated POST, PATCH and DELETE");
  s["WhoAmI"] = Object({{"user", Ref("SessionUser")},
                        {"auth", {{"type", "string"}, {"enum", {"session", "token"}}}},
                        {"csrf_token", Str()}},
                       {"user", "auth"});
  // Engine documents (inputs): exactly what the CLI reads, as JSON.
  s["BriefDocument"] =
      Object({{"workflow", Object({{"name", Str()},
                                   {"description", Str()},
                                   {"runs_per_week", {}},
                                   {"standard_product_exists", Bool()}},
                                  {"name"})},
              {"metric", Obj()},
              {"data", Obj()},
              {"constraints", Obj()},
              {"owner", Obj()},
              {"shape", Str()},
              {"organisation", Obj()}},
             {"workflow"}, "A brief (SPEC section 2), as `firsthire assess` reads it");
  s["ScorecardsDocument"] =
      Object({{"candidate", Object({{"id", Str()}, {"name", Str()}}, {"name"})},
              {"scorecards",
               ArrayOf(Object({{"interviewer", Str()},
                               {"scores", {{"type", "object"}, {"additionalProperties", Int()}}},
                               {"notes", {{"type", "object"}, {"additionalProperties", Str()}}},
                               {"red_flags", ArrayOf(Str())}},
                              {"interviewer", "scores"}))}},
             {"candidate", "scorecards"}, "As `firsthire score` reads it");
  s["ProposalDocument"] = Object({{"vendor", Object({{"name", Str()}, {"route", Str()}}, {"name"})},
                                  {"summary", Str()},
                                  {"answers", Obj()},
                                  {"deliverables", ArrayOf(Str())},
                                  {"handoff", Obj()},
                                  {"pricing", Obj()}},
                                 {"vendor"}, "As `firsthire review` reads it");
  s["TeamDocument"] = Object(
      {{"members", ArrayOf(Ref("TeamMemberDocument"))},
       {"shape", Str()},
       {"planned_hires", Int()},
       {"candidates",
        {{"type", "array"},
         {"items", Obj()},
         {"description", "optional pool ({id, name, traits, codes, cost}), as --candidates"}}}},
      {"members"}, "As `firsthire team` reads it, plus the optional pool");
  s["TeamMemberDocument"] =
      Object({{"name", Str()},
              {"traits", {{"type", "object"}, {"additionalProperties", Int()}}},
              {"codes", Bool()},
              {"role", Str()}},
             {"name"});
  // Engine records (outputs): what `--format json` prints.
  s["Assessment"] = Object(
      {{"playbook", Obj()},
       {"readiness",
        Object(
            {{"verdict", Str()},
             {"criteria", ArrayOf(Object({{"id", Str()}, {"pass", Bool()}, {"reason", Str()}}))}})},
       {"buyer_problem", Obj()},
       {"first_hire", Obj()},
       {"route", Obj()},
       {"risks", ArrayOf(Obj())},
       {"next_steps", ArrayOf(Obj())}},
      {"playbook", "readiness", "buyer_problem", "first_hire", "route", "risks", "next_steps"});
  s["Kit"] = Object({{"playbook", Obj()},
                     {"audience", Str()},
                     {"role", Obj()},
                     {"scale", Obj()},
                     {"categories", ArrayOf(Obj())},
                     {"questions", ArrayOf(Obj())}},
                    {"playbook", "audience", "role", "categories", "questions"});
  s["PlanRecord"] = Object({{"playbook", Obj()}, {"windows", ArrayOf(Obj())}, {"go_no_go", Obj()}},
                           {"playbook", "windows", "go_no_go"});
  s["Evaluation"] =
      Object({{"categories", {}},
              {"gate", Object({{"risky_first_hire", Bool()}, {"failing", ArrayOf(Str())}})},
              {"red_flags", ArrayOf(Obj())},
              {"disagreements", ArrayOf(Obj())},
              {"recommendation", Obj()}},
             {"categories", "gate", "red_flags", "disagreements", "recommendation"});
  s["ProposalReview"] = {{"type", "object"},
                         {"description", "As `firsthire review --format json`"}};
  s["TeamRecord"] =
      Object({{"coverage", Object({{"score", {{"type", "number"}}}, {"traits", Obj()}})},
              {"gaps", ArrayOf(Obj())},
              {"warnings", ArrayOf(Obj())},
              {"best_hires", Object({{"picks", ArrayOf(Str())},
                                     {"objective", {{"type", "number"}}},
                                     {"cost", {{"type", "number"}}},
                                     {"optimal", Bool()}})}},
             {"coverage", "gaps", "warnings"});
  // Resources.
  s["User"] = Timestamps(Object(
      {{"id", Str()}, {"email", Str()}, {"name", Str()}, {"role", Ref("Role")}, {"active", Bool()}},
      {"id", "email", "name", "role", "active"}));
  s["UserCreate"] = Object({{"email", Str()},
                            {"name", Str()},
                            {"role", Ref("Role")},
                            {"password", {{"type", "string"}, {"minLength", 8}}}},
                           {"email", "name", "role"});
  s["UserUpdate"] = Object({{"name", Str()},
                            {"role", Ref("Role")},
                            {"active", Bool()},
                            {"password", {{"type", "string"}, {"minLength", 8}}}});
  s["AuditEntry"] = Object({{"seq", Int()},
                            {"at", Int()},
                            {"actor", Str()},
                            {"action", Str()},
                            {"object_type", Str()},
                            {"object_id", Str()},
                            {"detail", Str()}});
  s["Candidate"] = Timestamps(Object({{"id", Str()},
                                      {"opening_id", NullableStr()},
                                      {"name", Str()},
                                      {"email", Str()},
                                      {"profile", {}},
                                      {"status", Str()},
                                      {"erased", Bool()}},
                                     {"id", "name", "email", "status", "erased"}));
  s["CandidateInput"] = Object({{"name", Str()},
                                {"email", Str()},
                                {"opening_id", Str()},
                                {"status", Str()},
                                {"profile", Obj()}},
                               {}, "name is required when creating");
  s["CandidateExport"] = Object({{"candidate", Obj()},
                                 {"interviews", ArrayOf(Obj())},
                                 {"scorecards", ArrayOf(Obj())},
                                 {"decisions", ArrayOf(Obj())},
                                 {"plans", ArrayOf(Obj())}},
                                {"candidate", "interviews", "scorecards", "decisions", "plans"});
  s["Decision"] = Object({{"id", Str()},
                          {"candidate_id", Str()},
                          {"decision", Str()},
                          {"reason", Str()},
                          {"rule", Str()},
                          {"decided_by", Str()},
                          {"created_at", Int()}});
  s["DecisionInput"] =
      Object({{"decision", {{"type", "string"}, {"enum", {"hire", "reject", "hold"}}}},
              {"reason", Str()},
              {"rule", Str()}},
             {"decision"});
  s["DecisionList"] = Object({{"items", ArrayOf(Ref("Decision"))}}, {"items"});
  s["Scorecard"] =
      Timestamps(Object({{"id", Str()},
                         {"candidate_id", Str()},
                         {"interviewer_id", Str()},
                         {"scores", {{"type", "object"}, {"additionalProperties", Int()}}},
                         {"notes", Obj()},
                         {"red_flags", ArrayOf(Str())},
                         {"state", {{"type", "string"}, {"enum", {"draft", "submitted"}}}},
                         {"submitted_at", Int()}}));
  s["ScorecardInput"] = Object({{"scores",
                                 {{"type", "object"},
                                  {"additionalProperties", Int()},
                                  {"description", "interview category id -> 1..5"}}},
                                {"notes", {{"type", "object"}, {"additionalProperties", Str()}}},
                                {"red_flags", ArrayOf(Str())},
                                {"submit",
                                 {{"type", "boolean"},
                                  {"default", true},
                                  {"description", "false keeps an editable draft"}}}},
                               {"scores"});
  s["ScorecardList"] = Object({{"items", ArrayOf(Ref("Scorecard"))}}, {"items"});
  s["Brief"] = Timestamps(Object({{"id", Str()},
                                  {"title", Str()},
                                  {"brief", Ref("BriefDocument")},
                                  {"assessment", Ref("Assessment")}}));
  s["BriefInput"] = Object({{"title", Str()}, {"brief", Ref("BriefDocument")}}, {},
                           "brief is required when creating");
  s["Opening"] = Timestamps(Object({{"id", Str()},
                                    {"title", Str()},
                                    {"brief_id", NullableStr()},
                                    {"archetype", Str()},
                                    {"status", Str()},
                                    {"kit", {}},
                                    {"plan", {}}}));
  s["OpeningInput"] =
      Object({{"title", Str()}, {"brief_id", Str()}, {"status", Str()}, {"archetype", Str()}}, {},
             "title is required when creating");
  s["Interview"] = Timestamps(Object({{"id", Str()},
                                      {"candidate_id", Str()},
                                      {"interviewer_id", NullableStr()},
                                      {"scheduled_at", Int()},
                                      {"kind", Str()},
                                      {"status", Str()},
                                      {"notes", Str()}}));
  s["InterviewInput"] = Object({{"candidate_id", Str()},
                                {"interviewer_id", Str()},
                                {"scheduled_at", Int()},
                                {"kind", Str()},
                                {"status", Str()},
                                {"notes", Str()}},
                               {}, "candidate_id is required when creating, fixed afterwards");
  s["TeamMember"] =
      Timestamps(Object({{"id", Str()}, {"name", Str()}, {"traits", Obj()}, {"codes", Bool()}}));
  s["TeamMemberInput"] = Object({{"name", Str()},
                                 {"traits", {{"type", "object"}, {"additionalProperties", Int()}}},
                                 {"codes", Bool()}},
                                {}, "name is required when creating");
  s["Proposal"] = Timestamps(Object({{"id", Str()},
                                     {"title", Str()},
                                     {"proposal", Ref("ProposalDocument")},
                                     {"review", Ref("ProposalReview")}}));
  s["ProposalInput"] = Object({{"title", Str()}, {"proposal", Ref("ProposalDocument")}}, {},
                              "proposal is required when creating");
  s["Plan"] =
      Timestamps(Object({{"id", Str()},
                         {"opening_id", NullableStr()},
                         {"candidate_id", NullableStr()},
                         {"plan", {}},
                         {"status", {{"type", "object"}, {"additionalProperties", Str()}}}}));
  s["PlanInput"] = Object({{"opening_id", Str()}, {"candidate_id", Str()}, {"plan", Obj()}}, {},
                          "plan defaults to the opening's plan");
  s["PlanStatusInput"] =
      Object({{"status",
               {{"type", "object"},
                {"additionalProperties",
                 {{"type", "string"}, {"enum", {"todo", "in_progress", "done", "blocked"}}}}}}},
             {"status"});
  return s;
}

json QueryParameter(std::string_view name) {
  struct Known {
    const char* name;
    const char* description;
    json schema;
  };
  static const Known kKnown[] = {
      {"limit",
       "page size, 1..500",
       {{"type", "integer"}, {"minimum", 1}, {"maximum", 500}, {"default", 50}}},
      {"offset", "items to skip", {{"type", "integer"}, {"minimum", 0}, {"default", 0}}},
      {"q", "full-text search: every word must occur (word prefixes)", Str()},
      {"for",
       "interviewer (default) or candidate (no scoring anchors)",
       {{"type", "string"}, {"enum", {"interviewer", "candidate"}}}},
      {"hires",
       "how many to pick from the candidates, 1..5",
       {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}}},
      {"budget", "most the picks may cost together", {{"type", "number"}, {"minimum", 0}}},
  };
  for (const Known& known : kKnown) {
    if (name == known.name) {
      return {{"name", name},
              {"in", "query"},
              {"required", false},
              {"description", known.description},
              {"schema", known.schema}};
    }
  }
  return {{"name", name},
          {"in", "query"},
          {"required", false},
          {"description", "only records with this " + std::string(name)},
          {"schema", Str()}};
}

const char* StatusText(int status) {
  switch (status) {
    case 400:
      return "Malformed JSON or request";
    case 401:
      return "No valid session or API token";
    case 403:
      return "The caller's role may not do this, or the CSRF token is missing";
    case 404:
      return "No such record";
    case 409:
      return "Conflicts with stored state";
    case 413:
      return "Body too large";
    case 415:
      return "The body is not declared as application/json";
    case 422:
      return "Well-formed but invalid; error.field names the value";
    case 429:
      return "Too many failed sign-ins; see Retry-After";
    case 503:
      return "The database does not answer";
    default:
      return "Error";
  }
}

json Security(Who who) {
  if (who == Who::kPublic) return json::array();
  return json::array({{{"sessionCookie", json::array()}}, {{"bearerToken", json::array()}}});
}

json Roles(Who who) {
  switch (who) {
    case Who::kPublic:
      return json::array({"anyone"});
    case Who::kSignedIn:
      return json::array({"admin", "hiring_manager", "interviewer"});
    case Who::kManagers:
      return json::array({"admin", "hiring_manager"});
    case Who::kAdmins:
      return json::array({"admin"});
  }
  return json::array();
}

std::string OperationId(const Operation& op) {
  std::string id = op.method;
  std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return std::tolower(c); });
  bool upper = true;
  for (char c : op.path) {
    if (c == '/' || c == '-' || c == '.' || c == '_' || c == '{' || c == '}') {
      upper = true;
      continue;
    }
    id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return id;
}

json Build() {
  json paths = json::object();
  for (const Operation& op : AllOperations()) {
    json operation = {{"operationId", OperationId(op)},
                      {"summary", op.summary},
                      {"tags", json::array({op.tag})},
                      {"security", Security(op.who)},
                      {"x-firsthire-roles", Roles(op.who)}};
    json parameters = json::array();
    if (op.path.find("{id}") != std::string_view::npos) {
      parameters.push_back({{"name", "id"},
                            {"in", "path"},
                            {"required", true},
                            {"description", "the record's id (32 hex characters)"},
                            {"schema", Str()}});
    }
    for (const char* name : op.query) parameters.push_back(QueryParameter(name));
    if (!parameters.empty()) operation["parameters"] = std::move(parameters);
    if (op.request != nullptr) {
      operation["requestBody"] = {
          {"required", true}, {"content", {{"application/json", {{"schema", Ref(op.request)}}}}}};
    }
    json responses = json::object();
    if (op.response == nullptr) {
      responses[std::to_string(op.success)] = {{"description", "Done"}};
    } else {
      json schema = Ref(op.response);
      if (op.list) {
        schema = Object(
            {{"items", ArrayOf(schema)}, {"total", Int()}, {"limit", Int()}, {"offset", Int()}},
            {"items", "total", "limit", "offset"});
      }
      responses[std::to_string(op.success)] = {
          {"description", op.success == 201 ? "Created" : "OK"},
          {"content", {{"application/json", {{"schema", std::move(schema)}}}}}};
    }
    std::vector<int> errors = op.errors;
    if (op.who != Who::kPublic && std::find(errors.begin(), errors.end(), 401) == errors.end()) {
      errors.push_back(401);
    }
    for (int status : errors) {
      responses[std::to_string(status)] = {
          {"$ref", "#/components/responses/E" + std::to_string(status)}};
    }
    operation["responses"] = std::move(responses);
    std::string method = op.method;
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    paths[op.path][method] = std::move(operation);
  }
  json responses = json::object();
  for (int status : {400, 401, 403, 404, 409, 413, 415, 422, 429, 503}) {
    responses["E" + std::to_string(status)] = {
        {"description", StatusText(status)},
        {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
  }
  return {
      {"openapi", "3.1.0"},
      {"info",
       {
           {"title", "firsthire API"},
           {"version", "1.0.0"},
           {"description",
            "Structured hiring for teams that build LLM products. Sign in with POST /api/v1/login "
            "(cookie session; send X-CSRF-Token on writes) or send `Authorization: Bearer fht_...` "
            "(firsthire token create). x-firsthire-roles lists the roles allowed on each "
            "operation; everything else is denied."},
       }},
      {"servers", json::array({{{"url", "/"}}})},
      {"paths", std::move(paths)},
      {"components",
       {{"schemas", Schemas()},
        {"responses", std::move(responses)},
        {"securitySchemes",
         {{"sessionCookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "fh_session"}}},
          {"bearerToken", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
}

}  // namespace

const nlohmann::json& OpenApiDocument() {
  static const json kDocument = Build();
  return kDocument;
}

std::vector<std::pair<std::string, std::string>> OpenApiOperations() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Operation& op : AllOperations()) out.emplace_back(op.method, op.path);
  return out;
}

}  // namespace firsthire::http

#include "http/openapi.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>

#include "firsthire/vocabulary.h"

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
const std::vector<int> kEngine = {400, 401, 403, 413, 415, 422, 503};  // 503: busy

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
       "This document (strong ETag: If-None-Match answers 304; gzip when accepted)",
       Who::kPublic,
       nullptr,
       200,
       "OpenApiDocument",
       {},
       {}},
      {"GET",
       "/api/v1/playbook",
       "service",
       "The playbook in use, as JSON (strong ETag: If-None-Match answers 304; gzip when "
       "accepted)",
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
      {"POST",
       "/api/v1/password",
       "session",
       "Set a password from an invitation or reset link, once; ends the user's sessions and API "
       "tokens. 422 names the field: token (unknown, used, replaced or expired) or password",
       Who::kPublic,
       "PasswordFromLink",
       204,
       nullptr,
       {400, 413, 415, 422, 429},
       {}},
      {"PUT",
       "/api/v1/me/password",
       "session",
       "Change your own password; a wrong current password is 422 with field current. Your "
       "other sessions and your API tokens end",
       Who::kSignedIn,
       "PasswordChange",
       204,
       nullptr,
       {400, 401, 403, 413, 415, 422, 429},
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
       "Create an account; without a password it is an invitation and invite_url a one-time "
       "link (72 hours) to set one",
       Who::kAdmins,
       "UserCreate",
       201,
       "UserCreated",
       kCreate,
       {}},
      {"POST",
       "/api/v1/users/{id}/reset",
       "users",
       "A new one-time link (72 hours) that sets the user's password; their earlier link dies",
       Who::kAdmins,
       nullptr,
       200,
       "ResetLink",
       kRead,
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
       {"limit", "offset", "q", "opening_id", "status", "stage"},
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
      {"POST",
       "/api/v1/candidates/import",
       "candidates",
       "Import candidates from a CSV or JSON Resume file, all rows or none (or the good rows "
       "with skip_bad_rows=true), in one transaction; at most 10,000 rows",
       Who::kManagers,
       "CandidateImportFile",
       201,
       "CandidateImport",
       {400, 401, 403, 404, 413, 415, 422},
       {"opening_id", "skip_bad_rows"}},
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
       "Record a decision: needs a reason and a submitted scorecard (else 422); hire and "
       "reject move the candidate's stage",
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
       "/api/v1/candidates/{id}/scorecards/mine",
       "scorecards",
       "The caller's own scorecard for the candidate, draft or submitted (404 while none)",
       Who::kSignedIn,
       nullptr,
       200,
       "Scorecard",
       kRead,
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
      // The hiring loop
      {"GET",
       "/api/v1/openings/{id}/pipeline",
       "openings",
       "The opening's pipeline: live candidates per stage and their median time there",
       Who::kSignedIn,
       nullptr,
       200,
       "Pipeline",
       kRead,
       {}},
      {"GET",
       "/api/v1/me/interviews",
       "interviews",
       "The caller's interviews and whether their scorecard is to score, overdue or done",
       Who::kSignedIn,
       nullptr,
       200,
       "MyInterviews",
       {401, 403},
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
json NullableInt() { return {{"type", json::array({"integer", "null"})}}; }
json Num() { return {{"type", "number"}}; }
json NullableNum() { return {{"type", json::array({"number", "null"})}}; }
json Bool() { return {{"type", "boolean"}}; }
// A free-form object: any keys, any values.
json Obj() { return {{"type", "object"}, {"additionalProperties", true}}; }
json ArrayOf(json items) { return {{"type", "array"}, {"items", std::move(items)}}; }
json Strings() { return ArrayOf(Str()); }
// An object whose keys are free (ids) and whose values are `values`.
json MapOf(json values) {
  return {{"type", "object"}, {"additionalProperties", std::move(values)}};
}
json Enum(std::initializer_list<const char*> values) {
  json schema = {{"type", "string"}, {"enum", json::array()}};
  for (const char* value : values) schema["enum"].push_back(value);
  return schema;
}
// A closed vocabulary's ids, from its one name table (firsthire/vocabulary.h).
json VocabularyEnum(std::string_view name) {
  return {{"type", "string"}, {"enum", VocabularyIds(name)}};
}

json Described(json schema, const char* description) {
  schema["description"] = description;
  return schema;
}
// Every object in `schema` that does not say otherwise may hold keys beyond
// the properties it lists.
json OpenAll(json schema) {
  if (!schema.is_object()) return schema;
  if (schema.value("type", json()) == "object" && !schema.contains("additionalProperties")) {
    schema["additionalProperties"] = true;
  }
  if (schema.contains("properties")) {
    for (auto& [name, property] : schema["properties"].items()) property = OpenAll(property);
  }
  for (const char* key : {"items", "additionalProperties"}) {
    if (schema.contains(key) && schema[key].is_object()) schema[key] = OpenAll(schema[key]);
  }
  return schema;
}

// `schema` or null.
json OrNull(json schema) {
  if (schema.contains("$ref"))
    return {{"anyOf", json::array({std::move(schema), {{"type", "null"}}})}};
  schema["type"] = json::array({schema["type"], "null"});
  return schema;
}

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

// Every listed property is always sent (the answers the server builds).
json AllRequired(json schema) {
  schema["required"] = json::array();
  for (const auto& [name, property] : schema["properties"].items()) {
    schema["required"].push_back(name);
  }
  return schema;
}

// `schema` (an object schema) without the properties `names`.
json Without(json schema, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    schema["properties"].erase(name);
    if (schema.contains("required")) {
      auto& required = schema["required"];
      required.erase(std::remove(required.begin(), required.end(), name), required.end());
    }
  }
  return schema;
}

// An object that always has all of `properties` (an engine or record answer).
json Record(std::initializer_list<std::pair<const char*, json>> properties,
            const char* description = nullptr) {
  return AllRequired(Object(properties, {}, description));
}

json Timestamps(json schema) {
  schema["properties"]["created_at"] = {{"type", "integer"},
                                        {"description", "milliseconds since 1970, UTC"}};
  schema["properties"]["updated_at"] = {{"type", "integer"},
                                        {"description", "milliseconds since 1970, UTC"}};
  return schema;
}

// {rule, reason} joined to `properties`: an explained conclusion.
json Reasoned(std::initializer_list<std::pair<const char*, json>> properties) {
  json schema = Record(properties);
  schema["properties"]["rule"] = Described(Str(), "the playbook rule id");
  schema["properties"]["reason"] = Str();
  schema["required"].push_back("rule");
  schema["required"].push_back("reason");
  return schema;
}

// A Reasoned {rule, reason} that may be null.
json NullableReasoned() {
  json schema = Reasoned({});
  schema["type"] = json::array({"object", "null"});
  return schema;
}

// The input documents the loaders read (the CLI's files, as JSON).
void InputSchemas(json& s) {
  s["BriefDocument"] = Object(
      {{"workflow", Object({{"name", Str()},
                            {"description", Str()},
                            {"runs_per_week", Described({{"type", "integer"}, {"minimum", 0}},
                                                        "how often the workflow runs")},
                            {"standard_product_exists", Bool()},
                            {"stage", VocabularyEnum("workflow_stage")},
                            {"differentiated", Described(Bool(), "specific to the business")},
                            {"baseline_tried",
                             Described(Bool(), "prompting and retrieval were tried and fell short")}},
                           {"name"})},
       {"metric",
        Object({{"name", Str()},
                {"baseline", Num()},
                {"target", Num()},
                {"unit", Str()},
                {"monthly_value_usd",
                 Described({{"type", "number"}, {"minimum", 0}},
                           "what reaching the target is worth a month, in USD")}})},
       {"data",
        Object({{"sources",
                 ArrayOf(Object(
                     {{"name", Str()},
                      {"access", VocabularyEnum("data_access")},
                      {"sensitivity", VocabularyEnum("data_sensitivity")}},
                     {"name"}))},
                {"proprietary", Described(Bool(), "the data is the business's own asset")}})},
       {"constraints",
        Object({{"regulated", Bool()},
                {"mistake_cost", VocabularyEnum("mistake_cost")},
                {"human_review", Bool()},
                {"timeline_weeks", Int()},
                {"budget_usd", Num()},
                {"post_launch_budget_usd", Num()},
                {"security_review", VocabularyEnum("security_review")},
                {"monthly_run_budget_usd", Num()},
                {"cost_per_run_usd", Num()},
                {"takes_actions",
                 Described(Bool(),
                           "the system changes records, sends messages or moves money itself")}})},
       {"scope", Object({{"out", Described(Strings(), "what stays out of the system")}})},
       {"owner",
        {{"oneOf", json::array({Str(), Object({{"name", Str()}, {"role", Str()}})})},
         {"description", "who owns quality after launch: {name, role}, or just a name"}}},
       {"shape", Described(Str(), "a playbook shape id; inferred when absent")},
       {"organisation",
        Object({{"technical_leadership", Bool()},
                {"ai_is_core_advantage", Bool()},
                {"urgency", VocabularyEnum("urgency")},
                {"needs", ArrayOf(VocabularyEnum("organisation_need"))},
                {"want_trial", Bool()}})},
       {"role", Object({{"title", Str()},
                        {"level", VocabularyEnum("role_level")},
                        {"hires", Int()},
                        {"interview_focus", Strings()}})}},
      {"workflow"}, "A brief (docs/product.md section 2), as `firsthire assess` reads it");
  s["ScorecardsDocument"] =
      Object({{"candidate", Object({{"id", Str()}, {"name", Str()}}, {"name"})},
              {"scorecards", ArrayOf(Object({{"interviewer", Str()},
                                             {"scores", MapOf(Int())},
                                             {"notes", MapOf(Str())},
                                             {"red_flags", Strings()},
                                             {"traits", Described(MapOf(Int()),
                                                                  "optional trait id -> 0..5")},
                                             {"summary", Str()}},
                                            {"interviewer", "scores"}))}},
             {"candidate", "scorecards"}, "As `firsthire score` reads it");
  s["ProposalDocument"] =
      Object({{"vendor", Object({{"name", Str()}, {"route", Str()}}, {"name"})},
              {"summary", Str()},
              {"answers", Described(MapOf(Str()),
                                    "risk question id (evaluation, sources, fallback, "
                                    "security, ownership) -> the vendor's answer")},
              {"deliverables", Strings()},
              {"handoff", Object({{"repository", Bool()},
                                  {"prompts", Bool()},
                                  {"eval_logic", Bool()},
                                  {"operating_notes", Bool()},
                                  {"knowledge_transfer_clause", Bool()}})},
              {"pricing", Object({{"build_usd", Num()}, {"monthly_run_usd", Num()}})}},
             {"vendor"}, "As `firsthire review` reads it");
  s["TeamDocument"] = Object(
      {{"members", ArrayOf(Ref("TeamMemberDocument"))},
       {"shape", Str()},
       {"planned_hires", Int()},
       {"candidates",
        Described(ArrayOf(Ref("PoolCandidateDocument")),
                  "optional pool of candidates to pick the best hires from, as --candidates")}},
      {"members"}, "As `firsthire team` reads it, plus the optional pool");
  s["TeamMemberDocument"] = Object(
      {{"name", Str()}, {"traits", MapOf(Int())}, {"codes", Bool()}, {"role", Str()}}, {"name"});
  s["PoolCandidateDocument"] = Object({{"id", Str()},
                                       {"name", Str()},
                                       {"traits", MapOf(Int())},
                                       {"codes", Bool()},
                                       {"cost", Num()}},
                                      {"id"});
}

// What the engines answer: the CLI's `--format json`.
void EngineSchemas(json& s) {
  s["PlaybookStamp"] =
      Record({{"version", Str()}, {"name", Str()}, {"reviewed", Str()}}, "Which playbook decided");
  // Added by the engine endpoints (POST /assess, /kit, /plan, /score, /review, /team).
  s["PlaybookStamp"]["properties"]["stale"] = Described(
      NullableStr(), "the stale-playbook warning on the day of the answer, null when fresh");
  s["Assessment"] = Record(
      {{"playbook", Ref("PlaybookStamp")},
       {"readiness",
        Reasoned({{"verdict", Enum({"hire", "discovery_first", "buy_platform"})},
                  {"criteria",
                   ArrayOf(Reasoned({{"id", Str()}, {"title", Str()}, {"pass", Bool()}}))}})},
       {"engagement",
        Described(Reasoned({{"kind", Enum({"hire", "discovery_sprint", "platform_trial"})},
                            {"steps", Strings()}}),
                  "what to do next, decided by the verdict")},
       {"buyer_problem", Reasoned({{"id", Str()}, {"mistake", NullableReasoned()}})},
       {"first_hire", Reasoned({{"shape", Str()},
                                {"shape_rule", Str()},
                                {"shape_reason", Str()},
                                {"matched_keywords", Strings()},
                                {"archetype", Str()},
                                {"provisional",
                                 Described(Bool(), "true unless the verdict is hire: who to hire "
                                                   "once the brief is ready")},
                                {"note", NullableStr()}})},
       {"route",
        Object({{"recommended", Described(NullableStr(), "null unless the verdict is hire")},
                {"provisional", Bool()},
                {"note", NullableStr()},
                {"breadth", Enum({"broad", "narrow", "unknown"})},
                {"ranking", ArrayOf(Record({{"route", Str()},
                                            {"score", Num()},
                                            {"fit", Bool()},
                                            {"reasons", ArrayOf(Record({{"rule", Str()},
                                                                        {"points", Num()},
                                                                        {"reason", Str()}}))}}))},
                {"partner_handoff", Reasoned({})}},
               {"recommended", "provisional", "note", "breadth", "ranking"})},
       {"cost", Reasoned({{"estimated_monthly_run_usd", NullableNum()},
                          {"monthly_run_budget_usd", NullableNum()},
                          {"metric_monthly_value_usd",
                           Described(NullableNum(), "metric.monthly_value_usd, null when not given")},
                          {"basis", Described(Strings(), "where each number came from")},
                          {"value_rule",
                           Described(NullableStr(),
                                     "cost.exceeds_value when the estimate is above the metric's "
                                     "monthly value, else null")},
                          {"value_reason", NullableStr()}})},
       {"scope", Record({{"out", Strings()}})},
       {"risks", ArrayOf(Reasoned({{"id", Str()}, {"title", Str()}, {"severity", Str()}}))},
       {"next_steps", ArrayOf(Record({{"rule", Str()}, {"text", Str()}}))}});
  s["PlanWindow"] = Record(
      {{"id", Str()},
       {"title", Str()},
       {"deliverables", ArrayOf(Record({{"id", Str()}, {"text", Str()}, {"status", Str()}}))}});
  s["Kit"] = Object(
      {{"playbook", Ref("PlaybookStamp")},
       {"audience", Enum({"interviewer", "candidate"})},
       {"role", Object({{"archetype", Str()},
                        {"title", Str()},
                        {"description", Str()},
                        {"brief_title", NullableStr()},
                        {"shape", Str()},
                        {"shape_rule", Str()},
                        {"shape_reason", Str()},
                        {"rule", Str()},
                        {"reason", Str()}},
                       {"archetype", "title", "description"},
                       "the candidate's kit has archetype, title and description only")},
       {"scale", Record({{"min", Int()}, {"max", Int()}})},
       {"categories",
        ArrayOf(Object({{"id", Str()}, {"title", Str()}, {"strong", Str()}, {"fail", Str()}},
                       {"id", "title"}))},
       {"questions", ArrayOf(Object({{"id", Str()},
                                     {"text", Str()},
                                     {"categories", Strings()},
                                     {"strong", Str()},
                                     {"weak", Str()},
                                     {"archetype", NullableStr()}},
                                    {"id", "text", "categories"}))},
       {"plan_question",
        Object(
            {{"text", Str()}, {"expected", ArrayOf(Ref("PlanWindow"))}, {"judgement_note", Str()}},
            {"text"})},
       {"answer_rule", Str()},
       {"signal_map", ArrayOf(Record({{"topic", Str()}, {"strong", Str()}, {"weak", Str()}}))},
       {"trait_probes", ArrayOf(Record({{"id", Str()},
                                        {"traits", Strings()},
                                        {"text", Str()},
                                        {"strong", Str()},
                                        {"weak", Str()},
                                        {"rule", Str()}}))},
       {"red_flags", ArrayOf(Record({{"id", Str()}, {"title", Str()}, {"description", Str()}}))},
       {"gate", Reasoned({{"categories", Strings()}, {"threshold", Num()}})},
       {"warnings", ArrayOf(Reasoned({{"id", Str()}, {"title", Str()}}))}},
      {"playbook", "audience", "role", "scale", "categories", "questions", "plan_question"},
      "The interview kit. Scoring anchors (strong, fail, weak), answer_rule, signal_map, "
      "red_flags, gate and warnings are left out of the candidate's kit (?for=candidate).");
  s["PlanRecord"] =
      Record({{"playbook", Ref("PlaybookStamp")},
              {"workflow", Str()},
              {"owner", Str()},
              {"windows", ArrayOf(Ref("PlanWindow"))},
              {"go_no_go", Record({{"rule", Str()}, {"go", Str()}, {"no_go", Str()}})},
              {"judgement_note", Str()}},
             "The 30-60-90 day plan");
  // Added with the readiness warning and the scope boundary; optional, as
  // plans stored before them lack the keys.
  s["PlanRecord"]["properties"]["warnings"] = ArrayOf(Reasoned({{"id", Str()}, {"title", Str()}}));
  s["PlanRecord"]["properties"]["scope"] = Record({{"out", Strings()}});
  s["Kit"]["properties"]["scope"] = Record({{"out", Strings()}});
  s["CategoryAggregate"] = Record(
      {{"id", Str()},
       {"title", Str()},
       {"mean", NullableNum()},
       {"min", NullableInt()},
       {"max", NullableInt()},
       {"spread", Described(NullableInt(), "max - min")},
       {"count", Described(Int(), "how many interviewers scored it (0: mean..spread are null)")},
       {"scores", ArrayOf(Record({{"interviewer", Str()}, {"score", Int()}}))}});
  s["Evaluation"] = Record(
      {{"playbook", Ref("PlaybookStamp")},
       {"candidate", Record({{"id", Str()}, {"name", Str()}})},
       {"interviewers", Described(Int(), "how many scorecards were evaluated")},
       {"overall_mean", Described(Num(),
                                  "mean of the category means over the categories "
                                  "someone scored; 0 when none was")},
       {"categories", ArrayOf(Ref("CategoryAggregate"))},
       {"gate", Reasoned({{"risky_first_hire", Bool()},
                          {"failing", Strings()},
                          {"split", Described(Strings(),
                                              "gate categories whose mean passed although an "
                                              "interviewer scored them below the threshold")}})},
       {"red_flags",
        ArrayOf(Record({{"id", Str()},
                        {"title", Str()},
                        {"raised_by", Strings()},
                        {"steps", Described(Int(), "steps down the ladder this flag costs")}}))},
       {"traits", ArrayOf(Record({{"id", Str()},
                                  {"title", Str()},
                                  {"mean", Num()},
                                  {"scores", ArrayOf(Record({{"interviewer", Str()},
                                                             {"score", Int()}}))}}))},
       {"disagreements", ArrayOf(Reasoned({{"category", Str()},
                                           {"low", Int()},
                                           {"high", Int()},
                                           {"low_by", Strings()},
                                           {"high_by", Strings()}}))},
       {"weak_evidence", ArrayOf(Reasoned({{"interviewer", Str()},
                                           {"category", Described(NullableStr(),
                                                                  "null for the "
                                                                  "single-interviewer warning")},
                                           {"score", NullableInt()}}))},
       {"recommendation",
        Reasoned({{"decision", Enum({"no_hire", "risky_first_hire", "hire", "strong_hire"})},
                  {"before_red_flags", Enum({"no_hire", "risky_first_hire", "hire", "strong_hire"})},
                  {"red_flag_steps", Int()},
                  {"red_flags_rule", NullableStr()}})},
       {"certainty", Record({{"interviews", Int()},
                             {"min_interviews", Int()},
                             {"less_certain", Bool()},
                             {"rule", Str()},
                             {"reason", Described(NullableStr(), "set when less_certain")}})},
       {"evidence", Ref("Evidence")}},
      "As `firsthire score --format json`");
  s["Evidence"] = Record(
      {{"scorecards",
        ArrayOf(Record(
            {{"interviewer", Str()},
             {"signals", ArrayOf(Record({{"category", Str()},
                                         {"polarity", VocabularyEnum("evidence_polarity")},
                                         {"quote", Str()},
                                         {"start", Described(Int(), "byte offset into the note")},
                                         {"end", Int()},
                                         {"rule", Str()},
                                         {"note", Described(Str(), "category id or summary")},
                                         {"concrete", Bool()}}))},
             {"red_flags", ArrayOf(Record({{"id", Str()},
                                           {"quote", Str()},
                                           {"start", Int()},
                                           {"end", Int()},
                                           {"rule", Str()},
                                           {"note", Str()}}))},
             {"mismatches", ArrayOf(Record({{"category", NullableStr()},
                                            {"score", NullableInt()},
                                            {"reason", Str()},
                                            {"rule", Str()},
                                            {"red_flag", NullableStr()}}))}}))}},
      "As `firsthire evidence --format json`");
  s["ProposalReview"] = Record(
      {{"playbook", Ref("PlaybookStamp")},
       {"vendor", Record({{"name", Str()}, {"route", NullableStr()}})},
       {"pricing", Record({{"build_usd", NullableNum()}, {"monthly_run_usd", NullableNum()}})},
       {"risk_questions", ArrayOf(Reasoned({{"id", Str()},
                                            {"question", Str()},
                                            {"status", Enum({"answered", "thin", "missing"})},
                                            {"words", Int()},
                                            {"evidence", Strings()}}))},
       {"commodity_factors", ArrayOf(Reasoned({{"id", Str()},
                                               {"title", Str()},
                                               {"assessment", Enum({"commodity", "non_commodity"})},
                                               {"evidence", Strings()}}))},
       {"flags", ArrayOf(Reasoned({{"id", Str()}, {"evidence", Strings()}}))},
       {"verdict", Reasoned({{"id", Enum({"strong", "acceptable", "weak"})}})},
       {"reminders", ArrayOf(Reasoned({}))}},
      "As `firsthire review --format json`");
  // Newer keys, absent from reviews stored before them: optional.
  s["ProposalReview"]["properties"]["ownership_not_transferred"] =
      OrNull(Reasoned({{"withheld", Strings()}}));
  s["ProposalReview"]["properties"]["brief_checks"] = Described(
      OrNull(ArrayOf(Reasoned({{"id", Str()},
                               {"status", Enum({"pass", "fail", "unknown"})},
                               {"found", Strings()}}))),
      "null without a brief");
  json best_hires =
      Reasoned({{"picks", Described(Strings(), "candidate ids")},
                {"objective", Num()},
                {"cost", Num()},
                {"optimal", Bool()},
                {"bound", Described(Num(),
                                    "an upper bound on the objective, when the search stopped "
                                    "before proving the optimum")},
                {"gain", Num()},
                {"hires", Int()},
                {"budget", NullableNum()},
                {"reasons", ArrayOf(Reasoned({{"id", Str()},
                                              {"name", Str()},
                                              {"gain", Num()},
                                              {"cost", Num()},
                                              {"traits", MapOf(Int())}}))},
                {"pool_size", Int()},
                {"considered", Int()},
                {"nodes", Int()}});
  best_hires["required"].erase(
      std::find(best_hires["required"].begin(), best_hires["required"].end(), "bound"));
  s["TeamRecord"] = Record(
      {{"playbook", Object({{"version", Str()}, {"stale", NullableStr()}}, {"version"})},
       {"coverage", Record({{"score", Num()},
                            {"max_score", Num()},
                            {"rule", Str()},
                            {"traits", Described(MapOf(Int()), "trait id -> best level")},
                            {"depth", Described(MapOf(Int()), "trait id -> second-best level")}})},
       {"gaps", ArrayOf(Reasoned({{"trait", Str()}, {"level", Int()}, {"bar", Int()}}))},
       {"warnings", ArrayOf(Reasoned({{"id", Str()}, {"title", Str()}, {"what_to_do", Str()}}))},
       {"best_hires", Described(OrNull(best_hires), "null without a candidate pool")}},
      "As `firsthire team --format json`");
}

// GET /api/v1/playbook: the playbook file as JSON. The sections the clients
// read are spelled out; the rest are typed by kind (see playbook/default.yaml).
json PlaybookDocumentSchema() {
  json id_title = Record({{"id", Str()}, {"title", Str()}, {"description", Str()}});
  json schema = Object(
      {{"version", Str()},
       {"name", Str()},
       {"reviewed", Described(Str(), "YYYY-MM-DD")},
       {"max_age_days", Int()},
       {"stale_warning", Str()},
       {"readiness",
        Object({{"criteria", ArrayOf(Object({{"id", Str()}, {"title", Str()}}, {"id"}))},
                {"verdicts", ArrayOf(Object({{"id", Str()}}, {"id"}))}})},
       {"buyer_problems", ArrayOf(Object({{"id", Str()}, {"title", Str()}}, {"id"}))},
       {"buyer_problem_mistake", Str()},
       {"shapes", ArrayOf(Object({{"id", Str()},
                                  {"title", Str()},
                                  {"archetype", Str()},
                                  {"why", Str()},
                                  {"keywords", Strings()}},
                                 {"id"}))},
       {"shape_inference", Object({})},
       {"archetypes", ArrayOf(id_title)},
       {"traits",
        ArrayOf(Object({{"id", Str()}, {"title", Str()}, {"description", Str()}, {"weight", Num()}},
                       {"id", "title"}))},
       {"routes", Object({{"list", ArrayOf(Object({{"id", Str()},
                                                   {"title", Str()},
                                                   {"best_fit", Str()},
                                                   {"speed", Str()},
                                                   {"long_term_ownership", Str()},
                                                   {"base", Num()}},
                                                  {"id", "title"}))},
                          {"factors", ArrayOf(Object({{"id", Str()}}, {"id"}))}},
                         {"list"})},
       {"categories",
        ArrayOf(Object({{"id", Str()}, {"title", Str()}, {"strong", Str()}, {"fail", Str()}},
                       {"id", "title"}))},
       {"scorecard", Object({{"min_score", Int()}, {"max_score", Int()}, {"gate", Object({})}})},
       {"questions", ArrayOf(Object({{"id", Str()},
                                     {"text", Str()},
                                     {"categories", Strings()},
                                     {"strong", Str()},
                                     {"weak", Str()}},
                                    {"id", "text"}))},
       {"archetype_questions",
        Described(MapOf(ArrayOf(Object({}))), "archetype id -> extra questions")},
       {"answer_rule", Str()},
       {"signal_map", ArrayOf(Object({{"topic", Str()}, {"strong", Str()}, {"weak", Str()}}))},
       {"red_flags", ArrayOf(Object({{"id", Str()}, {"title", Str()}, {"description", Str()}},
                                    {"id", "title"}))},
       {"failure_modes", ArrayOf(Object({{"id", Str()}, {"title", Str()}}, {"id"}))},
       {"commodity_factors", ArrayOf(Object({{"id", Str()}, {"title", Str()}}, {"id"}))},
       {"risk_questions",
        Object({{"list", ArrayOf(Object({{"id", Str()}, {"title", Str()}, {"question", Str()}},
                                        {"id", "title", "question"}))},
                {"min_answer_words", Int()}})},
       {"trait_probes", ArrayOf(Object({{"id", Str()}, {"traits", Strings()}, {"text", Str()}},
                                       {"id", "traits", "text"}))},
       {"vocabularies",
        Described(MapOf(ArrayOf(Object({{"id", Str()}, {"label", Str()}}, {"id", "label"}))),
                  "every vocabulary a client offers or shows: its ids in order with the "
                  "playbook's words (docs/api.md)")},
       {"stale", Described(NullableStr(),
                           "the stale warning filled for today, null while the playbook is fresh")},
       {"proposal_risks", ArrayOf(Object({{"id", Str()}}, {"id"}))},
       {"review", Object({})},
       {"plan", Object({{"windows", ArrayOf(Object({{"id", Str()}, {"title", Str()}}, {"id"}))}})},
       {"team", Object({})},
       {"pipeline",
        Object({{"stages", ArrayOf(Object({{"id", Str()},
                                           {"title", Str()},
                                           {"needs_reason", Bool()}},
                                          {"id", "title"}))},
                {"decisions", ArrayOf(Object({{"id", Str()},
                                              {"rule", Str()},
                                              {"title", Str()},
                                              {"stage", Str()}},
                                             {"id", "rule", "title"}))}})},
       {"advice", Described(Object({}), "how the verdict governs the rest (docs/assess.md)")},
       {"evidence", Described(Object({}), "cues that find evidence in interview notes "
                                          "(docs/score-and-review.md)")},
       {"calibration", Described(Object({}), "how inter-rater reliability is reported "
                                             "(docs/score-and-review.md)")}},
      {"version", "reviewed", "max_age_days", "readiness", "archetypes", "traits", "routes",
       "categories", "scorecard", "questions", "red_flags", "stale", "vocabularies"},
      "The playbook in use (playbook/default.yaml, or the file given to serve) as JSON");
  // Every top-level section is listed; inside them, only what clients read.
  for (auto& [name, property] : schema["properties"].items()) property = OpenAll(property);
  return schema;
}

void RecordSchemas(json& s) {
  s["User"] = Timestamps(Object({{"id", Str()},
                                 {"email", Str()},
                                 {"name", Str()},
                                 {"role", Ref("Role")},
                                 {"active", Bool()}}));
  s["User"] = AllRequired(s["User"]);
  s["UserCreate"] = Object({{"email", Str()},
                            {"name", Str()},
                            {"role", Ref("Role")},
                            {"password", {{"type", "string"}, {"minLength", 12}}}},
                           {"email", "name", "role"});
  s["UserCreated"] = Object(
      {{"user", Ref("User")},
       {"invite_url", Described(NullableStr(), "one-time link; null when a password was given")}},
      {"user", "invite_url"});
  s["ResetLink"] = Object({{"reset_url", Str()}}, {"reset_url"});
  s["PasswordFromLink"] = Object({{"token", Str()}, {"password", Str()}}, {"token", "password"});
  s["PasswordChange"] = Object({{"current", Str()}, {"password", Str()}}, {"current", "password"});
  s["UserUpdate"] = Object({{"name", Str()},
                            {"role", Ref("Role")},
                            {"active", Bool()},
                            {"password", {{"type", "string"}, {"minLength", 12}}}});
  s["AuditEntry"] = Record({{"seq", Int()},
                            {"at", Described(Int(), "milliseconds since 1970, UTC")},
                            {"actor", Str()},
                            {"action", Str()},
                            {"object_type", Str()},
                            {"object_id", Str()},
                            {"detail", Str()}});
  s["CandidateProfile"] = Described(
      OpenAll(
          Object({{"role", Str()},
                  {"traits", Described(MapOf(Int()), "trait id -> 0..5 (used by the team page)")},
                  {"codes", Bool()},
                  {"cost", Num()},
                  {"source", Str()},
                  {"external_id", Str()}})),
      "Free-form: whatever the client stored. The web app writes these keys.");
  s["Candidate"] = AllRequired(Timestamps(
      Object({{"id", Str()},
              {"opening_id", NullableStr()},
              {"name", Str()},
              {"email", Str()},
              {"profile", Described(OrNull(Ref("CandidateProfile")), "null once erased")},
              {"status", Str()},
              {"erased", Bool()},
              {"stage", Described(Str(), "a stage id of the playbook's pipeline.stages")},
              {"stage_reason", Described(Str(), "why the candidate is in the stage; may be empty")},
              {"stage_entered_at",
               Described(Int(), "when the candidate entered the stage, ms since 1970, UTC")}})));
  s["CandidateInput"] = Object({{"name", Str()},
                                {"email", Str()},
                                {"opening_id", Str()},
                                {"status", Str()},
                                {"profile", Ref("CandidateProfile")},
                                {"stage", Described(Str(), "a stage id of the playbook's pipeline")},
                                {"stage_reason", Described(Str(),
                                                           "required for a stage with "
                                                           "needs_reason (rejected, withdrawn)")}},
                               {}, "name is required when creating");
  s["Decision"] = Record({{"id", Str()},
                          {"candidate_id", Str()},
                          {"decision", Enum({"hire", "reject", "hold"})},
                          {"reason", Str()},
                          {"rule", Described(Str(), "the playbook's rule for the decision kind")},
                          {"decided_by", Described(Str(), "the user id who recorded it")},
                          {"created_at", Int()},
                          {"decided_at", Described(Int(), "when it was recorded, ms since 1970")}});
  s["DecisionInput"] = Object(
      {{"decision", Enum({"hire", "reject", "hold"})},
       {"reason", Described(Str(), "required, not blank: what the evidence shows")},
       {"rule", Described(Str(), "ignored: the rule comes from the playbook's decision kind")}},
      {"decision", "reason"});
  s["DecisionList"] = Record({{"items", ArrayOf(Ref("Decision"))}});
  s["Scorecard"] = AllRequired(Timestamps(
      Object({{"id", Str()},
              {"candidate_id", Str()},
              {"interviewer_id", Str()},
              {"scores", Described(MapOf(Int()), "interview category id -> 1..5")},
              {"notes", MapOf(Str())},
              {"red_flags", Strings()},
              {"state", Enum({"draft", "submitted"})},
              {"submitted_at", Described(Int(), "milliseconds since 1970, UTC; 0 for a draft")}})));
  s["ScorecardInput"] =
      Object({{"scores", Described(MapOf(Int()), "interview category id -> 1..5")},
              {"notes", MapOf(Str())},
              {"red_flags", Strings()},
              {"submit",
               {{"type", "boolean"},
                {"default", true},
                {"description", "false keeps an editable draft"}}}},
             {"scores"});
  s["ScorecardList"] = Record({{"items", ArrayOf(Ref("Scorecard"))}});
  s["Brief"] = AllRequired(Timestamps(Object({{"id", Str()},
                                              {"title", Str()},
                                              {"brief", Ref("BriefDocument")},
                                              {"assessment", Ref("Assessment")}})));
  s["BriefInput"] = Object({{"title", Str()}, {"brief", Ref("BriefDocument")}}, {},
                           "brief is required when creating");
  s["Opening"] = AllRequired(
      Timestamps(Object({{"id", Str()},
                         {"title", Str()},
                         {"brief_id", NullableStr()},
                         {"archetype", Str()},
                         {"status", Str()},
                         {"kit", Described(OrNull(Ref("Kit")),
                                           "the interviewer's kit from the brief; "
                                           "null without a brief")},
                         {"plan", Described(OrNull(Ref("PlanRecord")), "null without a brief")}})));
  s["OpeningInput"] =
      Object({{"title", Str()}, {"brief_id", Str()}, {"status", Str()}, {"archetype", Str()}}, {},
             "title is required when creating");
  s["Interview"] = AllRequired(Timestamps(Object({{"id", Str()},
                                                  {"candidate_id", Str()},
                                                  {"interviewer_id", NullableStr()},
                                                  {"scheduled_at", Int()},
                                                  {"kind", Str()},
                                                  {"status", Str()},
                                                  {"notes", Str()},
                                                  {"focus", Described(Strings(),
                                                                      "interview category ids")},
                                                  {"due_at", Described(Int(),
                                                                       "when the scorecard is "
                                                                       "due, ms; 0: none")}})));
  s["InterviewInput"] = Object({{"candidate_id", Str()},
                                {"interviewer_id", Str()},
                                {"scheduled_at", Int()},
                                {"kind", Str()},
                                {"status", Str()},
                                {"notes", Str()},
                                {"focus", Described(Strings(), "distinct interview category ids")},
                                {"due_at", Int()}},
                               {}, "candidate_id is required when creating, fixed afterwards");
  s["PipelineStage"] = Record(
      {{"id", Str()},
       {"title", Str()},
       {"count", Described(Int(), "live candidates of the opening in this stage")},
       {"median_ms_in_stage",
        Described(NullableInt(), "median time they have been in it so far; null when none")}});
  s["Pipeline"] = Record(
      {{"opening_id", Str()},
       {"total", Int()},
       {"as_of", Described(Int(), "the time the answer was computed, ms since 1970")},
       {"stages", Described(ArrayOf(Ref("PipelineStage")),
                            "the playbook's stages in order, then any other stage a "
                            "candidate holds")}});
  // An Interview plus who and what it is about, and the caller's progress.
  json my_interview = s["Interview"];
  json about = Object(
      {{"candidate_name", Str()},
       {"candidate_stage", Str()},
       {"opening_id", NullableStr()},
       {"opening_title", NullableStr()},
       {"scorecard",
        Described(Enum({"to_score", "overdue", "done"}),
                  "the caller's scorecard: done once submitted; overdue when due_at passed")}});
  for (const auto& [name, property] : about["properties"].items()) {
    my_interview["properties"][name] = property;
  }
  s["MyInterview"] = AllRequired(my_interview);
  s["MyInterviews"] = Record(
      {{"items", ArrayOf(Ref("MyInterview"))},
       {"total", Int()},
       {"counts", Record({{"to_score", Int()}, {"overdue", Int()}, {"done", Int()}})},
       {"as_of", Int()}});
  s["TeamMember"] = AllRequired(Timestamps(
      Object({{"id", Str()}, {"name", Str()}, {"traits", MapOf(Int())}, {"codes", Bool()}})));
  s["TeamMemberInput"] = Object({{"name", Str()}, {"traits", MapOf(Int())}, {"codes", Bool()}}, {},
                                "name is required when creating");
  s["Proposal"] = AllRequired(Timestamps(Object({{"id", Str()},
                                                 {"title", Str()},
                                                 {"proposal", Ref("ProposalDocument")},
                                                 {"review", Ref("ProposalReview")}})));
  s["ProposalInput"] = Object({{"title", Str()}, {"proposal", Ref("ProposalDocument")}}, {},
                              "proposal is required when creating");
  // A plan is the opening's PlanRecord, or whatever plan object the client gave.
  s["PlanContent"] =
      Object({{"playbook", Ref("PlaybookStamp")},
              {"workflow", Str()},
              {"owner", Str()},
              {"windows", ArrayOf(Ref("PlanWindow"))},
              {"go_no_go", Record({{"rule", Str()}, {"go", Str()}, {"no_go", Str()}})},
              {"judgement_note", Str()}},
             {},
             "A PlanRecord when it comes from an opening; else the object the "
             "client gave (deliverable ids are read from windows[].deliverables)");
  s["PlanContent"]["properties"]["warnings"] =
      ArrayOf(Reasoned({{"id", Str()}, {"title", Str()}}));
  s["PlanContent"]["properties"]["scope"] = Record({{"out", Strings()}});
  s["Plan"] = AllRequired(Timestamps(Object(
      {{"id", Str()},
       {"opening_id", NullableStr()},
       {"candidate_id", NullableStr()},
       {"plan", Ref("PlanContent")},
       {"status", Described(MapOf(Ref("DeliverableState")), "deliverable id -> progress")}})));
  s["PlanInput"] =
      Object({{"opening_id", Str()}, {"candidate_id", Str()}, {"plan", Ref("PlanContent")}}, {},
             "plan defaults to the opening's plan");
  s["DeliverableState"] = Enum({"todo", "in_progress", "done", "blocked"});
  s["PlanStatusInput"] = Record({{"status", MapOf(Ref("DeliverableState"))}});
  // The export writes each record with fewer keys (store ExportCandidate).
  s["ImportRowProblem"] = Object({{"line", Int()}, {"field", NullableStr()}, {"message", Str()}},
                                 {"line", "field", "message"},
                                 "a row (or resume) that cannot be imported: its line in the "
                                 "file and the column or path at fault");
  s["CandidateImport"] =
      Object({{"imported", ArrayOf(Ref("Candidate"))}, {"skipped", ArrayOf(Ref("ImportRowProblem"))}},
             {"imported", "skipped"});
  s["CandidateImportFile"] = Described(
      {{"type", json::array({"object", "array"})}},
      "the file's bytes: a JSON Resume document or an array of them (application/json), or CSV "
      "with a header row (text/csv; columns name, email, role, cost, codes, id, stage and the "
      "trait ids)");
  s["CandidateExport"] = Record(
      {{"candidate", Ref("Candidate")},
       {"interviews", ArrayOf(Without(s["Interview"], {"candidate_id", "updated_at"}))},
       {"scorecards",
        ArrayOf(Without(s["Scorecard"], {"candidate_id", "created_at", "updated_at"}))},
       {"decisions", ArrayOf(Without(s["Decision"], {"candidate_id", "decided_at"}))},
       {"plans", ArrayOf(Without(s["Plan"], {"candidate_id", "updated_at"}))}},
      "Everything stored about the candidate (right of access)");
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
  s["Health"] = Object({{"status", Described(Str(), "ok or degraded")},
                        {"database", Described(Str(), "sqlite or postgresql")},
                        {"reason", Described(Str(), "why health is degraded (only then)")}},
                       {"status"}, "database is left out when the server runs without one");
  s["OpenApiDocument"] = Object({{"openapi", Str()},
                                 {"info", Obj()},
                                 {"servers", ArrayOf(Obj())},
                                 {"paths", Obj()},
                                 {"components", Obj()}},
                                {"openapi", "paths"});
  s["PlaybookDocument"] = PlaybookDocumentSchema();
  s["Login"] = Object({{"email", Str()}, {"password", Str()}}, {"email", "password"});
  s["SessionUser"] =
      Record({{"id", Str()}, {"email", Str()}, {"name", Str()}, {"role", Ref("Role")}});
  s["Role"] = Enum({"admin", "hiring_manager", "interviewer"});
  s["SignedIn"] = Object(
      {{"user", Ref("SessionUser")}, {"csrf_token", Str()}, {"expires_at", Int()}},
      {"user", "csrf_token", "expires_at"},
      "Send csrf_token as X-CSRF-Token on every cookie-authenticated POST, PATCH and DELETE");
  s["WhoAmI"] = Object({{"user", Ref("SessionUser")},
                        {"auth", Enum({"session", "token"})},
                        {"csrf_token", Described(Str(), "only for a cookie session")}},
                       {"user", "auth"});
  InputSchemas(s);
  EngineSchemas(s);
  RecordSchemas(s);
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
      {"skip_bad_rows",
       "true: store the good rows and list the bad ones; else any bad row refuses the file",
       {{"type", "string"}, {"enum", {"true", "false"}}}},
      {"stage", "a pipeline stage id", Str()},
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
      return "The database does not answer, or (engines) every compute slot is busy: see "
             "Retry-After";
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
      if (std::string_view(op.request) == "CandidateImportFile") {
        operation["requestBody"]["content"]["text/csv"] = {{"schema", Str()}};
      }
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

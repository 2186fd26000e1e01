// Every role against every endpoint (deny by default), and the stateless
// endpoints against the CLI: the same document in, the same JSON out.
#include <map>
#include <set>
#include <tuple>

#include <yaml-cpp/yaml.h>

#include "api_fixture.h"
#include "http/openapi.h"
#include "input/yaml_json.h"
#include "process_runner.h"

namespace firsthire::apitest {
namespace {

enum Allowed : unsigned { kNone = 0, kAdmin = 1, kManager = 2, kInterviewer = 4, kAnyone = 8 };
constexpr unsigned kManagers = kAdmin | kManager;
constexpr unsigned kSignedIn = kAdmin | kManager | kInterviewer;

// Who may call what: written out here, independently of the server's own
// declarations and of the OpenAPI document.
const std::map<std::pair<std::string, std::string>, unsigned>& RoleTable() {
  static const std::map<std::pair<std::string, std::string>, unsigned> kTable = [] {
    std::map<std::pair<std::string, std::string>, unsigned> table = {
        {{"GET", "/healthz"}, kAnyone},
        {{"GET", "/api/v1/openapi.json"}, kAnyone},
        {{"GET", "/api/v1/playbook"}, kAnyone},
        {{"POST", "/api/v1/login"}, kAnyone},
        {{"POST", "/api/v1/logout"}, kSignedIn},
        {{"GET", "/api/v1/session"}, kSignedIn},
        {{"POST", "/api/v1/assess"}, kSignedIn},
        {{"POST", "/api/v1/kit"}, kSignedIn},
        {{"POST", "/api/v1/plan"}, kSignedIn},
        {{"POST", "/api/v1/score"}, kSignedIn},
        {{"POST", "/api/v1/review"}, kSignedIn},
        {{"POST", "/api/v1/team"}, kSignedIn},
        {{"GET", "/api/v1/users"}, kManagers},
        {{"POST", "/api/v1/users"}, kAdmin},
        {{"GET", "/api/v1/users/{id}"}, kManagers},
        {{"PATCH", "/api/v1/users/{id}"}, kAdmin},
        {{"POST", "/api/v1/users/{id}/reset"}, kAdmin},
        {{"POST", "/api/v1/password"}, kAnyone},
        {{"PUT", "/api/v1/me/password"}, kSignedIn},
        {{"GET", "/api/v1/audit"}, kAdmin},
        {{"GET", "/api/v1/candidates"}, kSignedIn},
        {{"POST", "/api/v1/candidates"}, kManagers},
        {{"POST", "/api/v1/candidates/import"}, kManagers},
        {{"GET", "/api/v1/candidates/{id}"}, kSignedIn},
        {{"PATCH", "/api/v1/candidates/{id}"}, kManagers},
        {{"DELETE", "/api/v1/candidates/{id}"}, kManagers},
        {{"GET", "/api/v1/candidates/{id}/export"}, kManagers},
        {{"GET", "/api/v1/candidates/{id}/decisions"}, kManagers},
        {{"POST", "/api/v1/candidates/{id}/decisions"}, kManagers},
        {{"GET", "/api/v1/candidates/{id}/scorecards"}, kSignedIn},
        {{"POST", "/api/v1/candidates/{id}/scorecards"}, kSignedIn},
        {{"GET", "/api/v1/candidates/{id}/scorecards/mine"}, kSignedIn},
        {{"GET", "/api/v1/candidates/{id}/evaluation"}, kSignedIn},
        {{"GET", "/api/v1/openings/{id}/pipeline"}, kSignedIn},
        {{"GET", "/api/v1/me/interviews"}, kSignedIn},
    };
    const std::pair<const char*, unsigned> resources[] = {
        {"/api/v1/briefs", kManagers},     {"/api/v1/openings", kSignedIn},
        {"/api/v1/interviews", kSignedIn}, {"/api/v1/team-members", kManagers},
        {"/api/v1/proposals", kManagers},  {"/api/v1/plans", kManagers},
    };
    for (const auto& [path, read] : resources) {
      std::string base = path;
      table[{"GET", base}] = read;
      table[{"GET", base + "/{id}"}] = read;
      table[{"POST", base}] = kManagers;
      table[{"PATCH", base + "/{id}"}] = kManagers;
      table[{"DELETE", base + "/{id}"}] = kManagers;
    }
    return table;
  }();
  return kTable;
}

class ApiRolesTest : public ApiTest {};

TEST(ApiRoleTable, CoversEveryDocumentedOperation) {
  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& operation : http::OpenApiOperations()) documented.insert(operation);
  std::set<std::pair<std::string, std::string>> tabled;
  for (const auto& [operation, allowed] : RoleTable()) tabled.insert(operation);
  EXPECT_EQ(documented, tabled);
}

TEST_P(ApiRolesTest, EveryRoleAgainstEveryEndpoint) {
  const std::string unknown_id = "0123456789abcdef0123456789abcdef";
  const std::pair<unsigned, const Caller*> callers[] = {
      {kNone, nullptr},  // anonymous
      {kAdmin, &admin_.caller},
      {kManager, &manager_.caller},
      {kInterviewer, &interviewer_.caller},
  };
  for (const auto& [operation, allowed] : RoleTable()) {
    const auto& [method, pattern] = operation;
    if (operation == std::make_pair(std::string("POST"), std::string("/api/v1/logout"))) continue;
    std::string path = pattern;
    if (auto at = path.find("{id}"); at != std::string::npos) path.replace(at, 4, unknown_id);
    std::optional<json> body;
    if (method == "POST" || method == "PATCH" || method == "PUT") body = json::object();
    for (const auto& [role, caller] : callers) {
      Answer answer = Call(method, path, body, caller ? *caller : Caller{});
      std::string where = method + " " + pattern + " as role bit " + std::to_string(role);
      if (allowed & kAnyone) {
        EXPECT_NE(answer.status, 401) << where;
        EXPECT_NE(answer.status, 403) << where;
      } else if (caller == nullptr) {
        EXPECT_EQ(answer.status, 401) << where;
      } else if ((allowed & role) == 0) {
        EXPECT_EQ(answer.status, 403) << where << ": " << answer.raw;
      } else {
        EXPECT_NE(answer.status, 401) << where;
        EXPECT_NE(answer.status, 403) << where << ": " << answer.raw;
        EXPECT_LT(answer.status, 500) << where << ": " << answer.raw;
      }
    }
  }
}

TEST_P(ApiRolesTest, InterviewersSeeOnlyTheirOwnInterviews) {
  std::string candidate = NewCandidate();
  Answer mine = Call(
      "POST", "/api/v1/interviews",
      json{{"candidate_id", candidate}, {"interviewer_id", interviewer_.id}, {"kind", "technical"}},
      manager_.caller);
  ASSERT_EQ(mine.status, 201) << mine.raw;
  Answer theirs =
      Call("POST", "/api/v1/interviews",
           json{{"candidate_id", candidate}, {"interviewer_id", second_interviewer_.id}},
           manager_.caller);
  ASSERT_EQ(theirs.status, 201);
  Answer listed = Call("GET", "/api/v1/interviews?interviewer_id=" + second_interviewer_.id,
                       std::nullopt, interviewer_.caller);
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.body["total"], 1);
  EXPECT_EQ(listed.body["items"][0]["id"], mine.body["id"]);
  EXPECT_EQ(Call("GET", "/api/v1/interviews/" + theirs.body["id"].get<std::string>(), std::nullopt,
                 interviewer_.caller)
                .status,
            404);
  EXPECT_EQ(Call("GET", "/api/v1/interviews", std::nullopt, manager_.caller).body["total"], 2);
}

// The example input as JSON (examples are YAML or JSON).
json Example(const std::string& relative) {
  return YamlToJson(YAML::LoadFile(std::string(FIRSTHIRE_SOURCE_DIR) + "/examples/" + relative));
}

json Cli(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {FIRSTHIRE_BIN, "--format", "json"};
  argv.insert(argv.end(), args.begin(), args.end());
  auto result = testing::RunProcess(argv, "", {"FIRSTHIRE_TODAY=2026-01-15"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return json::parse(result.out, nullptr, false);
}

TEST_P(ApiRolesTest, StatelessEndpointsAnswerWhatTheCliPrints) {
  const std::string src = FIRSTHIRE_SOURCE_DIR;
  struct Case {
    const char* endpoint;
    const char* verb;
    const char* example;
  };
  const Case cases[] = {
      {"/api/v1/assess", "assess", "briefs/support_ticket_triage.yaml"},
      {"/api/v1/assess", "assess", "briefs/claims_assistant.yaml"},
      {"/api/v1/kit", "kit", "briefs/policy_search_assistant.yaml"},
      {"/api/v1/plan", "plan", "briefs/custom_model_training.yaml"},
      {"/api/v1/score", "score", "scorecards/disagreement_red_flags.yaml"},
      {"/api/v1/score", "score", "scorecards/no_hire.json"},
      {"/api/v1/review", "review", "proposals/northwind_agency.yaml"},
      {"/api/v1/team", "team", "team/founding_team.yaml"},
  };
  // The API adds playbook.stale (the warning the CLI prints on stderr); the
  // rest is the same record.
  auto without_stale = [](json body) {
    EXPECT_TRUE(body["playbook"].contains("stale"));
    body["playbook"].erase("stale");
    return body;
  };
  for (const Case& c : cases) {
    Answer api = Call("POST", c.endpoint, Example(c.example), interviewer_.caller);
    ASSERT_EQ(api.status, 200) << c.example << ": " << api.raw;
    EXPECT_EQ(without_stale(api.body), Cli({c.verb, src + "/examples/" + c.example})) << c.example;
  }
  Answer candidate_kit = Call("POST", "/api/v1/kit?for=candidate",
                              Example("briefs/policy_search_assistant.yaml"), manager_.caller);
  ASSERT_EQ(candidate_kit.status, 200);
  EXPECT_EQ(without_stale(candidate_kit.body), Cli({"kit", "--for", "candidate",
                                     src + "/examples/briefs/policy_search_assistant.yaml"}));
  // The team with a pool and K: the same as --candidates --hires.
  json team = Example("team/founding_team.yaml");
  team["candidates"] = Example("pools/candidates.yaml")["candidates"];
  Answer picked = Call("POST", "/api/v1/team?hires=2", team, manager_.caller);
  ASSERT_EQ(picked.status, 200) << picked.raw;
  EXPECT_EQ(without_stale(picked.body), Cli({"team", src + "/examples/team/founding_team.yaml", "--candidates",
                              src + "/examples/pools/candidates.yaml", "--hires", "2"}));
}

TEST_P(ApiRolesTest, EngineInputErrorsName422Fields) {
  json brief = Example("briefs/support_ticket_triage.yaml");
  brief["constraints"]["mistake_cost"] = "catastrophic";
  Answer bad = Call("POST", "/api/v1/assess", brief, interviewer_.caller);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.body["error"]["field"], "constraints.mistake_cost");
  EXPECT_EQ(CallRaw("POST", "/api/v1/plan", "[1,", interviewer_.caller).status, 400);
  EXPECT_EQ(Call("POST", "/api/v1/kit?for=boss", brief, interviewer_.caller).status, 422);
  EXPECT_EQ(
      Call("POST", "/api/v1/team?hires=9", Example("team/founding_team.yaml"), interviewer_.caller)
          .status,
      422);
}

TEST_P(ApiRolesTest, BriefsOpeningsPlansProposalsAndTeamMembers) {
  json input = Example("briefs/policy_search_assistant.yaml");
  Answer brief = Call("POST", "/api/v1/briefs", json{{"brief", input}}, manager_.caller);
  ASSERT_EQ(brief.status, 201) << brief.raw;
  EXPECT_EQ(brief.body["assessment"],
            Cli({"assess", std::string(FIRSTHIRE_SOURCE_DIR) +
                               "/examples/briefs/policy_search_assistant.yaml"}));
  std::string brief_id = brief.body["id"];
  // Invalid brief: 422 with the field inside "brief".
  json bad = input;
  bad["shape"] = "moonshot";
  Answer refused = Call("POST", "/api/v1/briefs", json{{"brief", bad}}, manager_.caller);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.body["error"]["field"], "brief.shape");
  // Updating the brief recomputes the stored assessment.
  json changed = input;
  changed["owner"] = json::object();
  Answer updated =
      Call("PATCH", "/api/v1/briefs/" + brief_id, json{{"brief", changed}}, manager_.caller);
  ASSERT_EQ(updated.status, 200) << updated.raw;
  EXPECT_NE(updated.body["assessment"], brief.body["assessment"]);

  Answer opening = Call("POST", "/api/v1/openings",
                        json{{"title", "RAG engineer"}, {"brief_id", brief_id}}, manager_.caller);
  ASSERT_EQ(opening.status, 201) << opening.raw;
  EXPECT_EQ(opening.body["archetype"], brief.body["assessment"]["first_hire"]["archetype"]);
  EXPECT_TRUE(opening.body["kit"].contains("questions"));
  EXPECT_EQ(Call("GET", "/api/v1/openings/" + opening.body["id"].get<std::string>(), std::nullopt,
                 interviewer_.caller)
                .status,
            200);
  EXPECT_EQ(Call("DELETE", "/api/v1/briefs/" + brief_id, std::nullopt, manager_.caller).status,
            409);  // still referenced by the opening

  Answer plan =
      Call("POST", "/api/v1/plans", json{{"opening_id", opening.body["id"]}}, manager_.caller);
  ASSERT_EQ(plan.status, 201) << plan.raw;
  std::string deliverable = plan.body["plan"]["windows"][0]["deliverables"][0]["id"];
  std::string plan_path = "/api/v1/plans/" + plan.body["id"].get<std::string>();
  Answer progress =
      Call("PATCH", plan_path, json{{"status", {{deliverable, "done"}}}}, manager_.caller);
  ASSERT_EQ(progress.status, 200) << progress.raw;
  EXPECT_EQ(progress.body["status"][deliverable], "done");
  EXPECT_EQ(
      Call("PATCH", plan_path, json{{"status", {{"d99.moon", "done"}}}}, manager_.caller).status,
      422);
  EXPECT_EQ(
      Call("PATCH", plan_path, json{{"status", {{deliverable, "maybe"}}}}, manager_.caller).status,
      422);

  Answer proposal =
      Call("POST", "/api/v1/proposals",
           json{{"proposal", Example("proposals/northwind_agency.yaml")}}, manager_.caller);
  ASSERT_EQ(proposal.status, 201) << proposal.raw;
  EXPECT_EQ(proposal.body["review"],
            Cli({"review",
                 std::string(FIRSTHIRE_SOURCE_DIR) + "/examples/proposals/northwind_agency.yaml"}));

  Answer member =
      Call("POST", "/api/v1/team-members",
           json{{"name", "Dana"}, {"traits", {{"design", 4}}}, {"codes", false}}, manager_.caller);
  ASSERT_EQ(member.status, 201) << member.raw;
  Answer bad_member = Call("POST", "/api/v1/team-members",
                           json{{"name", "Eve"}, {"traits", {{"design", 9}}}}, manager_.caller);
  EXPECT_EQ(bad_member.status, 422);
  EXPECT_EQ(bad_member.body["error"]["field"], "traits.design");
  EXPECT_EQ(Call("GET", "/api/v1/team-members", std::nullopt, manager_.caller).body["total"], 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiRolesTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

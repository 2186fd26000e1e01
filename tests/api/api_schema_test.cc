// What the server really sends against what the OpenAPI document says it
// sends: each answer below, from a real request over HTTP on both backends,
// is checked against the schema of its operation's success response
// (schema_check.h: types, enums, required keys, and no undeclared key).
#include <cctype>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "api_fixture.h"
#include "http/openapi.h"
#include "http/schema_check.h"
#include "input/yaml_json.h"

namespace firsthire::apitest {
namespace {

class ApiSchemaTest : public ApiTest {
 protected:
  // The answer must have the status the document promises for the operation
  // (method, pattern) and fit its schema.
  void ExpectDocumented(const std::string& method, const std::string& pattern,
                        const Answer& answer) {
    const json& document = http::OpenApiDocument();
    std::string lower = method;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const json::json_pointer operation("/paths/" + Escape(pattern) + "/" + lower);
    ASSERT_TRUE(document.contains(operation)) << method << " " << pattern;
    const json& responses = document.at(operation)["responses"];
    const std::string status = std::to_string(answer.status);
    ASSERT_TRUE(responses.contains(status))
        << method << " " << pattern << " answered " << answer.status << ": " << answer.raw;
    const json& schema = responses[status]["content"]["application/json"]["schema"];
    std::vector<std::string> violations =
        http::testing::SchemaViolations(document, schema, answer.body);
    EXPECT_TRUE(violations.empty())
        << method << " " << pattern << ":\n  " << ::testing::PrintToString(violations);
  }

  static std::string Escape(const std::string& path) {
    std::string out;
    for (char c : path) {
      if (c == '~') {
        out += "~0";
      } else if (c == '/') {
        out += "~1";
      } else {
        out += c;
      }
    }
    return out;
  }

  static json Example(const std::string& relative) {
    return YamlToJson(YAML::LoadFile(std::string(FIRSTHIRE_SOURCE_DIR) + "/examples/" + relative));
  }
};

TEST_P(ApiSchemaTest, TheEvaluationFitsItsSchema) {
  std::string id = NewCandidate();
  std::string cards = "/api/v1/candidates/" + id + "/scorecards";
  // Disagreement, a red flag, a high score without a note: every list of
  // the evaluation has items.
  json ivan = GoodScorecard(5);
  ivan["red_flags"] = {"manual_validation_only"};
  json iris = GoodScorecard(2);
  iris["notes"] = json::object();
  ASSERT_EQ(Call("POST", cards, ivan, interviewer_.caller).status, 201);
  ASSERT_EQ(Call("POST", cards, iris, second_interviewer_.caller).status, 201);
  Answer evaluation =
      Call("GET", "/api/v1/candidates/" + id + "/evaluation", std::nullopt, manager_.caller);
  ASSERT_EQ(evaluation.status, 200) << evaluation.raw;
  for (const char* list : {"categories", "red_flags", "disagreements", "weak_evidence"}) {
    EXPECT_FALSE(evaluation.body[list].empty()) << list;
  }
  ExpectDocumented("GET", "/api/v1/candidates/{id}/evaluation", evaluation);
  // Against the component itself, too: every key of the answer is a declared
  // property of Evaluation, and every required key is there.
  const json& document = http::OpenApiDocument();
  const json& schema = document["components"]["schemas"]["Evaluation"];
  for (const auto& [key, value] : evaluation.body.items()) {
    EXPECT_TRUE(schema["properties"].contains(key)) << "undeclared Evaluation key " << key;
  }
  for (const auto& key : schema["required"]) {
    EXPECT_TRUE(evaluation.body.contains(key.get<std::string>())) << "missing " << key;
  }
  // The stateless engine gives the same shape.
  Answer scored = Call("POST", "/api/v1/score", Example("scorecards/disagreement_red_flags.yaml"),
                       interviewer_.caller);
  ASSERT_EQ(scored.status, 200) << scored.raw;
  ExpectDocumented("POST", "/api/v1/score", scored);
}

TEST_P(ApiSchemaTest, EngineAnswersFitTheirSchemas) {
  const Caller& who = interviewer_.caller;
  for (const char* brief : {"briefs/support_ticket_triage.yaml", "briefs/claims_assistant.yaml",
                            "briefs/something_with_ai.yaml"}) {
    SCOPED_TRACE(brief);
    ExpectDocumented("POST", "/api/v1/assess", Call("POST", "/api/v1/assess", Example(brief), who));
    ExpectDocumented("POST", "/api/v1/kit", Call("POST", "/api/v1/kit", Example(brief), who));
    ExpectDocumented("POST", "/api/v1/kit",
                     Call("POST", "/api/v1/kit?for=candidate", Example(brief), who));
    ExpectDocumented("POST", "/api/v1/plan", Call("POST", "/api/v1/plan", Example(brief), who));
  }
  for (const char* proposal :
       {"proposals/northwind_agency.yaml", "proposals/promptforge_freelancer.yaml"}) {
    ExpectDocumented("POST", "/api/v1/review",
                     Call("POST", "/api/v1/review", Example(proposal), who));
  }
  json team = Example("team/founding_team.yaml");
  ExpectDocumented("POST", "/api/v1/team", Call("POST", "/api/v1/team", team, who));
  team["candidates"] = Example("pools/candidates.yaml")["candidates"];
  Answer picked = Call("POST", "/api/v1/team?hires=2&budget=400000", team, who);
  ASSERT_FALSE(picked.body["best_hires"].is_null()) << picked.raw;
  ExpectDocumented("POST", "/api/v1/team", picked);
  ExpectDocumented("GET", "/api/v1/playbook", Call("GET", "/api/v1/playbook"));
  ExpectDocumented("GET", "/healthz", Call("GET", "/healthz"));
  ExpectDocumented("GET", "/api/v1/openapi.json", Call("GET", "/api/v1/openapi.json"));
  ExpectDocumented("GET", "/api/v1/session", Call("GET", "/api/v1/session", std::nullopt, who));
}

TEST_P(ApiSchemaTest, RecordAnswersFitTheirSchemas) {
  const Caller& manager = manager_.caller;
  // Users, sign-in and the session.
  Answer login =
      Call("POST", "/api/v1/login", json{{"email", manager_.email}, {"password", kPassword}});
  ExpectDocumented("POST", "/api/v1/login", login);
  Caller session = SignIn(interviewer_.email);
  ExpectDocumented("GET", "/api/v1/session", Call("GET", "/api/v1/session", std::nullopt, session));
  ExpectDocumented("GET", "/api/v1/users", Call("GET", "/api/v1/users", std::nullopt, manager));
  ExpectDocumented("GET", "/api/v1/users/{id}",
                   Call("GET", "/api/v1/users/" + interviewer_.id, std::nullopt, manager));
  Answer invited = Call(
      "POST", "/api/v1/users",
      json{{"name", "Nia"}, {"email", "nia@example.com"}, {"role", "interviewer"}}, admin_.caller);
  ExpectDocumented("POST", "/api/v1/users", invited);
  ExpectDocumented(
      "POST", "/api/v1/users/{id}/reset",
      Call("POST", "/api/v1/users/" + interviewer_.id + "/reset", std::nullopt, admin_.caller));

  // A brief, its opening (kit and plan), an opening without a brief, a plan.
  Answer brief = Call("POST", "/api/v1/briefs",
                      json{{"brief", Example("briefs/policy_search_assistant.yaml")}}, manager);
  ASSERT_EQ(brief.status, 201) << brief.raw;
  ExpectDocumented("POST", "/api/v1/briefs", brief);
  ExpectDocumented("GET", "/api/v1/briefs", Call("GET", "/api/v1/briefs", std::nullopt, manager));
  Answer opening = Call("POST", "/api/v1/openings",
                        json{{"title", "RAG engineer"}, {"brief_id", brief.body["id"]}}, manager);
  ASSERT_EQ(opening.status, 201) << opening.raw;
  ExpectDocumented("POST", "/api/v1/openings", opening);
  Answer bare = Call("POST", "/api/v1/openings", json{{"title", "Later"}}, manager);
  ASSERT_EQ(bare.status, 201) << bare.raw;
  EXPECT_TRUE(bare.body["kit"].is_null());
  ExpectDocumented("POST", "/api/v1/openings", bare);
  ExpectDocumented("GET", "/api/v1/openings",
                   Call("GET", "/api/v1/openings", std::nullopt, interviewer_.caller));

  // A candidate with a profile, its interview, scorecards, decision, plan.
  Answer candidate =
      Call("POST", "/api/v1/candidates",
           json{{"name", "Grace Hopper"},
                {"email", "grace@example.com"},
                {"opening_id", opening.body["id"]},
                {"profile", {{"role", "AI engineer"}, {"traits", {{"evals", 4}}}, {"cost", 9000}}}},
           manager);
  ASSERT_EQ(candidate.status, 201) << candidate.raw;
  ExpectDocumented("POST", "/api/v1/candidates", candidate);
  const std::string id = candidate.body["id"];
  ExpectDocumented("GET", "/api/v1/candidates",
                   Call("GET", "/api/v1/candidates?q=grace", std::nullopt, manager));
  Answer interview = Call("POST", "/api/v1/interviews",
                          json{{"candidate_id", id},
                               {"interviewer_id", interviewer_.id},
                               {"kind", "technical"},
                               {"scheduled_at", 1767225600000},
                               {"focus", {"eval_discipline"}},
                               {"due_at", 1767312000000}},
                          manager);
  ExpectDocumented("POST", "/api/v1/interviews", interview);
  ExpectDocumented("GET", "/api/v1/me/interviews",
                   Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller));
  json draft = GoodScorecard(4);
  draft["submit"] = false;
  const std::string cards = "/api/v1/candidates/" + id + "/scorecards";
  ExpectDocumented("POST", "/api/v1/candidates/{id}/scorecards",
                   Call("POST", cards, draft, interviewer_.caller));
  ExpectDocumented("GET", "/api/v1/candidates/{id}/scorecards/mine",
                   Call("GET", cards + "/mine", std::nullopt, interviewer_.caller));
  ASSERT_EQ(Call("POST", cards, GoodScorecard(3), manager).status, 201);
  ExpectDocumented("GET", "/api/v1/candidates/{id}/scorecards",
                   Call("GET", cards, std::nullopt, manager));
  Answer decision = Call("POST", "/api/v1/candidates/" + id + "/decisions",
                         json{{"decision", "hold"}, {"reason", "second round"}}, manager);
  ExpectDocumented("POST", "/api/v1/candidates/{id}/decisions", decision);
  ExpectDocumented("GET", "/api/v1/candidates/{id}/decisions",
                   Call("GET", "/api/v1/candidates/" + id + "/decisions", std::nullopt, manager));
  // The interviewer's scorecard submitted, then reopened: My interviews says by whom.
  ASSERT_EQ(Call("POST", cards, GoodScorecard(4), interviewer_.caller).status, 200);
  ASSERT_EQ(Call("POST", cards + "/" + interviewer_.id + "/reopen", std::nullopt, manager).status,
            200);
  Answer reopened = Call("GET", "/api/v1/me/interviews", std::nullopt, interviewer_.caller);
  EXPECT_TRUE(reopened.body["items"][0]["reopened"].is_object()) << reopened.raw;
  ExpectDocumented("GET", "/api/v1/me/interviews", reopened);
  ExpectDocumented(
      "GET", "/api/v1/openings/{id}/pipeline",
      Call("GET", "/api/v1/openings/" + opening.body["id"].get<std::string>() + "/pipeline",
           std::nullopt, manager));
  ExpectDocumented(
      "PATCH", "/api/v1/candidates/{id}",
      Call("PATCH", "/api/v1/candidates/" + id,
           json{{"stage", "rejected"}, {"stage_reason", "chose another offer"}}, manager));
  ExpectDocumented(
      "GET", "/api/v1/openings/{id}/pipeline",
      Call("GET", "/api/v1/openings/" + opening.body["id"].get<std::string>() + "/pipeline",
           std::nullopt, manager));
  ExpectDocumented("GET", "/api/v1/candidates/{id}/evaluation",
                   Call("GET", "/api/v1/candidates/" + id + "/evaluation", std::nullopt, manager));
  Answer plan = Call("POST", "/api/v1/plans",
                     json{{"opening_id", opening.body["id"]}, {"candidate_id", id}}, manager);
  ASSERT_EQ(plan.status, 201) << plan.raw;
  ExpectDocumented("POST", "/api/v1/plans", plan);
  std::string deliverable = plan.body["plan"]["windows"][0]["deliverables"][0]["id"];
  ExpectDocumented("PATCH", "/api/v1/plans/{id}",
                   Call("PATCH", "/api/v1/plans/" + plan.body["id"].get<std::string>(),
                        json{{"status", {{deliverable, "in_progress"}}}}, manager));
  ExpectDocumented("GET", "/api/v1/candidates/{id}/export",
                   Call("GET", "/api/v1/candidates/" + id + "/export", std::nullopt, manager));

  // Proposals, team members and the audit log.
  ExpectDocumented(
      "POST", "/api/v1/proposals",
      Call("POST", "/api/v1/proposals",
           json{{"proposal", Example("proposals/clearpath_contractor.yaml")}}, manager));
  ExpectDocumented(
      "POST", "/api/v1/team-members",
      Call("POST", "/api/v1/team-members",
           json{{"name", "Dana"}, {"traits", {{"design", 4}}}, {"codes", false}}, manager));
  ExpectDocumented("GET", "/api/v1/audit",
                   Call("GET", "/api/v1/audit", std::nullopt, admin_.caller));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiSchemaTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

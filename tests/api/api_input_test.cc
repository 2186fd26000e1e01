// Request bodies read once by the input layer (errors name the body's line
// and column) and the vocabularies served with the playbook.
#include <string>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

using ApiInputTest = ApiTest;

TEST_P(ApiInputTest, AnEngineBodyErrorNamesItsLineAndColumn) {
  std::string brief =
      "{\n"
      "  \"workflow\": {\"name\": \"Triage\"},\n"
      "  \"constraints\": {\"mistake_cost\": \"hgh\"}\n"
      "}";
  Answer bad = CallRaw("POST", "/api/v1/assess", brief, interviewer_.caller);
  ASSERT_EQ(bad.status, 422) << bad.raw;
  EXPECT_EQ(bad.body["error"]["field"], "constraints.mistake_cost");
  EXPECT_EQ(bad.body["error"]["line"], 3);
  EXPECT_EQ(bad.body["error"]["column"], 35);  // the value's opening quote
  EXPECT_NE(bad.body["error"]["message"].get<std::string>().find("did you mean 'high'"),
            std::string::npos);

  Answer syntax = CallRaw("POST", "/api/v1/plan", "{\n  \"workflow\": {\"name\": }\n}",
                          interviewer_.caller);
  ASSERT_EQ(syntax.status, 400) << syntax.raw;
  EXPECT_EQ(syntax.body["error"]["line"], 2);
  // YAML that JSON does not allow is still malformed JSON.
  EXPECT_EQ(CallRaw("POST", "/api/v1/assess", "workflow: {name: x}", interviewer_.caller).status,
            400);
  EXPECT_EQ(CallRaw("POST", "/api/v1/assess", "[1]", interviewer_.caller).status, 400);
  // Errors that have no place in the body carry no line.
  Answer hires = Call("POST", "/api/v1/team?hires=9", json{{"members", json::array()}},
                      interviewer_.caller);
  EXPECT_EQ(hires.status, 422);
  EXPECT_FALSE(hires.body["error"].contains("line"));
}

TEST_P(ApiInputTest, AScorecardIsCheckedAsWrittenWithoutAnInterviewer) {
  std::string cards = "/api/v1/candidates/" + NewCandidate() + "/scorecards";
  Answer bad = CallRaw("POST", cards, "{\"scores\": {\n  \"charisma\": 3}}", interviewer_.caller);
  ASSERT_EQ(bad.status, 422) << bad.raw;
  EXPECT_EQ(bad.body["error"]["field"], "scores.charisma");
  EXPECT_EQ(bad.body["error"]["line"], 2);
  Answer good = Call("POST", cards, GoodScorecard(), interviewer_.caller);
  EXPECT_EQ(good.status, 201) << good.raw;
}

TEST_P(ApiInputTest, ThePlaybookServesEveryVocabularyWithLabels) {
  Answer playbook = Call("GET", "/api/v1/playbook");
  ASSERT_EQ(playbook.status, 200);
  const json& vocabularies = playbook.body["vocabularies"];
  EXPECT_EQ(vocabularies["mistake_cost"][3], json({{"id", "critical"}, {"label", "Critical"}}));
  EXPECT_EQ(vocabularies["security_review"][0]["label"], "From the design stage");
  EXPECT_EQ(vocabularies["organisation_need"].size(), 8u);
  for (const char* name : {"data_access", "data_sensitivity", "workflow_stage", "urgency",
                           "role_level", "interview_focus", "traits", "categories", "red_flags",
                           "shapes", "routes", "stages", "decisions"}) {
    ASSERT_TRUE(vocabularies.contains(name)) << name;
    for (const json& term : vocabularies[name]) {
      EXPECT_TRUE(term["id"].is_string() && term["label"].is_string()) << name;
      EXPECT_EQ(term.size(), 2u) << name;
    }
  }
  EXPECT_EQ(vocabularies["traits"][0], json({{"id", "product_sense"}, {"label", "Product sense"}}));
  EXPECT_EQ(vocabularies["stages"][0]["id"], "applied");
  // The rest of the document is unchanged.
  EXPECT_TRUE(playbook.body.contains("traits"));
  EXPECT_TRUE(playbook.body.contains("stale"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiInputTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

// End to end: `firsthire evidence` and `firsthire score` as processes, with
// the optional model pointed at a local stand-in server (docs/llm.md).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "llm/chat_stand_in_for_test.h"
#include "process_runner.h"

namespace firsthire {
namespace {

using nlohmann::json;
using testing::ProcessResult;
using testing::RunProcess;

const std::string kScorecards =
    std::string(FIRSTHIRE_SOURCE_DIR) + "/examples/scorecards/strong_hire.yaml";

// Every scorecard gets this answer; only Dana Whitfield's notes hold the
// quote, so the others' copies are dropped as not verbatim. The playbook's
// cues find nothing in it, so the model's finding is not a repeat.
std::string StagedRolloutAnswer() {
  json message = {{"signals",
                   {{{"note", "data_retrieval"},
                     {"category", "data_retrieval"},
                     {"polarity", "strong"},
                     {"quote", "access followed the CRM's team permissions"}}}},
                  {"red_flags", json::array()},
                  {"recommendation", "strong_hire"}};
  return llm::testing::ChatCompletionBody(message.dump());
}

ProcessResult RunVerb(const std::string& verb, const std::vector<std::string>& env,
                      const std::string& format = "json") {
  std::vector<std::string> all = {"FIRSTHIRE_LLM_ENDPOINT", "FIRSTHIRE_LLM_MODEL",
                                  "FIRSTHIRE_LLM_API_KEY", "FIRSTHIRE_LLM_TIMEOUT"};
  all.insert(all.end(), env.begin(), env.end());
  return RunProcess({FIRSTHIRE_BIN, verb, kScorecards, "--format", format}, "", all);
}

std::vector<std::string> ModelEnv(const std::string& endpoint) {
  return {"FIRSTHIRE_LLM_ENDPOINT=" + endpoint, "FIRSTHIRE_LLM_MODEL=stand-in",
          "FIRSTHIRE_LLM_TIMEOUT=10"};
}

const json* CardOf(const json& evidence, const std::string& interviewer) {
  for (const json& card : evidence["scorecards"]) {
    if (card["interviewer"] == interviewer) return &card;
  }
  return nullptr;
}

int ModelSignals(const json& evidence) {
  int n = 0;
  for (const json& card : evidence["scorecards"]) {
    for (const json& s : card["signals"]) n += s.value("source", "") == "model";
  }
  return n;
}

TEST(LlmE2e, EvidenceAddsTheModelsVerbatimQuotes) {
  llm::testing::ChatStandIn server({200, StagedRolloutAnswer()});
  ProcessResult r = RunVerb("evidence", ModelEnv(server.endpoint()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json out = json::parse(r.out);
  EXPECT_EQ(out["model"]["used"], true);
  EXPECT_EQ(out["model"]["name"], "stand-in");
  EXPECT_EQ(out["model"]["added"], 1);
  EXPECT_EQ(out["model"]["dropped_not_verbatim"], 2);
  EXPECT_EQ(server.requests().size(), 3u);
  const json* dana = CardOf(out, "Dana Whitfield");
  ASSERT_NE(dana, nullptr);
  const json& last = (*dana)["signals"].back();
  EXPECT_EQ(last.value("quote", ""), "access followed the CRM's team permissions");
  EXPECT_EQ(last.value("source", ""), "model");
  EXPECT_EQ(last.value("rule", ""), "evidence.model");
  EXPECT_EQ(ModelSignals(out), 1);
}

TEST(LlmE2e, ScoreKeepsItsRecommendationAndShowsTheModelInEvidence) {
  ProcessResult without = RunVerb("score", {});
  ASSERT_EQ(without.exit_code, 0) << without.err;
  llm::testing::ChatStandIn server({200, StagedRolloutAnswer()});
  ProcessResult with = RunVerb("score", ModelEnv(server.endpoint()));
  ASSERT_EQ(with.exit_code, 0) << with.err;
  json a = json::parse(without.out), b = json::parse(with.out);
  EXPECT_EQ(a["recommendation"], b["recommendation"]);
  EXPECT_EQ(a["categories"], b["categories"]);
  EXPECT_FALSE(a["evidence"].contains("model"));
  EXPECT_EQ(b["evidence"]["model"]["used"], true);
  EXPECT_EQ(ModelSignals(b["evidence"]), 1);
}

TEST(LlmE2e, TheTextReportMarksWhatTheModelFound) {
  llm::testing::ChatStandIn server({200, StagedRolloutAnswer()});
  ProcessResult r = RunVerb("evidence", ModelEnv(server.endpoint()), "text");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("found by the model"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("The model stand-in added 1 quote(s)"), std::string::npos) << r.out;
}

TEST(LlmE2e, AnUnreachableModelStillAnswersWithThePlaybooksFindings) {
  ProcessResult r =
      RunVerb("evidence", ModelEnv("http://127.0.0.1:" + llm::testing::ClosedPort() + "/v1"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("firsthire: warning: the model stand-in at http://127.0.0.1:"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("connection refused"), std::string::npos) << r.err;
  json out = json::parse(r.out);
  EXPECT_EQ(out["model"]["used"], false);
  EXPECT_NE(out["model"]["reason"].get<std::string>().find("connection refused"),
            std::string::npos);
  EXPECT_EQ(ModelSignals(out), 0);
  json plain = json::parse(RunVerb("evidence", {}).out);
  EXPECT_EQ(out["scorecards"], plain["scorecards"]);
}

TEST(LlmE2e, TheModelIsOffWhenUnset) {
  ProcessResult r = RunVerb("evidence", {});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(json::parse(r.out).contains("model"));
  EXPECT_EQ(r.err, "");
}

TEST(LlmE2e, BadSettingsExitTwoWithOneMessage) {
  struct Case {
    std::vector<std::string> env;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"FIRSTHIRE_LLM_ENDPOINT=http://127.0.0.1:1/v1", "FIRSTHIRE_LLM_MODEL=m",
             "FIRSTHIRE_LLM_TIMEOUT=soon"},
            "FIRSTHIRE_LLM_TIMEOUT: expected whole seconds from 1 to 600"},
           {{"FIRSTHIRE_LLM_ENDPOINT=https://models.example/v1", "FIRSTHIRE_LLM_MODEL=m"},
            "FIRSTHIRE_LLM_ENDPOINT: https is not supported"},
           {{"FIRSTHIRE_LLM_MODEL=m"}, "FIRSTHIRE_LLM_ENDPOINT: unset"}}) {
    for (const char* verb : {"evidence", "score"}) {
      ProcessResult r = RunVerb(verb, c.env);
      EXPECT_EQ(r.exit_code, 2) << verb << " " << c.message;
      EXPECT_EQ(r.out, "");
      EXPECT_EQ(r.err.rfind("firsthire: error: " + c.message, 0), 0u) << r.err;
      EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    }
  }
}

}  // namespace
}  // namespace firsthire

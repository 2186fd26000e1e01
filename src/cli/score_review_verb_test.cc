// The score and review verbs through their CLI wiring: the shipped examples
// decide what their comments promise, every format renders, bad input exits
// 2 with one located line on stderr and nothing on stdout.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "cli/verb_test_runner.h"
#include "cli/verbs.h"

namespace firsthire {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// examples/ of this source tree.
std::string Example(const std::string& relative) {
  return (std::filesystem::path(FIRSTHIRE_SOURCE_DIR) / "examples" / relative)
      .lexically_normal()
      .string();
}

std::string WriteTemp(const std::string& text) { return WriteTempInput("fh_score_review", text); }

// The verbs under test, registered as main.cc does.
VerbRun RunVerb(const std::string& args) { return RunVerbs(args, {AddScoreVerb, AddReviewVerb}); }

nlohmann::json Json(const std::string& verb, const std::string& path) {
  VerbRun run = RunVerb("--format json " + verb + " " + path);
  EXPECT_EQ(run.exit_code, 0) << path << ": " << run.err;
  return run.exit_code == 0 ? nlohmann::json::parse(run.out) : nlohmann::json();
}

TEST(ScoreVerbTest, ExampleScorecardsDecideAsDocumented) {
  nlohmann::json strong = Json("score", Example("scorecards/strong_hire.yaml"));
  EXPECT_EQ(strong["recommendation"]["decision"], "strong_hire");
  EXPECT_TRUE(strong["weak_evidence"].empty());

  nlohmann::json gate = Json("score", Example("scorecards/fails_security_gate.yaml"));
  EXPECT_EQ(gate["recommendation"]["decision"], "risky_first_hire");
  EXPECT_EQ(gate["gate"]["failing"], nlohmann::json::array({"security_guardrails"}));

  nlohmann::json split = Json("score", Example("scorecards/disagreement_red_flags.yaml"));
  // premature_multi_agent from two interviewers (2 steps) and unmodeled_cost (2): no hire.
  EXPECT_EQ(split["recommendation"]["decision"], "no_hire");
  EXPECT_EQ(split["recommendation"]["before_red_flags"], "hire");
  EXPECT_EQ(split["disagreements"].size(), 1u);
  EXPECT_EQ(split["red_flags"].size(), 2u);
  EXPECT_FALSE(split["weak_evidence"].empty());

  nlohmann::json no = Json("score", Example("scorecards/no_hire.json"));
  EXPECT_EQ(no["recommendation"]["decision"], "no_hire");

  nlohmann::json split_gate = Json("score", Example("scorecards/split_gate.yaml"));
  EXPECT_EQ(split_gate["gate"]["split"], nlohmann::json::array({"security_guardrails"}));
  EXPECT_EQ(split_gate["gate"]["risky_first_hire"], false);
  EXPECT_EQ(split_gate["recommendation"]["decision"], "hire");
  EXPECT_EQ(split_gate["recommendation"]["rule"], "gate.split");
  EXPECT_TRUE(strong["gate"]["split"].empty());
}

TEST(ReviewVerbTest, ExampleProposalsDecideAsDocumented) {
  EXPECT_EQ(Json("review", Example("proposals/northwind_agency.yaml"))["verdict"]["id"], "strong");
  nlohmann::json thin = Json("review", Example("proposals/promptforge_freelancer.yaml"));
  EXPECT_EQ(thin["verdict"]["id"], "weak");
  EXPECT_EQ(thin["flags"].size(), 2u);
  EXPECT_EQ(Json("review", Example("proposals/clearpath_contractor.yaml"))["verdict"]["id"],
            "acceptable");
}

TEST(ScoreVerbTest, EveryFormatRenders) {
  for (const char* format : {"text", "md"}) {
    VerbRun run = RunVerb(std::string("--format ") + format + " score " +
                          Example("scorecards/fails_security_gate.yaml"));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("Jonas Keller"));
    EXPECT_THAT(run.out, HasSubstr("RISKY FIRST HIRE"));
    EXPECT_THAT(run.out, HasSubstr("gate.risky"));
    run = RunVerb(std::string("--format ") + format + " review " +
                  Example("proposals/promptforge_freelancer.yaml"));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("WEAK"));
  }
}

TEST(ScoreVerbTest, OutOfRangeScoreExitsTwoWithLocation) {
  std::string path = WriteTemp(
      "candidate: {name: R}\nscorecards:\n  - interviewer: A\n    scores:\n"
      "      cost_observability: 0\n");
  VerbRun run = RunVerb("score " + path);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty()) << run.out;
  EXPECT_THAT(run.err, StartsWith("firsthire: error: " + path + ":5:27:"));
  EXPECT_THAT(run.err, HasSubstr("between 1 and 5"));
  std::filesystem::remove(path);
}

TEST(ScoreVerbTest, MissingFileAndUnknownFlagExitTwo) {
  VerbRun missing = RunVerb("score /nonexistent/cards.yaml");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(missing.out.empty());
  std::string path = WriteTemp(
      "candidate: {name: R}\nscorecards: [{interviewer: A, scores: {eval_discipline: 3}, "
      "red_flags: [premature_multiagent]}]\n");
  VerbRun flag = RunVerb("score " + path);
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_THAT(flag.err, HasSubstr("did you mean 'premature_multi_agent'"));
  std::filesystem::remove(path);
}

TEST(ReviewVerbTest, BadProposalExitsTwo) {
  std::string path = WriteTemp("vendor: {name: X}\npricing: {monthly_run_usd: lots}\n");
  VerbRun run = RunVerb("review " + path);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty());
  EXPECT_THAT(run.err, HasSubstr(path + ":2:"));
  EXPECT_THAT(run.err, HasSubstr("pricing.monthly_run_usd"));
  std::filesystem::remove(path);
}

TEST(ReviewVerbTest, BriefChecksTheWorkflowMetricOwnerAndRunBudget) {
  std::string brief = WriteTemp(
      "workflow: {name: Invoice exception handling}\n"
      "metric: {name: share of exceptions resolved automatically}\n"
      "owner: {name: Nobody Named, role: Accounts payable lead}\n"
      "constraints: {monthly_run_budget_usd: 1000}\n");
  VerbRun run =
      RunVerb("--format json review " + Example("proposals/northwind_agency.yaml") + " --brief " + brief);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json j = nlohmann::json::parse(run.out);
  ASSERT_EQ(j["brief_checks"].size(), 4u);
  EXPECT_EQ(j["brief_checks"][0]["id"], "workflow");
  EXPECT_EQ(j["brief_checks"][0]["status"], "pass");
  EXPECT_EQ(j["brief_checks"][3]["id"], "run_budget");
  EXPECT_EQ(j["brief_checks"][3]["status"], "fail");  // 1400 a month against 1000
  EXPECT_EQ(j["verdict"]["id"], "weak");
  VerbRun text = RunVerb("review " + Example("proposals/northwind_agency.yaml") + " --brief " + brief);
  EXPECT_THAT(text.out, HasSubstr("Against the brief"));
  // Without --brief there are no checks.
  EXPECT_TRUE(Json("review", Example("proposals/northwind_agency.yaml"))["brief_checks"].is_null());
  std::filesystem::remove(brief);
}

TEST(ReviewVerbTest, BadBriefExitsTwoWithItsLocationAndPrintsNothing) {
  std::string brief =
      WriteTemp("workflow: {name: X}\nconstraints:\n  monthly_run_budget_usd: -5\n");
  VerbRun run =
      RunVerb("review " + Example("proposals/northwind_agency.yaml") + " --brief " + brief);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty()) << run.out;
  EXPECT_THAT(run.err, HasSubstr(brief + ":3:"));
  EXPECT_THAT(run.err, HasSubstr("monthly_run_budget_usd"));
  VerbRun missing =
      RunVerb("review " + Example("proposals/northwind_agency.yaml") + " --brief /nonexistent.yaml");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(missing.out.empty());
  std::filesystem::remove(brief);
}

}  // namespace
}  // namespace firsthire

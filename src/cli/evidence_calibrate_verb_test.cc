// The evidence and calibrate verbs through their CLI wiring: JSON shapes,
// every format renders, bad input exits 2 with one located line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "cli/verb_test_runner.h"
#include "cli/verbs.h"

namespace firsthire {
namespace {

using ::testing::HasSubstr;

VerbRun RunEvidence(const std::string& args) { return RunVerbs(args, {AddEvidenceVerb, AddCalibrateVerb}); }

std::string Write(const std::string& text) { return WriteTempInput("fh_evidence", text); }

const char* kCards = R"(candidate: {name: Robin}
scorecards:
  - interviewer: Ana
    scores: {eval_discipline: 5}
    notes: {eval_discipline: "Mostly eyeballs the outputs."}
  - interviewer: Ben
    scores: {eval_discipline: 2, security_guardrails: 3}
    notes: {eval_discipline: "Golden set of 300 tickets."}
    summary: "We'll add guardrails later, they said."
)";

TEST(EvidenceVerbTest, JsonListsEachInterviewersQuotedFindings) {
  VerbRun run = RunEvidence("--format json evidence " + Write(kCards));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json j = nlohmann::json::parse(run.out);
  ASSERT_EQ(j["scorecards"].size(), 2u);
  const nlohmann::json& ana = j["scorecards"][0];
  EXPECT_EQ(ana["interviewer"], "Ana");
  EXPECT_EQ(ana["signals"][0]["quote"], "eyeballs");
  EXPECT_EQ(ana["signals"][0]["polarity"], "fail");
  EXPECT_EQ(ana["red_flags"][0]["id"], "manual_validation_only");
  EXPECT_EQ(ana["mismatches"][0]["rule"], "evidence.mismatch.high_only_fail");
  const nlohmann::json& ben = j["scorecards"][1];
  EXPECT_EQ(ben["signals"][1]["note"], "summary");
  EXPECT_EQ(ben["signals"][1]["category"], "security_guardrails");
  EXPECT_EQ(ben["signals"][1]["start"], 0);
}

TEST(EvidenceVerbTest, TextAndMarkdownRender) {
  std::string path = Write(kCards);
  VerbRun text = RunEvidence("evidence " + path);
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_THAT(text.out, HasSubstr("evidence.mismatch.high_only_fail"));
  VerbRun md = RunEvidence("--format md evidence " + path);
  EXPECT_EQ(md.exit_code, 0);
  EXPECT_THAT(md.out, HasSubstr("# Evidence in the notes"));
}

TEST(EvidenceVerbTest, BadInputIsLocatedAndExitsTwo) {
  VerbRun run = RunEvidence("evidence " + Write("candidate: {name: R}\nscorecards:\n  - interviewer: A\n"
                                        "    scores: {eval_discipline: 2}\n    summary: [x]\n"));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr(":5:"));
  EXPECT_TRUE(run.out.empty());
}

TEST(CalibrateVerbTest, JsonHasCategoriesAndInterviewers) {
  std::string a = Write("candidate: {name: A}\nscorecards:\n"
                        "  - {interviewer: Ana, scores: {eval_discipline: 2}}\n"
                        "  - {interviewer: Lena, scores: {eval_discipline: 3}}\n");
  std::string b = Write("candidate: {name: B}\nscorecards:\n"
                        "  - {interviewer: Ana, scores: {eval_discipline: 4}}\n"
                        "  - {interviewer: Lena, scores: {eval_discipline: 5}}\n");
  VerbRun run = RunEvidence("--format json calibrate " + a + " " + b);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["candidates"], 2);
  EXPECT_EQ(j["categories"]["eval_discipline"]["units"], 2);
  EXPECT_EQ(j["categories"]["eval_discipline"]["raters"], 2);
  EXPECT_TRUE(j["categories"]["security_guardrails"]["alpha_ordinal"].is_null());
  EXPECT_EQ(j["categories"]["security_guardrails"]["band"], "undefined");
  EXPECT_EQ(j["interviewers"][1]["interviewer"], "Lena");
  EXPECT_DOUBLE_EQ(j["interviewers"][1]["offset"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["interviewers"][1]["without_notes"].get<double>(), 1.0);
  VerbRun again = RunEvidence("--format json calibrate " + a + " " + b);
  EXPECT_EQ(again.out, run.out);  // the bootstrap is seeded
}

TEST(CalibrateVerbTest, ABadFileAmongManyIsLocatedAndExitsTwo) {
  std::string good = Write("candidate: {name: A}\nscorecards:\n"
                           "  - {interviewer: Ana, scores: {eval_discipline: 2}}\n");
  std::string bad = Write("candidate: {name: B}\nscorecards:\n"
                          "  - {interviewer: Ana, scores: {eval_discipline: 7}}\n");
  VerbRun run = RunEvidence("calibrate " + good + " " + bad);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr(bad + ":3:"));
  EXPECT_TRUE(run.out.empty());
}

}  // namespace
}  // namespace firsthire

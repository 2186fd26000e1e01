#include "report/evaluation_report.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

namespace firsthire {
namespace {

CandidateScorecards Input() {
  CandidateScorecards c;
  c.candidate_id = "cand-1";
  c.candidate_name = "Robin <script>";
  Scorecard a{"Ana", {{"production_shipping", 5}, {"eval_discipline", 2}, {"security_guardrails", 4},
                      {"cost_observability", 3}},
              {{"production_shipping", "Ran the rollout of a claims assistant."}},
              {"unmodeled_cost"}};
  Scorecard b{"Ben", {{"production_shipping", 3}, {"eval_discipline", 2}, {"security_guardrails", 4},
                      {"cost_observability", 3}},
              {}, {}};
  c.scorecards = {a, b};
  return c;
}

std::set<std::string> Keys(const nlohmann::json& j) {
  std::set<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
  return keys;
}

TEST(EvaluationReport, JsonHasTheSpecKeys) {
  nlohmann::json j = EvaluationToJson(Evaluate(DefaultPlaybook(), Input()));
  EXPECT_EQ(Keys(j), (std::set<std::string>{"playbook", "candidate", "interviewers", "overall_mean",
                                            "categories", "gate", "red_flags", "disagreements",
                                            "weak_evidence", "traits", "recommendation",
                                            "certainty", "evidence"}));
  EXPECT_EQ(Keys(j["evidence"]), std::set<std::string>{"scorecards"});
  EXPECT_EQ(j["evidence"]["scorecards"].size(), 2u);
  EXPECT_EQ(j["certainty"]["less_certain"], true);
  EXPECT_EQ(j["certainty"]["rule"], "calibration.few_interviews");
  EXPECT_EQ(Keys(j["gate"]),
            (std::set<std::string>{"risky_first_hire", "failing", "split", "rule", "reason"}));
  EXPECT_EQ(j["gate"]["risky_first_hire"], true);
  EXPECT_EQ(j["gate"]["failing"], nlohmann::json::array({"eval_discipline"}));
  // The gate alone gives risky_first_hire; Ana's unmodeled_cost (two steps) takes it to no_hire.
  EXPECT_EQ(j["recommendation"]["before_red_flags"], "risky_first_hire");
  EXPECT_EQ(j["recommendation"]["decision"], "no_hire");
  EXPECT_EQ(j["recommendation"]["red_flag_steps"], 2);
  EXPECT_EQ(j["recommendation"]["red_flags_rule"], "recommendation.red_flags");
  EXPECT_EQ(j["red_flags"][0]["steps"], 2);
  EXPECT_TRUE(j["traits"].empty());
  EXPECT_EQ(j["candidate"]["id"], "cand-1");
  ASSERT_EQ(j["categories"].size(), DefaultPlaybook().categories.size());
  for (const auto& c : j["categories"]) {
    EXPECT_EQ(Keys(c), (std::set<std::string>{"id", "title", "mean", "min", "max", "spread",
                                              "count", "scores"}));
    if (c["id"] == "data_retrieval") {
      EXPECT_EQ(c["count"], 0);
      EXPECT_TRUE(c["mean"].is_null());
    }
  }
  EXPECT_EQ(j["red_flags"][0]["raised_by"], nlohmann::json::array({"Ana"}));
  EXPECT_EQ(j["disagreements"][0]["low_by"], nlohmann::json::array({"Ben"}));
  // Ben scored 4 on security without a note.
  bool found = false;
  for (const auto& w : j["weak_evidence"]) {
    found = found || (w["interviewer"] == "Ben" && w["category"] == "security_guardrails" &&
                      w["score"] == 4);
  }
  EXPECT_TRUE(found);
}

TEST(EvaluationReport, SingleInterviewerWarningHasNullCategory) {
  CandidateScorecards c = Input();
  c.scorecards.pop_back();
  nlohmann::json j = EvaluationToJson(Evaluate(DefaultPlaybook(), c));
  EXPECT_TRUE(j["weak_evidence"][0]["category"].is_null());
  EXPECT_TRUE(j["weak_evidence"][0]["score"].is_null());
  EXPECT_EQ(j["weak_evidence"][0]["rule"], "scorecard.single_interviewer");
}

TEST(EvaluationReport, TextFitsEightyColumnsAndLeadsWithTheDecision) {
  std::string text = EvaluationReport(Evaluate(DefaultPlaybook(), Input())).RenderText({80, false});
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) EXPECT_LE(line.size(), 80u) << line;
  size_t decision = text.find("NO HIRE");
  ASSERT_NE(decision, std::string::npos) << text;
  EXPECT_LT(decision, text.find("Categories"));
  EXPECT_NE(text.find("gate.risky_first_hire"), std::string::npos);
  EXPECT_NE(text.find("recommendation.red_flags"), std::string::npos);
  EXPECT_NE(text.find("not scored"), std::string::npos);
}

TEST(EvaluationReport, TextMarksASplitGateCategoryOnlyWhenThereIsOne) {
  CandidateScorecards input = Input();
  // Security: 4 and 4 in Input(); one interviewer at 2 now, the mean still 3.
  input.scorecards[0].scores["security_guardrails"] = 2;
  std::string text = EvaluationReport(Evaluate(DefaultPlaybook(), input)).RenderText({80, false});
  EXPECT_NE(text.find("SPLIT"), std::string::npos) << text;
  EXPECT_NE(text.find("Security and guardrails"), std::string::npos) << text;
  std::string plain =
      EvaluationReport(Evaluate(DefaultPlaybook(), Input())).RenderText({80, false});
  EXPECT_EQ(plain.find("SPLIT"), std::string::npos) << plain;
}

TEST(EvaluationReport, MarkdownEscapesTheCandidateName) {
  std::string md = EvaluationReport(Evaluate(DefaultPlaybook(), Input())).RenderMarkdown();
  EXPECT_EQ(md.find("<script>"), std::string::npos) << md;
  EXPECT_NE(md.find("| Category |"), std::string::npos) << md;
}

}  // namespace
}  // namespace firsthire

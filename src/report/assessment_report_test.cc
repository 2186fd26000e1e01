#include "report/assessment_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

namespace firsthire {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const Playbook& Pb() { return DefaultPlaybook(); }

Brief ReadyBrief() {
  Brief b;
  b.workflow.name = "Invoice matching";
  b.workflow.description =
      "Match each supplier invoice to its purchase order in the ERP and queue mismatches for a "
      "person.";
  b.workflow.runs_per_week = 900;
  b.metric = {"invoices matched without a person", 20, 80, "%"};
  b.sources = {{"ERP", DataAccess::kAvailable, DataSensitivity::kInternal}};
  b.constraints.mistake_cost = MistakeCost::kMedium;
  b.constraints.human_review = true;
  b.owner = {"Lee", "Finance ops lead"};
  b.organisation = {true, false, Urgency::kMedium, {OrganisationNeed::kAi}, false};  // freelancer
  return b;
}

Brief ThinBrief() {
  Brief b;
  b.workflow.name = "Something with AI";
  b.constraints.budget_usd = 10000;
  return b;
}

TEST(AssessmentToJson, HasExactlyTheSpecTopLevelKeysAndShapes) {
  for (const Brief& brief : {ReadyBrief(), ThinBrief()}) {
    nlohmann::json j = AssessmentToJson(Assess(Pb(), brief));
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    EXPECT_EQ(keys, (std::vector<std::string>{"buyer_problem", "cost", "engagement", "first_hire",
                                              "next_steps", "playbook", "readiness", "risks",
                                              "route", "scope"}));
    for (const char* key : {"kind", "reason", "rule", "steps"}) {
      EXPECT_TRUE(j["engagement"].contains(key)) << key;
    }
    for (const char* key : {"estimated_monthly_run_usd", "monthly_run_budget_usd",
                            "metric_monthly_value_usd", "basis", "rule", "value_rule",
                            "value_reason"}) {
      EXPECT_TRUE(j["cost"].contains(key)) << key;
    }
    EXPECT_TRUE(j["first_hire"]["provisional"].is_boolean());
    EXPECT_TRUE(j["buyer_problem"].contains("mistake"));
    EXPECT_EQ(j["playbook"]["version"], Pb().version);
    EXPECT_TRUE(j["readiness"]["verdict"].is_string());
    ASSERT_EQ(j["readiness"]["criteria"].size(), 5u);
    for (const auto& c : j["readiness"]["criteria"]) {
      for (const char* key : {"id", "title", "pass", "rule", "reason"}) {
        EXPECT_TRUE(c.contains(key)) << key;
      }
      EXPECT_TRUE(c["pass"].is_boolean());
    }
    for (const char* key : {"id", "rule", "reason"}) EXPECT_TRUE(j["buyer_problem"].contains(key));
    for (const char* key : {"shape", "shape_rule", "shape_reason", "archetype", "rule", "reason"}) {
      EXPECT_TRUE(j["first_hire"].contains(key)) << key;
    }
    ASSERT_EQ(j["route"]["ranking"].size(), 4u);
    // Only a hire recommends a route; otherwise recommended is null.
    if (j["readiness"]["verdict"] == "hire") {
      EXPECT_EQ(j["route"]["recommended"], j["route"]["ranking"][0]["route"]);
      EXPECT_TRUE(j["route"]["note"].is_null());
      EXPECT_EQ(j["first_hire"]["provisional"], false);
    } else {
      EXPECT_TRUE(j["route"]["recommended"].is_null());
      EXPECT_TRUE(j["route"]["note"].is_string());
      EXPECT_EQ(j["first_hire"]["provisional"], true);
    }
    for (const auto& r : j["route"]["ranking"]) {
      EXPECT_TRUE(r["score"].is_number());
      for (const auto& reason : r["reasons"]) {
        EXPECT_TRUE(reason["points"].is_number());
        EXPECT_TRUE(reason["rule"].is_string());
      }
    }
    for (const auto& risk : j["risks"]) {
      for (const char* key : {"id", "rule", "reason", "severity"}) EXPECT_TRUE(risk.contains(key));
    }
    for (const auto& step : j["next_steps"]) {
      EXPECT_TRUE(step["rule"].is_string());
      EXPECT_TRUE(step["text"].is_string());
    }
  }
}

TEST(AssessmentToJson, WholeScoresAreIntegersAndHandoffOnlyForPartners) {
  Assessment a = Assess(Pb(), ReadyBrief());
  nlohmann::json j = AssessmentToJson(a);
  EXPECT_TRUE(j["route"]["ranking"][0]["score"].is_number_integer());
  ASSERT_EQ(a.route.recommended, "freelancer");
  EXPECT_EQ(j["route"]["partner_handoff"]["rule"], Pb().routes.partner_handoff.rule);

  Brief direct = ReadyBrief();
  direct.organisation = {true, true, Urgency::kLow, {OrganisationNeed::kAi, OrganisationNeed::kBackend}, false};
  nlohmann::json d = AssessmentToJson(Assess(Pb(), direct));
  EXPECT_EQ(d["route"]["recommended"], "direct_hire");
  EXPECT_FALSE(d["route"].contains("partner_handoff"));
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream s(text);
  for (std::string line; std::getline(s, line);) out.push_back(line);
  return out;
}

int Width(const std::string& line) {
  int w = 0;
  for (unsigned char c : line) w += (c & 0xC0) != 0x80;
  return w;
}

TEST(AssessmentReport, TextFitsEightyColumnsAndLeadsWithTheVerdict) {
  for (const Brief& brief : {ReadyBrief(), ThinBrief()}) {
    Assessment a = Assess(Pb(), brief);
    std::string text = AssessmentReport(a, Pb(), brief.workflow.name).RenderText({80, false});
    std::vector<std::string> lines = Lines(text);
    ASSERT_GT(lines.size(), 3u);
    for (const std::string& line : lines) EXPECT_LE(Width(line), 80) << line;
    EXPECT_THAT(lines[0], HasSubstr(brief.workflow.name));
    // The verdict is the first thing after the title.
    std::string title = Pb().FindVerdict(a.readiness.verdict)->title;
    std::transform(title.begin(), title.end(), title.begin(), ::toupper);
    EXPECT_THAT(lines[2], HasSubstr("Verdict: " + title));
  }
}

TEST(AssessmentReport, TextShowsEveryPartWithItsRules) {
  Brief brief = ThinBrief();
  Assessment a = Assess(Pb(), brief);
  std::string text = AssessmentReport(a, Pb(), brief.workflow.name).RenderText({200, false});
  for (const auto& c : a.readiness.criteria) {
    EXPECT_THAT(text, HasSubstr((c.pass ? "PASS " : "FAIL ") + c.title));
    EXPECT_THAT(text, HasSubstr("rule: " + c.rule));
  }
  EXPECT_THAT(text, HasSubstr(a.buyer_problem.reason));
  EXPECT_THAT(text, HasSubstr(a.first_hire.reason));
  for (const auto& route : a.route.ranking)
    EXPECT_THAT(text, HasSubstr(Pb().FindRoute(route.route)->title));
  for (const auto& risk : a.risks) EXPECT_THAT(text, HasSubstr("rule: " + risk.rule));
  for (const auto& step : a.engagement.steps) EXPECT_THAT(text, HasSubstr(step));
  EXPECT_THAT(text, HasSubstr("rule: " + a.engagement.rule));
  EXPECT_THAT(text, HasSubstr("rule: " + a.cost.rule));
  EXPECT_THAT(text, HasSubstr(Pb().version));
}

// A run cost above the metric's monthly value shows its rule and reason in
// the JSON, the text and the Markdown; without a value the keys are null.
TEST(AssessmentReport, ARunCostAboveTheMetricsValueIsShownEverywhere) {
  Brief brief = ReadyBrief();
  brief.metric.monthly_value_usd = 10;
  Assessment a = Assess(Pb(), brief);
  ASSERT_EQ(a.cost.value_rule, "cost.exceeds_value");
  nlohmann::json j = AssessmentToJson(a);
  EXPECT_EQ(j["cost"]["metric_monthly_value_usd"], 10);
  EXPECT_EQ(j["cost"]["value_rule"], "cost.exceeds_value");
  EXPECT_EQ(j["cost"]["value_reason"], a.cost.value_reason);
  Report report = AssessmentReport(a, Pb(), brief.workflow.name);
  std::string text = report.RenderText({1000, false});
  EXPECT_THAT(text, HasSubstr(a.cost.value_reason));
  EXPECT_THAT(text, HasSubstr("cost.exceeds_value"));
  std::string markdown = report.RenderMarkdown();
  EXPECT_THAT(markdown, HasSubstr(a.cost.value_reason));
  EXPECT_THAT(markdown, HasSubstr("cost.exceeds\\_value"));  // Markdown escapes the underscore

  brief.metric.monthly_value_usd.reset();
  nlohmann::json none = AssessmentToJson(Assess(Pb(), brief));
  EXPECT_TRUE(none["cost"]["metric_monthly_value_usd"].is_null());
  EXPECT_TRUE(none["cost"]["value_rule"].is_null());
  EXPECT_TRUE(none["cost"]["value_reason"].is_null());
}

// After a verdict that is not hire, nothing in the text presents a route as
// the recommendation, and the first hire is labelled provisional.
TEST(AssessmentReport, ANotReadyBriefHasNoRouteHeadlineOrHandoff) {
  Brief brief = ReadyBrief();
  brief.owner = {};
  brief.organisation = {false, false, Urgency::kHigh, {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment}, false};  // agency
  Assessment a = Assess(Pb(), brief);
  ASSERT_EQ(a.route.ranking.front().route, "agency");
  ASSERT_NE(a.readiness.verdict, "hire");
  std::string text = AssessmentReport(a, Pb(), brief.workflow.name).RenderText({1000, false});
  EXPECT_THAT(text, Not(HasSubstr("Route: ")));
  EXPECT_THAT(text, HasSubstr("Routes that would fit once the brief is ready"));
  EXPECT_THAT(text, HasSubstr(Pb().advice.route_not_ready));
  EXPECT_THAT(text, HasSubstr("First hire, provisional: "));
  EXPECT_THAT(text, Not(HasSubstr("route.partner_handoff")));
  EXPECT_THAT(text, HasSubstr("What to do next: Discovery sprint"));

  std::string ready = AssessmentReport(Assess(Pb(), ReadyBrief()), Pb()).RenderText({1000, false});
  EXPECT_THAT(ready, HasSubstr("Route: "));
  EXPECT_THAT(ready, Not(HasSubstr("First hire, provisional")));
  EXPECT_THAT(ready, HasSubstr("What to do next: Hire"));
}

TEST(AssessmentReport, TheMistakeSentenceOnlyWhenTheNeedDiffers) {
  Brief brief = ReadyBrief();
  std::string ready = AssessmentReport(Assess(Pb(), brief), Pb()).RenderText({400, false});
  EXPECT_THAT(ready, Not(HasSubstr(Pb().buyer_problem_mistake)));
  brief.metric = {};
  brief.role.title = "AI engineer";
  std::string text = AssessmentReport(Assess(Pb(), brief), Pb()).RenderText({400, false});
  EXPECT_THAT(text, HasSubstr(Pb().buyer_problem_mistake));
}

TEST(AssessmentReport, HighRisksComeFirstInTheText) {
  // Medium modes (familiarity, unpriced) come before high ones in playbook order.
  Brief brief = ThinBrief();
  brief.role.interview_focus = {InterviewFocus::kTools};
  brief.organisation.needs = {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment, OrganisationNeed::kQa};
  Assessment a = Assess(Pb(), brief);
  std::string text = AssessmentReport(a, Pb()).RenderText({200, false});
  size_t last_high = text.rfind("- HIGH ");
  size_t first_medium = text.find("- MEDIUM ");
  ASSERT_NE(last_high, std::string::npos);
  ASSERT_NE(first_medium, std::string::npos);
  EXPECT_LT(last_high, first_medium);
}

TEST(AssessmentReport, MarkdownIsAOnePageDocumentWithEscapedUserText) {
  Brief brief = ReadyBrief();
  brief.owner.name = "Lee <script>";
  Assessment a = Assess(Pb(), brief);
  std::string md = AssessmentReport(a, Pb(), brief.workflow.name).RenderMarkdown();
  EXPECT_EQ(md.rfind("# Assessment: Invoice matching", 0), 0u) << md.substr(0, 80);
  EXPECT_THAT(md, HasSubstr("## Readiness"));
  EXPECT_THAT(md, HasSubstr(" | Route | Score | Main reason |"));
  EXPECT_THAT(md, Not(HasSubstr("<script>")));
  EXPECT_LT(Lines(md).size(), 120u);
}

}  // namespace
}  // namespace firsthire

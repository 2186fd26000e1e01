#include "firsthire/playbook.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace firsthire {
namespace {

std::string DefaultText() { return std::string(DefaultPlaybookText()); }

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Loads a playbook that must fail; every error must name its line. Returns
// the errors, one a line.
std::string LocatedErrors(const std::string& text) {
  Diagnostics d;
  EXPECT_FALSE(LoadPlaybook(text, "pb.yaml", &d).ok());
  std::string all;
  for (const auto& e : d.errors()) {
    all += e.ToString() + "\n";
    EXPECT_GT(e.where.line, 0) << e.ToString();
  }
  return all;
}

// A {count|one|other} choice with a word missing is left as written, so
// every choice in the default playbook must name exactly two words.
TEST(Playbook, DefaultCountChoicesNameBothWords) {
  const std::string text = DefaultText();
  int choices = 0;
  for (size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string body = text.substr(open + 1, close - open - 1);
    if (body.find('|') == std::string::npos || body.find('\n') != std::string::npos) continue;
    ++choices;
    EXPECT_EQ(std::count(body.begin(), body.end(), '|'), 2) << "{" << body << "}";
  }
  EXPECT_GE(choices, 10);
}

TEST(Playbook, DefaultLoadsWithEverySpecId) {
  const Playbook& pb = DefaultPlaybook();
  EXPECT_FALSE(pb.version.empty());
  EXPECT_EQ(pb.criteria.size(), 5u);
  EXPECT_EQ(pb.verdicts.size(), 3u);
  EXPECT_EQ(pb.shapes.size(), 5u);
  EXPECT_EQ(pb.traits.size(), 6u);
  EXPECT_EQ(pb.routes.routes.size(), 4u);
  EXPECT_EQ(pb.categories.size(), 5u);
  EXPECT_EQ(pb.questions.size(), 7u);
  EXPECT_EQ(pb.red_flags.size(), 5u);
  EXPECT_EQ(pb.failure_modes.size(), 7u);
  EXPECT_EQ(pb.commodity_factors.size(), 5u);
  EXPECT_EQ(pb.risk_questions.size(), 5u);
  EXPECT_EQ(pb.plan.windows.size(), 3u);
  ASSERT_NE(pb.FindShape("knowledge_assistant"), nullptr);
  EXPECT_EQ(pb.FindShape("knowledge_assistant")->archetype, "rag_ai_engineer");
  EXPECT_EQ(pb.scorecard.gate_categories,
            (std::vector<std::string>{"eval_discipline", "security_guardrails", "cost_observability"}));
  EXPECT_EQ(pb.scorecard.gate_threshold, 3);
}

TEST(Playbook, DefaultHasNoWarnings) {
  Diagnostics d;
  ASSERT_TRUE(LoadPlaybook(DefaultPlaybookText(), "default", &d).ok());
  for (const auto& w : d.warnings()) ADD_FAILURE() << w.ToString();
}

TEST(Playbook, MissingSpecIdIsAnErrorWithLine) {
  std::string text = Replace(DefaultText(), "- id: unmodeled_cost", "- id: unmodelled_costs");
  Diagnostics d;
  auto result = LoadPlaybook(text, "pb.yaml", &d);
  ASSERT_FALSE(result.ok());
  bool found = false;
  for (const auto& e : d.errors()) {
    if (e.message.find("must define id 'unmodeled_cost'") != std::string::npos) {
      found = true;
      EXPECT_EQ(e.where.file, "pb.yaml");
      EXPECT_GT(e.where.line, 0);
    }
  }
  EXPECT_TRUE(found);
}

TEST(Playbook, ValidateListsEveryProblem) {
  std::string text = Replace(DefaultText(), "    threshold: 3 ", "    threshold: nine ");
  text = Replace(text, "archetype: ml_engineer", "archetype: ml_enginer");
  text = Replace(text, "max_age_days: 180", "max_age_days: -4");
  Diagnostics d;
  ASSERT_FALSE(LoadPlaybook(text, "pb.yaml", &d).ok());
  ASSERT_EQ(d.error_count(), 3u);
  EXPECT_NE(d.errors()[0].message.find("max_age_days"), std::string::npos);
  std::string all;
  for (const auto& e : d.errors()) all += e.ToString() + "\n";
  EXPECT_NE(all.find("did you mean 'ml_engineer'"), std::string::npos) << all;
  EXPECT_NE(all.find("gate.threshold"), std::string::npos) << all;
}

TEST(Playbook, UnknownKeyIsAWarningWithSuggestion) {
  std::string text = Replace(DefaultText(), "max_age_days: 180", "max_age_days: 180\nmax_age_dayz: 1");
  Diagnostics d;
  ASSERT_TRUE(LoadPlaybook(text, "pb.yaml", &d).ok());
  ASSERT_EQ(d.warnings().size(), 1u);
  EXPECT_NE(d.warnings()[0].message.find("did you mean 'max_age_days'"), std::string::npos);
}

TEST(Playbook, StaleWarningOnlyAfterMaxAge) {
  Playbook pb = DefaultPlaybook();
  pb.reviewed = "2026-01-01";
  pb.max_age_days = 30;
  EXPECT_FALSE(StalePlaybookWarning(pb, "2026-01-31").has_value());
  auto warning = StalePlaybookWarning(pb, "2026-02-01");
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("31 days ago"), std::string::npos) << *warning;
  EXPECT_EQ(PlaybookAgeDays(pb, "not a date"), std::nullopt);
}

TEST(Playbook, DefaultCarriesReviewPlanAndSeverityTexts) {
  const Playbook& pb = DefaultPlaybook();
  EXPECT_EQ(pb.review.min_factor_signals, 2);
  EXPECT_EQ(pb.review.weak_min_commodity_factors, 2);
  ASSERT_EQ(pb.review.verdicts.size(), 3u);
  ASSERT_NE(pb.review.FindVerdict("strong"), nullptr);
  EXPECT_EQ(pb.review.FindVerdict("strong")->rule, "review.verdict.strong");
  EXPECT_EQ(pb.review.factor.handoff_items.size(), 5u);
  EXPECT_NE(pb.plan.question.find("{workflow}"), std::string::npos);
  EXPECT_EQ(pb.plan.risk_labels.size(), 6u);
  for (const FailureMode& f : pb.failure_modes) EXPECT_FALSE(f.severity.empty()) << f.id;
  for (const RiskQuestion& q : pb.risk_questions) {
    EXPECT_EQ(q.rule, "risk_question." + q.id);
    EXPECT_FALSE(q.severity.empty()) << q.id;
    EXPECT_FALSE(q.escalated_severity.empty()) << q.id;
    EXPECT_EQ(q.brief_risk.sensitive_data.empty(), q.id != "security") << q.id;
  }
  for (const CommodityFactor& f : pb.commodity_factors)
    EXPECT_EQ(f.rule, "commodity_factor." + f.id);
}

TEST(Playbook, EditedReviewAndPlanTextsAreLoaded) {
  std::string text =
      Replace(DefaultText(), "found_none: no sign of it found", "found_none: nothing of the kind");
  text = Replace(text, "  question: \"Suppose you joined", "  question: \"Imagine you joined");
  text = Replace(text, "min_factor_signals: 2", "min_factor_signals: 3");
  Diagnostics d;
  auto pb = LoadPlaybook(text, "pb.yaml", &d);
  ASSERT_TRUE(pb.ok()) << pb.status().ToString();
  EXPECT_EQ(pb->review.factor.found_none, "nothing of the kind");
  EXPECT_EQ(pb->plan.question.rfind("Imagine you joined", 0), 0u) << pb->plan.question;
  EXPECT_EQ(pb->review.min_factor_signals, 3);
}

// Each new field is required and checked, and every problem names its line.
TEST(Playbook, ReviewPlanAndSeverityProblemsAreLocatedErrors) {
  std::string text = Replace(DefaultText(), "    severity: medium\n", "    severity: urgent\n");
  text = Replace(text, "  min_factor_signals: 2\n", "");
  text = Replace(text, "    regulated_setting: a regulated setting\n", "");
  text = Replace(text, "      brief_risk:\n", "      brief_rsk:\n");
  text = Replace(text, "    - id: strong\n      rule: review.verdict.strong\n",
                 "    - id: strng\n      rule: review.verdict.strong\n");
  std::string all = LocatedErrors(text);
  EXPECT_NE(all.find("unknown severity 'urgent'"), std::string::npos) << all;
  EXPECT_NE(all.find("min_factor_signals"), std::string::npos) << all;
  EXPECT_NE(all.find("regulated_setting"), std::string::npos) << all;
  EXPECT_NE(all.find("brief_risk"), std::string::npos) << all;
  EXPECT_NE(all.find("must define id 'strong'"), std::string::npos) << all;
}

TEST(Playbook, DefaultCarriesTheAdviceRules) {
  const AdviceRules& advice = DefaultPlaybook().advice;
  EXPECT_EQ(advice.hire.rule, "engagement.hire");
  EXPECT_EQ(advice.discovery.rule, "engagement.discovery_sprint");
  EXPECT_EQ(advice.platform.rule, "engagement.platform_trial");
  EXPECT_FALSE(advice.hire.steps.empty());
  EXPECT_EQ(advice.min_pilot_weeks, 12);
  EXPECT_EQ(advice.cost.default_cost_per_run_usd.size(), 5u);
  EXPECT_EQ(advice.cost.outcomes.size(), 4u);
  EXPECT_EQ(DefaultPlaybook().shape_inference.high_risk.rule, "shape.inferred.high_risk");
  EXPECT_EQ(DefaultPlaybook().plan.windows.back().end_day, 90);
}

TEST(Playbook, AdviceProblemsAreLocatedErrors) {
  struct Case {
    std::string from, to, says;
  };
  std::vector<Case> cases = {
      {"      workflow_automation: 0.05", "      workflow_automaton: 0.05", "unknown shape"},
      {"  min_pilot_weeks: 12", "  min_pilot_weeks: 0", "min_pilot_weeks"},
      {"  scope_out_label: Out of scope", "  scope_out_labels: Out of scope",
       "missing required field 'advice.scope_out_label'"},
      {"      when: {timeline_weeks_below: 12}", "      when: {timeline_weeks_below: soon}",
       "timeline_weeks_below"},
  };
  for (const Case& c : cases) {
    std::string text = Replace(DefaultText(), c.from, c.to);
    ASSERT_NE(text, DefaultText()) << c.from;
    Diagnostics d;
    auto result = LoadPlaybook(text, "pb.yaml", &d);
    ASSERT_FALSE(result.ok()) << c.to;
    EXPECT_GT(result.status().location().line, 0) << c.to;
    EXPECT_NE(result.status().ToString().find(c.says), std::string::npos)
        << c.to << " -> " << result.status().ToString();
  }
}

TEST(Playbook, PipelineStagesDecisionsAndSplitGate) {
  const PipelineRules& pipeline = DefaultPlaybook().pipeline;
  std::vector<std::string> ids;
  for (const auto& stage : pipeline.stages) ids.push_back(stage.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"applied", "screen", "interviews", "decision", "offer",
                                           "hired", "rejected", "withdrawn"}));
  EXPECT_TRUE(pipeline.FindStage("rejected")->needs_reason);
  EXPECT_TRUE(pipeline.FindStage("withdrawn")->needs_reason);
  EXPECT_FALSE(pipeline.FindStage("offer")->needs_reason);
  EXPECT_EQ(pipeline.scored_from, (std::vector<std::string>{"applied", "screen"}));
  EXPECT_EQ(pipeline.scored_to, "interviews");
  EXPECT_EQ(pipeline.FindDecision("hire")->stage, "hired");
  EXPECT_EQ(pipeline.FindDecision("reject")->stage, "rejected");
  EXPECT_EQ(pipeline.FindDecision("hold")->stage, "");
  std::set<std::string> rules;
  for (const auto& decision : pipeline.decisions) rules.insert(decision.rule);
  EXPECT_EQ(rules, (std::set<std::string>{"decision.hire", "decision.reject", "decision.hold"}));
  EXPECT_EQ(pipeline.FindStage("limbo"), nullptr);
  EXPECT_EQ(DefaultPlaybook().scorecard.gate_split.rule, "gate.split");
  EXPECT_NE(DefaultPlaybook().scorecard.gate_split.text.find("follow-up"), std::string::npos);
}

TEST(Playbook, PipelineProblemsAreLocatedErrors) {
  std::string text = Replace(DefaultText(), "      stage: rejected\n", "      stage: rejectd\n");
  text = Replace(text, "    - {id: withdrawn, title: Withdrawn, needs_reason: true}\n", "");
  text = Replace(text, "    to: interviews\n", "    to: interview\n");
  text = Replace(text, "      rule: decision.hold\n", "");
  std::string all = LocatedErrors(text);
  EXPECT_NE(all.find("unknown stage 'rejectd'"), std::string::npos) << all;
  EXPECT_NE(all.find("did you mean 'rejected'"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown stage 'interview'"), std::string::npos) << all;
  EXPECT_NE(all.find("must define id 'withdrawn'"), std::string::npos) << all;
  EXPECT_NE(all.find("missing required field 'pipeline.decisions[2].rule'"), std::string::npos)
      << all;
}

}  // namespace
}  // namespace firsthire

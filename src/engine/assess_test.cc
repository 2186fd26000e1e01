#include "firsthire/assess.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/ready_brief_for_test.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

std::vector<std::string> Rules(const std::vector<Assessment::NextStep>& steps) {
  std::vector<std::string> out;
  for (const auto& s : steps) out.push_back(s.rule);
  return out;
}

TEST(Assess, NamesThePlaybookThatDecided) {
  Assessment a = Assess(Pb(), ReadyBrief());
  EXPECT_EQ(a.playbook.version, Pb().version);
  EXPECT_EQ(a.playbook.name, Pb().name);
  EXPECT_EQ(a.playbook.reviewed, Pb().reviewed);
}

TEST(Assess, AReadyBriefIsAHireWithOneNextStep) {
  Assessment a = Assess(Pb(), ReadyBrief());
  EXPECT_EQ(a.readiness.verdict, "hire");
  EXPECT_EQ(a.buyer_problem.id, "implementation");
  EXPECT_EQ(a.first_hire.archetype, "applied_ai_engineer");
  EXPECT_EQ(a.route.ranking.size(), 4u);
  EXPECT_TRUE(a.risks.empty());
  ASSERT_EQ(a.next_steps.size(), 1u);
  EXPECT_EQ(a.next_steps[0].rule, "verdict.hire");
  EXPECT_EQ(a.next_steps[0].text, Pb().FindVerdict("hire")->next_step);
}

TEST(Assess, NextStepsAreVerdictThenFailedCriteriaThenHandoff) {
  Brief b = ReadyBrief();
  b.organisation = {false, false, Urgency::kHigh, {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment}, false};  // agency
  Assessment ready = Assess(Pb(), b);
  ASSERT_EQ(ready.route.recommended, "agency");
  EXPECT_EQ(Rules(ready.next_steps),
            (std::vector<std::string>{"verdict.hire", "route.partner_handoff"}));
  EXPECT_EQ(ready.next_steps[1].text, Pb().routes.partner_handoff.text);

  b.owner = {};
  b.workflow.runs_per_week = 2;
  Assessment a = Assess(Pb(), b);
  // Not ready: the agency still ranks first, but nothing is recommended, so
  // there is no partner to hand off from.
  ASSERT_EQ(a.route.ranking.front().route, "agency");
  EXPECT_FALSE(a.route.recommended.has_value());
  EXPECT_FALSE(a.route.partner_handoff.has_value());
  EXPECT_EQ(Rules(a.next_steps),
            (std::vector<std::string>{"verdict.discovery_first", "readiness.workflow_frequency",
                                      "readiness.owner"}));
  EXPECT_EQ(a.next_steps[1].text, Pb().FindCriterion("workflow_frequency")->Text("next_step"));
}

TEST(Assess, TheVerdictGovernsRouteFirstHireAndEngagement) {
  Brief discovery = ReadyBrief();
  discovery.metric = {};
  Brief platform = ReadyBrief();
  platform.workflow.standard_product_exists = true;
  platform.organisation.ai_is_core_advantage = false;
  for (const Brief& b : {discovery, platform}) {
    Assessment a = Assess(Pb(), b);
    ASSERT_NE(a.readiness.verdict, "hire");
    EXPECT_FALSE(a.route.recommended.has_value()) << a.readiness.verdict;
    EXPECT_EQ(a.route.not_ready_note, Pb().advice.route_not_ready);
    EXPECT_EQ(a.route.ranking.size(), 4u);  // the ranking stays, labelled
    EXPECT_TRUE(a.first_hire.provisional);
    EXPECT_EQ(a.first_hire.provisional_note, Pb().advice.first_hire_not_ready);
    EXPECT_EQ(a.buyer_problem.id, "advice");
    EXPECT_NE(a.engagement.kind, "hire");
  }
  EXPECT_EQ(Assess(Pb(), discovery).engagement.kind, "discovery_sprint");
  EXPECT_EQ(Assess(Pb(), platform).engagement.kind, "platform_trial");

  Assessment ready = Assess(Pb(), ReadyBrief());
  EXPECT_TRUE(ready.route.recommended.has_value());
  EXPECT_TRUE(ready.route.not_ready_note.empty());
  EXPECT_FALSE(ready.first_hire.provisional);
  EXPECT_EQ(ready.engagement.kind, "hire");
}

TEST(Assess, AShapeGivenAsUnclearScopeIsNeverAHire) {
  Brief b = ReadyBrief();
  b.shape = "unclear_scope";
  Assessment a = Assess(Pb(), b);
  EXPECT_EQ(a.readiness.verdict, "discovery_first");
  EXPECT_EQ(a.readiness.reason, Pb().advice.discovery.reason_scope);
  EXPECT_EQ(a.engagement.kind, "discovery_sprint");
  EXPECT_EQ(a.engagement.reason, Pb().advice.discovery.reason_scope);
}

TEST(Assess, CarriesTheCostAndTheScopeBoundary) {
  Brief b = ReadyBrief();
  b.scope.out = {"Refunds", "Sending replies without review"};
  Assessment a = Assess(Pb(), b);
  EXPECT_EQ(a.scope_out, b.scope.out);
  EXPECT_TRUE(a.cost.estimated_monthly_run_usd.has_value());
  EXPECT_EQ(a.cost.monthly_run_budget_usd, 500);
  EXPECT_FALSE(a.cost.rule.empty());
}

TEST(Assess, RisksListFailureModesBeforeRiskQuestions) {
  Brief b = ReadyBrief();
  b.owner = {};
  b.constraints.budget_usd = 50000;
  b.constraints.monthly_run_budget_usd.reset();
  Assessment a = Assess(Pb(), b);
  ASSERT_EQ(a.risks.size(), 2u);
  EXPECT_EQ(a.risks[0].rule, "failure_mode.unpriced_post_launch");
  EXPECT_EQ(a.risks[1].rule, "risk_question.ownership");
}

TEST(Assess, EveryConclusionHasARuleAndAReason) {
  Brief thin;
  thin.workflow.name = "Something with AI";
  for (const Brief& b : {thin, ReadyBrief()}) {
    Assessment a = Assess(Pb(), b);
    EXPECT_FALSE(a.readiness.rule.empty());
    EXPECT_FALSE(a.readiness.reason.empty());
    for (const auto& c : a.readiness.criteria) EXPECT_FALSE(c.reason.empty()) << c.id;
    EXPECT_FALSE(a.buyer_problem.reason.empty());
    EXPECT_FALSE(a.first_hire.shape_reason.empty());
    EXPECT_FALSE(a.first_hire.reason.empty());
    for (const auto& r : a.risks) EXPECT_FALSE(r.reason.empty()) << r.id;
    for (const auto& s : a.next_steps) EXPECT_FALSE(s.text.empty()) << s.rule;
    EXPECT_FALSE(a.engagement.rule.empty());
    EXPECT_FALSE(a.engagement.reason.empty());
    EXPECT_FALSE(a.engagement.steps.empty());
    EXPECT_FALSE(a.cost.rule.empty());
    EXPECT_FALSE(a.cost.reason.empty());
  }
}

TEST(Assess, AThinBriefNeverFailsAndAsksForDiscovery) {
  Brief thin;
  thin.workflow.name = "Do something with AI";
  Assessment a = Assess(Pb(), thin);
  EXPECT_EQ(a.readiness.verdict, "discovery_first");
  EXPECT_EQ(a.first_hire.shape, "unclear_scope");
  EXPECT_EQ(a.first_hire.archetype, "discovery_first");
  EXPECT_EQ(a.buyer_problem.id, "advice");
  for (const auto& c : a.readiness.criteria) EXPECT_FALSE(c.pass) << c.id;
  // Verdict + one step per failed criterion (+ the handoff if a partner ranks first).
  EXPECT_EQ(a.next_steps.size(),
            1 + a.readiness.criteria.size() + (a.route.partner_handoff ? 1 : 0));
}

TEST(Assess, IsDeterministic) {
  Brief b = ReadyBrief();
  b.organisation = {};
  Assessment first = Assess(Pb(), b);
  for (int i = 0; i < 3; ++i) {
    Assessment again = Assess(Pb(), b);
    EXPECT_EQ(again.route.recommended, first.route.recommended);
    EXPECT_EQ(again.readiness.reason, first.readiness.reason);
  }
}

// Every text the record carries is fully filled, whatever the brief leaves out.
TEST(Assess, NoPlaceholderIsLeftUnfilledOnAnyBrief) {
  auto check = [](const std::string& where, const std::string& text) {
    EXPECT_EQ(text.find('{'), std::string::npos) << where << ": " << text;
    EXPECT_EQ(text.find("  "), std::string::npos) << where << ": " << text;
    EXPECT_EQ(text.find(" ."), std::string::npos) << where << ": " << text;
  };
  int count = 0;
  for (int variant = 0; variant < 64; ++variant) {
    Brief b = ReadyBrief();
    if (variant & 1) b.metric = {};
    if (variant == 2) b.metric.unit.clear();
    if (variant == 4) b.metric.unit = "%";
    if (variant == 6 || variant == 38) b.metric.monthly_value_usd = 1;  // below any estimate
    if (variant & 2) b.sources = {{"Claims", DataAccess::kRequested, DataSensitivity::kRegulated}, {"CRM", std::nullopt, std::nullopt}};
    if (variant & 4) b.owner = {"", ""};
    if (variant & 8) b.owner = {"Ana", ""};
    if (variant & 16) {
      b.organisation = {false, false, Urgency::kHigh, {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment, OrganisationNeed::kQa}, false};
      b.role.level = variant & 32 ? std::optional(RoleLevel::kMid) : std::nullopt;
      b.constraints.budget_usd = 1000;
    }
    if (variant == 8) b.workflow.standard_product_exists = true;  // a platform trial
    if (variant & 32) {
      b.constraints = {};
      b.workflow.runs_per_week.reset();
      b.workflow.description.clear();
    }
    Assessment a = Assess(Pb(), b);
    check("verdict", a.readiness.reason);
    for (const auto& c : a.readiness.criteria) check(c.rule, c.reason);
    check(a.first_hire.shape_rule, a.first_hire.shape_reason);
    for (const auto& r : a.risks) check(r.rule, r.reason);
    for (const auto& s : a.next_steps) check(s.rule, s.text);
    check(a.engagement.rule, a.engagement.reason);
    for (const auto& s : a.engagement.steps) check(a.engagement.rule, s);
    check(a.cost.rule, a.cost.reason);
    for (const auto& line : a.cost.basis) check(a.cost.rule, line);
    if (!a.cost.value_rule.empty()) check(a.cost.value_rule, a.cost.value_reason);
    ++count;
  }
  EXPECT_EQ(count, 64);
}

// The example briefs shipped in examples/briefs decide as each was written to.
std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Assess, ExampleBriefsDecideAsDocumented) {
  // `route` is the route ranked first; it is recommended only for a hire.
  struct Example {
    std::string file, verdict, shape, route, engagement;
  };
  std::vector<Example> examples = {
      {"support_ticket_triage.yaml", "hire", "workflow_automation", "freelancer", "hire"},
      {"policy_search_assistant.yaml", "hire", "knowledge_assistant", "contract_to_hire", "hire"},
      {"claims_assistant.yaml", "discovery_first", "regulated_assistant", "agency",
       "discovery_sprint"},
      {"custom_model_training.yaml", "hire", "custom_model", "direct_hire", "hire"},
      {"something_with_ai.yaml", "discovery_first", "unclear_scope", "agency", "discovery_sprint"},
      {"meeting_notes_platform.yaml", "buy_platform", "knowledge_assistant", "freelancer",
       "platform_trial"},
  };
  for (const Example& e : examples) {
    std::string path = std::string(FIRSTHIRE_SOURCE_DIR) + "/examples/briefs/" + e.file;
    std::string text = ReadFile(path);
    ASSERT_FALSE(text.empty()) << path;
    Diagnostics d;
    Result<Brief> brief = LoadBrief(text, path, Pb(), &d);
    ASSERT_TRUE(brief.ok()) << brief.status().ToString();
    EXPECT_TRUE(d.warnings().empty()) << e.file << ": " << d.warnings().front().ToString();
    Assessment a = Assess(Pb(), *brief);
    EXPECT_EQ(a.readiness.verdict, e.verdict) << e.file << ": " << a.readiness.reason;
    EXPECT_EQ(a.first_hire.shape, e.shape) << e.file << ": " << a.first_hire.shape_reason;
    EXPECT_EQ(a.route.ranking.front().route, e.route) << e.file;
    EXPECT_EQ(a.engagement.kind, e.engagement) << e.file;
    EXPECT_EQ(a.route.recommended.has_value(), e.verdict == "hire") << e.file;
    EXPECT_EQ(a.first_hire.provisional, e.verdict != "hire") << e.file;
  }
}

}  // namespace
}  // namespace firsthire

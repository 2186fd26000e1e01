#include "engine/engagement.h"

#include <gtest/gtest.h>

#include "engine/ready_brief_for_test.h"
#include "firsthire/assess.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

bool HasStep(const Assessment::Engagement& e, const std::string& text) {
  for (const auto& step : e.steps) {
    if (step.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(Engagement, AReadyBriefIsAHireThroughTheRecommendedRoute) {
  Assessment a = Assess(Pb(), ReadyBrief());
  ASSERT_EQ(a.readiness.verdict, "hire");
  EXPECT_EQ(a.engagement.kind, "hire");
  EXPECT_EQ(a.engagement.rule, Pb().advice.hire.rule);
  ASSERT_TRUE(a.route.recommended.has_value());
  const Route* route = Pb().FindRoute(*a.route.recommended);
  ASSERT_NE(route, nullptr);
  EXPECT_NE(a.engagement.reason.find(route->title), std::string::npos) << a.engagement.reason;
  EXPECT_EQ(a.engagement.steps.size(), Pb().advice.hire.steps.size());
  EXPECT_TRUE(HasStep(a.engagement, "Support ticket triage"));
}

TEST(Engagement, AHireThroughAPartnerEndsWithTheHandoff) {
  Brief b = ReadyBrief();
  b.organisation = {false, false, Urgency::kHigh, {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment}, false};  // agency
  Assessment a = Assess(Pb(), b);
  ASSERT_EQ(a.route.recommended, "agency");
  EXPECT_EQ(a.engagement.steps.back(), Pb().routes.partner_handoff.text);
}

TEST(Engagement, DiscoveryFirstIsASprintThatClosesEachFailingCriterion) {
  Brief b = ReadyBrief();
  b.owner = {};
  b.workflow.runs_per_week = 2;
  Assessment a = Assess(Pb(), b);
  ASSERT_EQ(a.readiness.verdict, "discovery_first");
  EXPECT_EQ(a.engagement.kind, "discovery_sprint");
  EXPECT_EQ(a.engagement.rule, Pb().advice.discovery.rule);
  EXPECT_NE(a.engagement.reason.find("fails 2 of the 5"), std::string::npos) << a.engagement.reason;
  EXPECT_TRUE(HasStep(a.engagement, Pb().FindCriterion("owner")->title));
  EXPECT_TRUE(HasStep(a.engagement, Pb().FindCriterion("workflow_frequency")->title));
  EXPECT_EQ(a.engagement.steps.front(), Pb().advice.discovery.sprint);
  EXPECT_TRUE(HasStep(a.engagement, Pb().FindCriterion("owner")->Text("next_step")));
  EXPECT_FALSE(HasStep(a.engagement, Pb().FindCriterion("metric_value")->Text("next_step")));
  EXPECT_EQ(a.engagement.steps.back(), Pb().advice.discovery.reassess);
  // Not the unclear_scope shape: no scope step.
  EXPECT_FALSE(HasStep(a.engagement, Pb().advice.discovery.scope));
}

TEST(Engagement, AnUnclearScopeAddsTheScopeStep) {
  Brief thin;
  thin.workflow.name = "Do something with AI";
  Assessment a = Assess(Pb(), thin);
  ASSERT_EQ(a.first_hire.shape, "unclear_scope");
  EXPECT_EQ(a.engagement.kind, "discovery_sprint");
  EXPECT_TRUE(HasStep(a.engagement, Pb().advice.discovery.scope));
}

TEST(Engagement, BuyPlatformIsATrialWithFactorsQuestionsDataAndExit) {
  Brief b = ReadyBrief();
  b.workflow.standard_product_exists = true;
  b.organisation.ai_is_core_advantage = false;
  Assessment a = Assess(Pb(), b);
  ASSERT_EQ(a.readiness.verdict, "buy_platform");
  EXPECT_EQ(a.engagement.kind, "platform_trial");
  EXPECT_EQ(a.engagement.rule, Pb().advice.platform.rule);
  EXPECT_TRUE(HasStep(a.engagement, "first response time"));  // the metric to trial on
  for (const RiskQuestion& q : Pb().risk_questions) {
    EXPECT_TRUE(HasStep(a.engagement, q.question)) << q.id;
  }
  EXPECT_TRUE(HasStep(a.engagement, "role design"));
  EXPECT_TRUE(HasStep(a.engagement, "Zendesk tickets"));  // the data to check
  EXPECT_EQ(a.engagement.steps.back(), Pb().advice.platform.build_when);
  for (const auto& step : a.engagement.steps) {
    EXPECT_EQ(step.find('{'), std::string::npos) << step;
  }
}

}  // namespace
}  // namespace firsthire

#include "engine/not_ready.h"

#include <gtest/gtest.h>

#include "engine/plan.h"
#include "engine/ready_brief_for_test.h"
#include "firsthire/kit.h"
#include "firsthire/plan.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

TEST(NotReady, AReadyBriefHasNoWarning) {
  EXPECT_FALSE(CheckNotReady(Pb(), ReadyBrief(), "kit").has_value());
  EXPECT_TRUE(BuildPlan(Pb(), ReadyBrief()).warnings.empty());
  for (const auto& warning : BuildKit(Pb(), ReadyBrief()).warnings) {
    EXPECT_NE(warning.id, "not_ready");
  }
}

TEST(NotReady, TheWarningNamesTheFailingCriteria) {
  Brief b = ReadyBrief();
  b.owner = {};
  auto warning = CheckNotReady(Pb(), b, "plan");
  ASSERT_TRUE(warning.has_value());
  EXPECT_EQ(warning->id, "not_ready");
  EXPECT_EQ(warning->rule, "verdict.discovery_first");
  EXPECT_NE(warning->reason.find(Pb().FindCriterion("owner")->title), std::string::npos);
  EXPECT_EQ(warning->reason.find(Pb().FindCriterion("metric_value")->title), std::string::npos);
  EXPECT_NE(warning->reason.find("plan"), std::string::npos);
}

TEST(NotReady, KitAndPlanOpenWithItAndAreStillProduced) {
  Brief b = ReadyBrief();
  b.metric = {};
  InterviewKit kit = BuildKit(Pb(), b);
  ASSERT_FALSE(kit.warnings.empty());
  EXPECT_EQ(kit.warnings.front().id, "not_ready");
  EXPECT_NE(kit.warnings.front().reason.find("kit"), std::string::npos);
  EXPECT_FALSE(kit.questions.empty());
  Plan plan = BuildPlan(Pb(), b);
  ASSERT_EQ(plan.warnings.size(), 1u);
  EXPECT_EQ(plan.warnings[0].id, "not_ready");
  EXPECT_FALSE(plan.windows.empty());
}

TEST(NotReady, BuyPlatformHasItsOwnWording) {
  Brief b = ReadyBrief();
  b.workflow.standard_product_exists = true;
  b.organisation.ai_is_core_advantage = false;
  auto warning = CheckNotReady(Pb(), b, "kit");
  ASSERT_TRUE(warning.has_value());
  EXPECT_EQ(warning->rule, "verdict.buy_platform");
  EXPECT_EQ(warning->reason.find("{"), std::string::npos);
  EXPECT_NE(warning->reason.find("existing product"), std::string::npos) << warning->reason;
}

}  // namespace
}  // namespace firsthire

#include "engine/buyer_problem.h"

#include <gtest/gtest.h>

#include "engine/readiness.h"
#include "engine/ready_brief_for_test.h"
#include "engine/shape_inference.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

Assessment::BuyerProblem Decide(const Brief& b) {
  return DecideBuyerProblem(Pb(), b, InferShape(Pb(), b), DecideReadiness(Pb(), b));
}

void ExpectProblem(const Brief& b, const std::string& id) {
  auto p = Decide(b);
  EXPECT_EQ(p.id, id);
  EXPECT_EQ(p.rule, Pb().FindBuyerProblem(id)->rule);
  EXPECT_EQ(p.reason, Pb().FindBuyerProblem(id)->reason);
}

TEST(BuyerProblem, UnclearScopeIsAdvice) {
  Brief b = ReadyBrief();
  b.shape = "unclear_scope";
  b.workflow.stage = WorkflowStage::kLive;  // even with a live first version
  ExpectProblem(b, "advice");
}

TEST(BuyerProblem, AFailingMetricIsAdvice) {
  Brief b = ReadyBrief();
  b.metric.target.reset();
  b.workflow.stage = WorkflowStage::kPrototype;
  ExpectProblem(b, "advice");
}

TEST(BuyerProblem, APrototypeOrLiveWorkflowIsOwnership) {
  for (WorkflowStage stage : {WorkflowStage::kPrototype, WorkflowStage::kLive}) {
    Brief b = ReadyBrief();
    b.workflow.stage = stage;
    ExpectProblem(b, "ownership");
  }
}

TEST(BuyerProblem, AClearWorkflowNotYetBuiltIsImplementation) {
  for (std::optional<WorkflowStage> stage : {std::optional<WorkflowStage>(), std::optional(WorkflowStage::kIdea)}) {
    Brief b = ReadyBrief();
    b.workflow.stage = stage;
    ExpectProblem(b, "implementation");
  }
}


TEST(BuyerProblem, NeverContradictsTheVerdict) {
  Brief discovery = ReadyBrief();
  discovery.owner = {};
  discovery.workflow.stage = WorkflowStage::kLive;  // would be ownership if the brief were ready
  ASSERT_EQ(DecideReadiness(Pb(), discovery).verdict, "discovery_first");
  EXPECT_EQ(Decide(discovery).id, "advice");

  Brief platform = ReadyBrief();
  platform.workflow.standard_product_exists = true;
  platform.organisation.ai_is_core_advantage = false;
  ASSERT_EQ(DecideReadiness(Pb(), platform).verdict, "buy_platform");
  auto p = Decide(platform);
  EXPECT_EQ(p.id, "advice");
  EXPECT_EQ(p.reason, Pb().advice.platform_buyer_problem);
}

TEST(BuyerProblem, TheMistakeIsShownOnlyWhenTheStatedNeedDiffers) {
  Brief b = ReadyBrief();
  b.metric = {};  // advice
  EXPECT_FALSE(Decide(b).mistake.has_value());  // nothing asked for: nothing contradicts
  b.role.title = "AI engineer";  // asks for delivery while the problem is advice
  auto p = Decide(b);
  ASSERT_TRUE(p.mistake.has_value());
  EXPECT_EQ(p.mistake->rule, "buyer_problem.mistake");
  EXPECT_EQ(p.mistake->reason, Pb().buyer_problem_mistake);
  Brief ready = ReadyBrief();
  ready.role.title = "AI engineer";  // asks for delivery, and delivery is the problem
  EXPECT_FALSE(Decide(ready).mistake.has_value());
}

}  // namespace
}  // namespace firsthire

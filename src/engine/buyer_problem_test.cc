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
  b.workflow.stage = "live";  // even with a live first version
  ExpectProblem(b, "advice");
}

TEST(BuyerProblem, AFailingMetricIsAdvice) {
  Brief b = ReadyBrief();
  b.metric.target.reset();
  b.workflow.stage = "prototype";
  ExpectProblem(b, "advice");
}

TEST(BuyerProblem, APrototypeOrLiveWorkflowIsOwnership) {
  for (std::string stage : {"prototype", "live"}) {
    Brief b = ReadyBrief();
    b.workflow.stage = stage;
    ExpectProblem(b, "ownership");
  }
}

TEST(BuyerProblem, AClearWorkflowNotYetBuiltIsImplementation) {
  for (std::string stage : {"", "idea"}) {
    Brief b = ReadyBrief();
    b.workflow.stage = stage;
    ExpectProblem(b, "implementation");
  }
}

}  // namespace
}  // namespace firsthire

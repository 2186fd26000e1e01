#include "engine/buyer_problem.h"

namespace firsthire {

namespace {

// The brief asks for delivery: it plans a hire.
bool PlansAHire(const Brief& brief) {
  return !brief.role.title.empty() || brief.role.level.has_value() || brief.role.hires.has_value();
}

}  // namespace

Assessment::BuyerProblem DecideBuyerProblem(const Playbook& playbook, const Brief& brief,
                                            const Assessment::FirstHire& first_hire,
                                            const Assessment::Readiness& readiness) {
  const Assessment::Criterion* metric = readiness.Find("metric_value");
  const std::string& verdict = readiness.verdict;
  std::string id;
  if (verdict == "discovery_first" || verdict == "buy_platform" ||
      first_hire.shape == "unclear_scope" || (metric != nullptr && !metric->pass)) {
    id = "advice";
  } else if (brief.workflow.stage == WorkflowStage::kPrototype ||
             brief.workflow.stage == WorkflowStage::kLive) {
    id = "ownership";
  } else {
    id = "implementation";
  }
  Assessment::BuyerProblem problem{id, "buyer_problem." + id, "", std::nullopt};
  if (const BuyerProblem* p = playbook.FindBuyerProblem(id)) {
    problem.rule = p->rule;
    problem.reason = p->reason;
  }
  if (verdict == "buy_platform" && !playbook.advice.platform_buyer_problem.empty()) {
    problem.reason = playbook.advice.platform_buyer_problem;
  }
  if (id == "advice" && PlansAHire(brief) && !playbook.buyer_problem_mistake.empty()) {
    problem.mistake = Assessment::Mistake{"buyer_problem.mistake", playbook.buyer_problem_mistake};
  }
  return problem;
}

}  // namespace firsthire

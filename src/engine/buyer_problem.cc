#include "engine/buyer_problem.h"

namespace firsthire {

Assessment::BuyerProblem DecideBuyerProblem(const Playbook& playbook, const Brief& brief,
                                            const Assessment::FirstHire& first_hire,
                                            const Assessment::Readiness& readiness) {
  const Assessment::Criterion* metric = readiness.Find("metric_value");
  std::string id;
  if (first_hire.shape == "unclear_scope" || (metric != nullptr && !metric->pass)) {
    id = "advice";
  } else if (brief.workflow.stage == "prototype" || brief.workflow.stage == "live") {
    id = "ownership";
  } else {
    id = "implementation";
  }
  Assessment::BuyerProblem problem{id, "buyer_problem." + id, ""};
  if (const BuyerProblem* p = playbook.FindBuyerProblem(id)) {
    problem.rule = p->rule;
    problem.reason = p->reason;
  }
  return problem;
}

}  // namespace firsthire

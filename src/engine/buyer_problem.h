// The buyer's problem (SPEC section 3): advice, implementation or ownership.
#ifndef FIRSTHIRE_ENGINE_BUYER_PROBLEM_H_
#define FIRSTHIRE_ENGINE_BUYER_PROBLEM_H_

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// `advice` when the shape is unclear_scope or the metric_value criterion
// failed (nobody knows yet which workflow deserves the budget); otherwise
// `ownership` when workflow.stage is prototype or live (a first version
// exists); otherwise `implementation`. Rule and reason come from the
// playbook's buyer_problems entry (rule "buyer_problem.<id>" if it is absent).
Assessment::BuyerProblem DecideBuyerProblem(const Playbook& playbook, const Brief& brief,
                                            const Assessment::FirstHire& first_hire,
                                            const Assessment::Readiness& readiness);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_BUYER_PROBLEM_H_

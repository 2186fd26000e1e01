// The buyer's problem (docs/product.md section 3): advice, implementation or ownership.
#ifndef FIRSTHIRE_ENGINE_BUYER_PROBLEM_H_
#define FIRSTHIRE_ENGINE_BUYER_PROBLEM_H_

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// Never contradicts the verdict: `advice` when the verdict is
// discovery_first or buy_platform, the shape is unclear_scope or the
// metric_value criterion failed (under buy_platform the reason is the
// playbook's advice.platform_buyer_problem: choosing a product); otherwise
// `ownership` when workflow.stage is prototype or live (a first version
// exists); otherwise `implementation`. Rule and reason come from the
// playbook's buyer_problems entry (rule "buyer_problem.<id>" if it is absent).
//
// `mistake` (rule buyer_problem.mistake, the playbook's buyer_problem_mistake)
// is set only when what the brief asks for differs from the problem found:
// the brief plans a hire (its role section names a title, level or hires),
// which is buying delivery, while the problem found is `advice`.
Assessment::BuyerProblem DecideBuyerProblem(const Playbook& playbook, const Brief& brief,
                                            const Assessment::FirstHire& first_hire,
                                            const Assessment::Readiness& readiness);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_BUYER_PROBLEM_H_

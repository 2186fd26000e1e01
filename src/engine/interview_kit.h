// The parts of BuildKit (include/firsthire/kit.h) that decide something,
// exposed for tests: the gate as the kit states it, the question to ask for a
// 30-60-90 plan, and the warnings about how the hire is planned.
#ifndef FIRSTHIRE_ENGINE_INTERVIEW_KIT_H_
#define FIRSTHIRE_ENGINE_INTERVIEW_KIT_H_

#include <vector>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/kit.h"
#include "firsthire/playbook.h"

namespace firsthire {

// The playbook's gate: its categories, threshold and rule, with the reason
// naming the categories by title, any one of which fails it ("Evaluation
// discipline, Security and guardrails or Cost and observability").
InterviewKit::Gate KitGate(const Playbook& playbook);

// The request for the candidate's own 30-60-90 plan about this workflow (the
// playbook's plan.question, filled like a plan template), with the plan
// BuildPlan makes for the brief as what to compare it with.
InterviewKit::PlanQuestion KitPlanQuestion(const Playbook& playbook, const Brief& brief);

// The warnings of BuildKit for `brief` whose role is `first_hire` (see
// BuildKit for which and in what order).
std::vector<InterviewKit::Warning> KitWarnings(const Playbook& playbook, const Brief& brief,
                                               const Assessment::FirstHire& first_hire);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_INTERVIEW_KIT_H_

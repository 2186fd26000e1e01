// Assess: the whole assessment of a brief, from its parts (see
// include/firsthire/assess.h for the contract).
#include "firsthire/assess.h"

#include <algorithm>

#include "engine/brief_risks.h"
#include "engine/buyer_problem.h"
#include "engine/engagement.h"
#include "engine/failure_modes.h"
#include "engine/readiness.h"
#include "engine/route_ranking.h"
#include "engine/run_cost.h"
#include "engine/shape_inference.h"

namespace firsthire {

const Assessment::Criterion* Assessment::Readiness::Find(std::string_view id) const {
  for (const Criterion& c : criteria) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

bool Assessment::Readiness::AllPass() const {
  return std::all_of(criteria.begin(), criteria.end(), [](const Criterion& c) { return c.pass; });
}

namespace {

// A shape given as unclear_scope is never ready to hire, whatever passes.
void UnclearScopeIsNotReady(const Playbook& playbook, Assessment& a) {
  if (a.readiness.verdict != "hire" || a.first_hire.shape != "unclear_scope") return;
  a.readiness.verdict = "discovery_first";
  const Verdict* verdict = playbook.FindVerdict("discovery_first");
  a.readiness.rule = verdict != nullptr ? verdict->rule : "verdict.discovery_first";
  a.readiness.reason = playbook.advice.discovery.reason_scope;
}

// When the verdict is not hire nothing is recommended: the ranking is what
// would fit once the brief is ready, and the first hire is provisional.
void VerdictGoverns(const Playbook& playbook, Assessment& a) {
  if (a.readiness.verdict == "hire") return;
  a.route.recommended.reset();
  a.route.partner_handoff.reset();
  a.route.not_ready_note = playbook.advice.route_not_ready;
  a.first_hire.provisional = true;
  a.first_hire.provisional_note = playbook.advice.first_hire_not_ready;
}

}  // namespace

Assessment Assess(const Playbook& playbook, const Brief& brief) {
  Assessment a;
  a.playbook = InfoOf(playbook);
  a.readiness = DecideReadiness(playbook, brief);
  a.first_hire = InferShape(playbook, brief);
  UnclearScopeIsNotReady(playbook, a);
  a.buyer_problem = DecideBuyerProblem(playbook, brief, a.first_hire, a.readiness);
  a.route = RankRoutes(playbook, brief);
  VerdictGoverns(playbook, a);
  a.cost = EstimateRunCost(playbook, brief, a.first_hire.shape);
  a.scope_out = brief.scope.out;

  a.risks = FindFailureModes(playbook, brief, a.first_hire);
  for (Assessment::Risk& risk : FindBriefRisks(playbook, brief, a.readiness, a.route)) {
    a.risks.push_back(std::move(risk));
  }
  a.engagement = DecideEngagement(playbook, brief, a);

  if (const Verdict* verdict = playbook.FindVerdict(a.readiness.verdict)) {
    a.next_steps.push_back({verdict->rule, verdict->next_step});
  }
  for (const Assessment::Criterion& c : a.readiness.criteria) {
    if (c.pass) continue;
    if (const ReadinessCriterion* criterion = playbook.FindCriterion(c.id)) {
      const std::string& step = criterion->Text("next_step");
      if (!step.empty()) a.next_steps.push_back({c.rule, step});
    }
  }
  if (a.route.partner_handoff) {
    a.next_steps.push_back({a.route.partner_handoff->rule, a.route.partner_handoff->reason});
  }
  return a;
}

}  // namespace firsthire

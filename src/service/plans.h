// Plans: a stored 30-60-90 plan for an opening and/or a candidate
// (POST /api/v1/plans), and the state of each of its deliverables
// (PATCH /api/v1/plans/{id} {status: {deliverable id: state}}).
#ifndef FIRSTHIRE_SERVICE_PLANS_H_
#define FIRSTHIRE_SERVICE_PLANS_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "firsthire/clock.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

// A new plan: for an opening, a candidate, both or neither; plan_json "" takes
// the opening's plan.
struct NewPlan {
  std::string opening_id;
  std::string candidate_id;
  std::string plan_json;
};

// Stores `plan` with no deliverable started. kInvalidInput with the field
// named: "opening_id" (no such opening), "candidate_id" (no such live
// candidate), "plan" (none given and no opening to take it from).
Result<store::StoredPlan> CreatePlan(Store& store, const NewPlan& plan, const std::string& actor);

// The states a deliverable can be in: todo, in_progress, done, blocked.
const std::vector<std::string>& DeliverableStates();

// Records `updates` ({deliverable id: state}, an object) on the plan with
// `plan_id`, over the states it already has, read and written in one
// transaction (so two people marking different deliverables both count).
// kInvalidInput with field "status.<id>" for a deliverable the plan does not
// list (when it lists any) or a state outside DeliverableStates(); kNotFound
// for no such plan. Nothing is written on failure.
Result<store::StoredPlan> SetDeliverableStates(Store& store, const std::string& plan_id,
                                               const nlohmann::json& updates,
                                               const std::string& actor);

// The plans, in the store's order, filtered by opening and/or candidate; one plan
// (kNotFound when there is none); deleting one (audited as `actor`).
Result<Listing<store::StoredPlan>> ListPlans(Store& store, const PlanFilter& filter, Page page);
Result<store::StoredPlan> GetPlan(Store& store, const std::string& plan_id);
Status DeletePlan(Store& store, const std::string& plan_id, const std::string& actor);

// The 90-day decisions a plan's outcome may take: go, no_go.
const std::vector<std::string>& PlanOutcomes();

// Records the plan's final 90-day decision about the hire (`decision` one of
// PlanOutcomes(), `reason` why), stamped with `actor` and `now`; recording
// again replaces it (the audit log keeps each). kInvalidInput with field
// "decision" or "reason" (empty, or over 2000 bytes), or "candidate_id" when
// the plan is linked to no candidate, to one that no longer exists, or to
// one who is not at the stage `pipeline`'s hire decision moves to ("hired"
// by default): an outcome belongs to a hire. kNotFound for no such plan.
// Nothing is written on failure.
Result<store::StoredPlan> RecordPlanOutcome(Store& store, const PipelineRules& pipeline,
                                            const std::string& plan_id, const std::string& decision,
                                            const std::string& reason, const std::string& actor,
                                            Millis now);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_PLANS_H_

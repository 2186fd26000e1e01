// Outcomes over the stored hiring record (GET /api/v1/outcomes): every
// plan's recorded 90-day go/no-go (service/plans.h RecordPlanOutcome) beside
// the submitted scorecards of the candidate the plan belongs to, summarised
// by the engine's SummariseOutcomes.
#ifndef FIRSTHIRE_SERVICE_OUTCOMES_H_
#define FIRSTHIRE_SERVICE_OUTCOMES_H_

#include "firsthire/outcomes.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

// One outcome per hire: when several of a candidate's plans carry one, the
// most recently recorded counts. Plans without a candidate or an outcome,
// and erased candidates, are left out; `decided_by` is the recorder's name.
// Store errors as they are.
Result<OutcomeSummary> SummariseStoredOutcomes(Store& store, const Playbook& playbook);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_OUTCOMES_H_

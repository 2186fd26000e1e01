// Failure modes of hiring (docs/product.md section 6): warnings about the way the hire
// is being planned, raised from the brief.
#ifndef FIRSTHIRE_ENGINE_FAILURE_MODES_H_
#define FIRSTHIRE_ENGINE_FAILURE_MODES_H_

#include <vector>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// The playbook's failure modes that apply to the brief, in playbook order,
// each with the failure mode's id, title, rule, reason and severity (the
// default playbook's severities in brackets):
//   vague_workflow: the shape is unclear_scope, or the description has fewer
//     than shape_inference.min_description_words words (severity high);
//   familiarity_over_ownership: role.interview_focus includes
//     model_familiarity or tools and not system_ownership (medium);
//   unpriced_post_launch: no monthly run budget (monthly_run_budget_usd or
//     post_launch_budget_usd) is given; worded as reason_no_budget when no
//     budget_usd is given either (medium);
//   late_security: security_review is not `design` and either a source is
//     confidential or regulated, constraints.regulated is true, or the system
//     takes actions over internal data (reason_actions) (high);
//   one_person_all_gaps: organisation.needs has at least the mode's min_needs
//     entries, role.hires is unset or 1, and role.level is not senior or
//     staff (high); its reason names the level and the needs.
//   unrealistic_timeline: constraints.timeline_weeks is below the playbook's
//     advice.min_pilot_weeks (medium);
//   research_first: the custom_model shape was inferred from keywords and
//     workflow.baseline_tried is not true; or, for a shape other than
//     custom_model or unclear_scope, role.title names research work (the
//     team's research_roles), worded as reason_role (medium).
// A failure mode id the engine does not know never fires.
std::vector<Assessment::Risk> FindFailureModes(const Playbook& playbook, const Brief& brief,
                                               const Assessment::FirstHire& first_hire);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_FAILURE_MODES_H_

// The 30-60-90 day plan for a hire (docs/product.md section 8): what the person must
// deliver in each window, shaped by the brief, and an explicit go/no-go.
//
// BuildPlan is pure: (playbook, brief) -> Plan, no I/O, no clock. It never
// fails: every deliverable is the playbook's template filled with the brief's
// values ({workflow}, {owner}, {sources}, {metric}, {baseline}, {target},
// {unit}, {risks}); a value the brief lacks is filled with the playbook's
// `plan.missing` text for it, so a thin brief gives a plan that says what is
// still to be decided instead of an error.
#ifndef FIRSTHIRE_PLAN_H_
#define FIRSTHIRE_PLAN_H_

#include <string>
#include <vector>

#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// One thing the hire must deliver. `status` starts as "not_started" (the
// service updates it as the work progresses).
struct PlannedDeliverable {
  std::string id;    // the playbook's deliverable id, e.g. "audit_data"
  std::string text;  // the playbook template filled with the brief
  std::string status = "not_started";
};

// One window of the plan, in playbook order (days_1_30, days_31_60,
// days_61_90 in the default playbook).
struct PlannedWindow {
  std::string id;
  std::string title;
  std::vector<PlannedDeliverable> deliverables;
};

// The explicit decision at the end of the plan: when to scale and when not.
struct GoNoGo {
  std::string rule;   // the playbook rule id, e.g. "plan.go_no_go"
  std::string go;     // filled with the brief's metric and target
  std::string no_go;
};

// Opens the plan when the brief is not ready to hire (the plan is still made).
struct PlanWarning {
  std::string id;  // not_ready
  std::string title;
  std::string rule;
  std::string reason;
};

struct Plan {

  PlaybookInfo playbook;  // which playbook's templates made the plan
  std::string workflow;  // the brief's workflow name, or the playbook's missing text
  std::string owner;     // "Name, role", or the playbook's missing text
  std::vector<PlannedWindow> windows;
  GoNoGo go_no_go;
  std::string judgement_note;  // shown with the plan and asked of candidates
  std::vector<PlanWarning> warnings;   // not_ready when assess would not say hire
  std::vector<std::string> scope_out;  // the brief's scope.out
};

// Builds the plan for `brief` from the playbook's `plan` section. When
// constraints.timeline_weeks is longer than the playbook's
// advice.min_pilot_weeks, every window's last day (its end_day) is stretched
// in proportion to the timeline and its title is advice.plan_window_title
// with {from} and {to}; ids never change.
Plan BuildPlan(const Playbook& playbook, const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_PLAN_H_

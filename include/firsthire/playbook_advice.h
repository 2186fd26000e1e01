// The playbook's `advice:` section: how the readiness verdict governs the
// rest of an assessment (the engagement, the provisional route and first
// hire, the warning on a kit or plan for a brief that is not ready), the
// monthly run cost estimate, the pilot timeline, and the high-risk rule.
//
// Mirrors playbook/default.yaml one to one; loaded by LoadAdviceRules
// (src/input/playbook_advice_loader.h). Texts may use the placeholders the
// comments list; every text is required.
#ifndef FIRSTHIRE_PLAYBOOK_ADVICE_H_
#define FIRSTHIRE_PLAYBOOK_ADVICE_H_

#include <map>
#include <string>
#include <vector>

namespace firsthire {

// What to do next when the verdict is `hire`: go through the recommended route.
struct HireEngagementTexts {
  std::string rule;                // engagement.hire
  std::string reason;              // {route}
  std::vector<std::string> steps;  // {workflow} {route} {route_fit}
};

// What to do next when the verdict is `discovery_first`: a short, scoped
// discovery whose deliverable is the brief, then assess again.
struct DiscoveryEngagementTexts {
  std::string rule;          // engagement.discovery_sprint
  std::string reason;        // {failed} {count} {total}
  std::string reason_scope;  // when no criterion fails but the scope is unclear
  std::string sprint;        // the sprint itself
  std::string close;         // one per failing criterion: {criterion} {next_step}
  std::string scope;         // when the shape is unclear_scope
  std::string done;          // what "done" means
  std::string reassess;
};

// What to do next when the verdict is `buy_platform`: trial existing products.
struct PlatformEngagementTexts {
  std::string rule;        // engagement.platform_trial
  std::string reason;      // {workflow}
  std::string trial_on;    // {workflow} {metric} {baseline} {target}
  std::string factors;     // {factors}: the commodity factors' titles
  std::string questions;   // {questions}: the five risk questions
  std::string data;        // {sources}
  std::string exit;        // {metric} {target}
  std::string build_when;  // when building would become the better choice
};

// The monthly run cost estimate: runs per week x cost per run x weeks a
// month, against the brief's monthly run budget. Each basis text says where
// a number came from.
struct RunCostRules {
  double weeks_per_month = 4.33;
  std::map<std::string, double> default_cost_per_run_usd;  // by shape id
  std::string basis_runs;             // {runs}
  std::string basis_runs_missing;
  std::string basis_cost_brief;       // {cost}
  std::string basis_cost_default;     // {cost} {shape}
  std::string basis_cost_missing;     // {shape}
  std::string basis_estimate;         // {runs} {cost} {weeks} {estimate}
  std::string basis_budget_brief;     // {budget}
  std::string basis_budget_post_launch;  // {budget}
  std::string basis_budget_missing;
  std::string basis_value;        // {value}: metric.monthly_value_usd
  std::string basis_value_share;  // {estimate} {value} {share}: the run cost's share of it
  // The conclusion, by key: within_budget, over_budget, no_budget, unknown.
  // Each has `rule` and `reason` ({estimate} {budget}).
  std::map<std::string, std::pair<std::string, std::string>> outcomes;
  // When the estimate is above the metric's monthly value ({estimate} {value}).
  std::string exceeds_value_rule;
  std::string exceeds_value_reason;
};

struct AdviceRules {
  HireEngagementTexts hire;
  DiscoveryEngagementTexts discovery;
  PlatformEngagementTexts platform;
  // Labels when the verdict is not hire: the route ranking is what would fit
  // once the brief is ready; the first hire is provisional.
  std::string route_not_ready;
  std::string first_hire_not_ready;
  // The buyer problem under buy_platform: choosing and trialling a product.
  std::string platform_buyer_problem;
  // The warning a kit or plan opens with when the brief is not ready.
  std::string not_ready_title;
  std::string not_ready_failing;   // {document} {failed}
  std::string not_ready_platform;  // {document}
  std::string not_ready_scope;     // {document}: no criterion fails but the scope is unclear
  RunCostRules cost;
  // An instrumented pilot needs at least this many weeks (the 30-60-90).
  int min_pilot_weeks = 12;
  std::string plan_window_title;  // {from} {to}: a window's title when the plan is stretched
  std::string scope_out_label;    // the heading of the brief's scope.out list
};

}  // namespace firsthire

#endif  // FIRSTHIRE_PLAYBOOK_ADVICE_H_

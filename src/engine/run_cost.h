// The monthly run cost of the system a brief describes (docs/assess.md,
// "Run cost"): what model calls would cost a month against the brief's run
// budget, every number with where it came from.
#ifndef FIRSTHIRE_ENGINE_RUN_COST_H_
#define FIRSTHIRE_ENGINE_RUN_COST_H_

#include <string>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// estimated_monthly_run_usd = workflow.runs_per_week x cost per run x the
// playbook's weeks_per_month, rounded to whole dollars; the cost per run is
// constraints.cost_per_run_usd, else the playbook's default for `shape`.
// nullopt when the run count or a cost per run is missing.
// monthly_run_budget_usd = constraints.monthly_run_budget_usd, else
// post_launch_budget_usd, else nullopt.
// `basis` has one line per number (runs, cost per run, the estimate when
// made, the budget), each naming its source. The outcome (rule, reason):
// unknown (no estimate), no_budget, over_budget (estimate > budget) or
// within_budget.
// metric_monthly_value_usd = metric.monthly_value_usd, else nullopt; when
// given, basis gains a line naming it and, with an estimate, one giving the
// estimate's share of it; value_rule (cost.exceeds_value) and value_reason
// are set only when the estimate is above the value.
Assessment::Cost EstimateRunCost(const Playbook& playbook, const Brief& brief,
                                 const std::string& shape);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_RUN_COST_H_

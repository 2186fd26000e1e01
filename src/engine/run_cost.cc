#include "engine/run_cost.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "engine/brief_facts.h"
#include "engine/brief_wording.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

using assess_text::Number;

std::string Fill(const std::string& text, const std::map<std::string, std::string>& values) {
  return assess_text::TidyFilledText(FillTemplate(text, values));
}

// The cost per run and the basis line saying where it came from.
std::optional<double> CostPerRun(const RunCostRules& rules, const Brief& brief,
                                 const std::string& shape, std::vector<std::string>* basis) {
  std::string spoken = shape;
  std::replace(spoken.begin(), spoken.end(), '_', ' ');
  if (brief.constraints.cost_per_run_usd) {
    double cost = *brief.constraints.cost_per_run_usd;
    basis->push_back(Fill(rules.basis_cost_brief, {{"cost", Number(cost)}}));
    return cost;
  }
  auto it = rules.default_cost_per_run_usd.find(shape);
  if (it == rules.default_cost_per_run_usd.end()) {
    basis->push_back(Fill(rules.basis_cost_missing, {{"shape", spoken}}));
    return std::nullopt;
  }
  basis->push_back(Fill(rules.basis_cost_default, {{"cost", Number(it->second)}, {"shape", spoken}}));
  return it->second;
}

// The metric's monthly value from the brief, its basis lines (the value, and
// the estimate's share of it when both are known and the value is above
// zero) and cost.exceeds_value when the estimate is above the value.
void CompareWithValue(const RunCostRules& rules, const Brief& brief, Assessment::Cost* cost) {
  cost->metric_monthly_value_usd = brief.metric.monthly_value_usd;
  if (!cost->metric_monthly_value_usd) return;
  double value = *cost->metric_monthly_value_usd;
  std::map<std::string, std::string> values = {{"value", Number(value)}};
  cost->basis.push_back(Fill(rules.basis_value, values));
  if (!cost->estimated_monthly_run_usd) return;
  double estimate = *cost->estimated_monthly_run_usd;
  values["estimate"] = Number(estimate);
  if (value > 0) {
    values["share"] = Number(std::round(estimate / value * 1000) / 10);  // one decimal
    cost->basis.push_back(Fill(rules.basis_value_share, values));
  }
  if (estimate > value) {
    cost->value_rule = rules.exceeds_value_rule;
    cost->value_reason = Fill(rules.exceeds_value_reason, values);
  }
}

}  // namespace

Assessment::Cost EstimateRunCost(const Playbook& playbook, const Brief& brief,
                                 const std::string& shape) {
  const RunCostRules& rules = playbook.advice.cost;
  Assessment::Cost cost;
  const std::optional<int64_t>& runs = brief.workflow.runs_per_week;
  if (runs) {
    cost.basis.push_back(Fill(rules.basis_runs, {{"runs", std::to_string(*runs)}}));
  } else {
    cost.basis.push_back(rules.basis_runs_missing);
  }
  std::optional<double> per_run = CostPerRun(rules, brief, shape, &cost.basis);
  if (runs && per_run) {
    double estimate = std::round(static_cast<double>(*runs) * *per_run * rules.weeks_per_month);
    cost.estimated_monthly_run_usd = estimate;
    cost.basis.push_back(Fill(rules.basis_estimate, {{"runs", std::to_string(*runs)},
                                                     {"cost", Number(*per_run)},
                                                     {"weeks", Number(rules.weeks_per_month)},
                                                     {"estimate", Number(estimate)}}));
  }
  cost.monthly_run_budget_usd = assess_facts::MonthlyRunBudget(brief);
  std::map<std::string, std::string> values;
  if (cost.monthly_run_budget_usd) {
    values["budget"] = Number(*cost.monthly_run_budget_usd);
    bool own = brief.constraints.monthly_run_budget_usd.has_value();
    cost.basis.push_back(Fill(own ? rules.basis_budget_brief : rules.basis_budget_post_launch, values));
  } else {
    cost.basis.push_back(rules.basis_budget_missing);
  }
  std::string outcome;
  if (!cost.estimated_monthly_run_usd) {
    outcome = "unknown";
  } else {
    values["estimate"] = Number(*cost.estimated_monthly_run_usd);
    if (!cost.monthly_run_budget_usd) {
      outcome = "no_budget";
    } else if (*cost.estimated_monthly_run_usd > *cost.monthly_run_budget_usd) {
      outcome = "over_budget";
    } else {
      outcome = "within_budget";
    }
  }
  auto it = rules.outcomes.find(outcome);
  if (it != rules.outcomes.end()) {
    cost.rule = it->second.first;
    cost.reason = Fill(it->second.second, values);
  } else {
    cost.rule = "cost." + outcome;
  }
  CompareWithValue(rules, brief, &cost);
  return cost;
}

}  // namespace firsthire

#include "engine/brief_facts.h"

#include <algorithm>

namespace firsthire::assess_facts {

namespace {
bool Sensitive(const DataSource& s) {
  return s.sensitivity == DataSensitivity::kConfidential ||
         s.sensitivity == DataSensitivity::kRegulated;
}
}  // namespace

bool IsRegulated(const Brief& brief) {
  if (brief.constraints.regulated.value_or(false)) return true;
  return std::any_of(brief.sources.begin(), brief.sources.end(),
                     [](const DataSource& s) { return s.sensitivity == DataSensitivity::kRegulated; });
}

bool HasSensitiveData(const Brief& brief) {
  return IsRegulated(brief) || std::any_of(brief.sources.begin(), brief.sources.end(), Sensitive);
}

std::vector<std::string> SensitiveSources(const Brief& brief) {
  std::vector<std::string> out;
  for (const DataSource& s : brief.sources) {
    if (Sensitive(s)) out.push_back(s.name + " (" + IdOr(s.sensitivity) + ")");
  }
  return out;
}

bool IsHighRisk(const Brief& brief) {
  const std::optional<MistakeCost>& cost = brief.constraints.mistake_cost;
  if (cost == MistakeCost::kCritical) return true;
  return brief.constraints.takes_actions.value_or(false) && cost == MistakeCost::kHigh;
}

bool RiskContained(const Brief& brief) {
  return !IsRegulated(brief) && brief.constraints.mistake_cost != MistakeCost::kCritical;
}

std::optional<double> MonthlyRunBudget(const Brief& brief) {
  if (brief.constraints.monthly_run_budget_usd) return brief.constraints.monthly_run_budget_usd;
  return brief.constraints.post_launch_budget_usd;
}

}  // namespace firsthire::assess_facts

// Facts about a brief that several assessment rules ask about.
#ifndef FIRSTHIRE_ENGINE_BRIEF_FACTS_H_
#define FIRSTHIRE_ENGINE_BRIEF_FACTS_H_

#include <optional>
#include <string>
#include <vector>

#include "firsthire/brief.h"

namespace firsthire::assess_facts {

// constraints.regulated is true, or a data source is `regulated`.
bool IsRegulated(const Brief& brief);

// IsRegulated, or a data source is `confidential`.
bool HasSensitiveData(const Brief& brief);

// Names of the sources that are confidential or regulated, with their
// sensitivity: {"Claims DB (regulated)"}.
std::vector<std::string> SensitiveSources(const Brief& brief);

// A high-risk assistant: a wrong output is critical, or the system acts on
// its own (constraints.takes_actions) where a mistake costs high or critical.
bool IsHighRisk(const Brief& brief);

// The risk is contained: nothing regulated and no critical cost of error.
bool RiskContained(const Brief& brief);

// The monthly run budget the brief gives: monthly_run_budget_usd, else the
// older post_launch_budget_usd; nullopt when neither is given.
std::optional<double> MonthlyRunBudget(const Brief& brief);

}  // namespace firsthire::assess_facts

#endif  // FIRSTHIRE_ENGINE_BRIEF_FACTS_H_

// Outcomes (GET /api/v1/outcomes) for machines.
#ifndef FIRSTHIRE_REPORT_OUTCOMES_REPORT_H_
#define FIRSTHIRE_REPORT_OUTCOMES_REPORT_H_

#include <nlohmann/json.hpp>

#include "firsthire/outcomes.h"

namespace firsthire {

// `{playbook, outcomes, go, no_go, min_outcomes, categories: {category id:
// {n, kind, rule, text, go: {n, scores, mean}, no_go: {n, scores, mean}, r,
// ci}}, warning: {rule, text} or null, hires: [{candidate_id, name,
// outcome, decided_by, decided_at, scorecards}]}`; an undefined mean, r or
// interval is null.
nlohmann::json OutcomesToJson(const OutcomeSummary& summary);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_OUTCOMES_REPORT_H_

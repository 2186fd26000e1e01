// A scorecard evaluation (`firsthire score`) for machines and for people.
#ifndef FIRSTHIRE_REPORT_EVALUATION_REPORT_H_
#define FIRSTHIRE_REPORT_EVALUATION_REPORT_H_

#include <nlohmann/json.hpp>

#include "firsthire/scorecard.h"
#include "report/report.h"

namespace firsthire {

// The stable public keys (docs/product.md): playbook, candidate, interviewers, overall_mean,
// categories, gate, red_flags, disagreements, weak_evidence, recommendation.
// Unscored categories have count 0 and null mean/min/max/spread; the
// single-interviewer warning in weak_evidence has null category and score.
nlohmann::json EvaluationToJson(const Evaluation& evaluation);

// One page for the hiring team: the recommendation and its reason first, then
// the gate, the per-category table, red flags, disagreements to discuss and
// scores that need written evidence, each with its playbook rule.
Report EvaluationReport(const Evaluation& evaluation);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_EVALUATION_REPORT_H_

// A proposal review (`firsthire review`) for machines and for people.
#ifndef FIRSTHIRE_REPORT_REVIEW_REPORT_H_
#define FIRSTHIRE_REPORT_REVIEW_REPORT_H_

#include <nlohmann/json.hpp>

#include "firsthire/review.h"
#include "report/report.h"

namespace firsthire {

// Stable keys: playbook, vendor ({name, route}), pricing ({build_usd,
// monthly_run_usd}, null when not priced), risk_questions, commodity_factors,
// flags, verdict ({id, rule, reason}), reminders ([{rule, reason}]).
nlohmann::json ProposalReviewToJson(const ProposalReview& review);

// One page for the buyer: the verdict and why, the five risk questions, the
// commodity factors, flags and the handoff reminder, each with its rule.
Report ProposalReviewReport(const ProposalReview& review);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_REVIEW_REPORT_H_

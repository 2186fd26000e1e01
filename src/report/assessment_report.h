// The assessment of a brief for machines (JSON with the public keys of docs/product.md) and for
// people (text a founder reads at 80 columns; a one-page Markdown brief).
#ifndef FIRSTHIRE_REPORT_ASSESSMENT_REPORT_H_
#define FIRSTHIRE_REPORT_ASSESSMENT_REPORT_H_

#include <nlohmann/json.hpp>

#include <string_view>

#include "firsthire/assess.h"
#include "firsthire/playbook.h"
#include "report/report.h"

namespace firsthire {

// The public keys (objects are written with sorted keys):
// {playbook: {version, name, reviewed},
//  readiness: {verdict, rule, reason, criteria: [{id, title, pass, rule, reason}]},
//  engagement: {kind, reason, rule, steps: [text]},
//  buyer_problem: {id, rule, reason, mistake: {rule, reason} | null},
//  first_hire: {shape, shape_rule, shape_reason, matched_keywords, archetype, rule, reason,
//               provisional, note (null unless provisional)},
//  route: {recommended (null unless the verdict is hire), provisional, note, breadth,
//          ranking: [{route, score, fit, reasons: [{rule, points, reason}]}],
//          partner_handoff: {rule, reason} (only when set)},
//  cost: {estimated_monthly_run_usd, monthly_run_budget_usd, metric_monthly_value_usd (each null
//         when unknown), basis: [text], rule, reason,
//         value_rule, value_reason (cost.exceeds_value and why, null unless it fires)},
//  scope: {out: [text]},
//  risks: [{id, title, rule, reason, severity}],
//  next_steps: [{rule, text}]}
// Scores, points and dollars are JSON numbers (integers when whole).
nlohmann::json AssessmentToJson(const Assessment& assessment);

// For a person: the verdict in one line and why, what to do next (the
// engagement and its steps), the five criteria with PASS/FAIL, what stays
// out of scope, the buyer problem, the first hire and why (labelled
// provisional unless the verdict is hire), the routes ranked with scores and
// their main reasons (headed "Route: X" only when X is recommended, else as
// the routes that would fit once the brief is ready), the run cost with its
// basis, the risks, and a footer
// naming the playbook. Rule ids appear as small print. Titles (of verdicts,
// routes, archetypes, shapes) are looked up in `playbook`, falling back to the
// ids; `workflow_name` (the brief's) goes in the title when given.
Report AssessmentReport(const Assessment& assessment, const Playbook& playbook,
                        std::string_view workflow_name = "");

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_ASSESSMENT_REPORT_H_

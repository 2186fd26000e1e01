// The assessment of a brief for machines (JSON with the SPEC's keys) and for
// people (text a founder reads at 80 columns; a one-page Markdown brief).
#ifndef FIRSTHIRE_REPORT_ASSESSMENT_REPORT_H_
#define FIRSTHIRE_REPORT_ASSESSMENT_REPORT_H_

#include <nlohmann/json.hpp>

#include <string_view>

#include "firsthire/assess.h"
#include "firsthire/playbook.h"
#include "report/report.h"

namespace firsthire {

// Exactly the SPEC's top-level keys (objects are written with sorted keys):
// {playbook: {version, name, reviewed},
//  readiness: {verdict, rule, reason, criteria: [{id, title, pass, rule, reason}]},
//  buyer_problem: {id, rule, reason},
//  first_hire: {shape, shape_rule, shape_reason, matched_keywords, archetype, rule, reason},
//  route: {recommended, breadth, ranking: [{route, score, reasons: [{rule, points, reason}]}],
//          partner_handoff: {rule, reason} (only when set)},
//  risks: [{id, title, rule, reason, severity}],
//  next_steps: [{rule, text}]}
// Scores and points are JSON numbers (integers when whole).
nlohmann::json AssessmentToJson(const Assessment& assessment);

// For a person: the verdict in one line and why, the five criteria with
// PASS/FAIL, the buyer problem, the first hire and why, the routes ranked
// with scores and their main reasons, the risks, the next steps, and a footer
// naming the playbook. Rule ids appear as small print. Titles (of verdicts,
// routes, archetypes, shapes) are looked up in `playbook`, falling back to the
// ids; `workflow_name` (the brief's) goes in the title when given.
Report AssessmentReport(const Assessment& assessment, const Playbook& playbook,
                        std::string_view workflow_name = "");

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_ASSESSMENT_REPORT_H_

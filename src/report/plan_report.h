// The 30-60-90 day plan for machines (JSON with the keys of
// include/firsthire/plan.h) and for people (text at 80 columns, a one-page
// Markdown plan to share with the hire).
#ifndef FIRSTHIRE_REPORT_PLAN_REPORT_H_
#define FIRSTHIRE_REPORT_PLAN_REPORT_H_

#include <nlohmann/json.hpp>

#include <vector>

#include "firsthire/plan.h"
#include "report/report.h"

namespace firsthire {

// {playbook: {version, name, reviewed}, workflow, owner,
//  windows: [{id, title, deliverables: [{id, text, status}]}],
//  go_no_go: {rule, go, no_go}, judgement_note,
//  warnings: [{id, title, rule, reason}] (not_ready when the brief is not ready to hire),
//  scope: {out: [text]}}
nlohmann::json PlanToJson(const Plan& plan);

// The `windows` array alone (the interview kit shows it as the plan a
// candidate's answer is compared with).
nlohmann::json PlanWindowsToJson(const std::vector<PlannedWindow>& windows);

// The plan as a checklist per window, then the go/no-go with its rule.
Report PlanReport(const Plan& plan);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_PLAN_REPORT_H_

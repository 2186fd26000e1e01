// The team record for machines (JSON with the public keys of docs/product.md) and for people
// (text at 80 columns; a one-page Markdown document).
#ifndef FIRSTHIRE_REPORT_TEAM_REPORT_H_
#define FIRSTHIRE_REPORT_TEAM_REPORT_H_

#include <nlohmann/json.hpp>

#include "firsthire/team.h"
#include "report/report.h"

namespace firsthire {

// {playbook: {version},
//  coverage: {score, max_score, rule, traits: {trait id: level}, depth: {trait id: level}},
//  gaps: [{trait, level, bar, rule, reason}],
//  warnings: [{id, rule, title, reason, what_to_do}],
//  best_hires: null (no pool) or {picks: [candidate ids], objective, cost, optimal,
//              bound (only when not optimal), gain, hires, budget (null when none),
//              rule, reason, reasons: [{id, name, gain, cost, traits: {trait id: level},
//              rule, reason}], pool_size, considered, nodes}}
// Scores are rounded to 6 decimals (integers when whole).
nlohmann::json TeamToJson(const TeamRecord& record);

// For a person: the coverage score and a bar per trait, the gaps with their
// reasons, the principle warnings with what to do, and the best next hires
// with why each was picked and whether the choice is proven best. Rule ids
// appear as small print.
Report TeamReport(const TeamRecord& record);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_TEAM_REPORT_H_

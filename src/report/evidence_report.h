// Evidence from interview notes (`firsthire evidence`, and the `evidence`
// section of `firsthire score`) for machines and for people.
#ifndef FIRSTHIRE_REPORT_EVIDENCE_REPORT_H_
#define FIRSTHIRE_REPORT_EVIDENCE_REPORT_H_

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "firsthire/evidence.h"
#include "firsthire/model_evidence.h"
#include "report/report.h"

namespace firsthire {

// `{scorecards: [{interviewer, signals: [{category, polarity, quote, start,
// end, rule, note, concrete}], red_flags: [{id, quote, start, end, rule,
// note}], mismatches: [{category, score, reason, rule, red_flag}]}]}`; an
// unticked-flag mismatch has null category and score, a category mismatch a
// null red_flag. A signal or red flag the optional model found also has
// `source: "model"` (the playbook's have no `source`).
nlohmann::json EvidenceToJson(const std::vector<ScorecardEvidence>& evidence);

// How the optional model was used (docs/llm.md), the `model` key beside
// `scorecards` when it is configured: `{name, used, reason (null when used),
// added, dropped_not_verbatim, dropped_unknown_id, dropped_duplicate,
// ignored_fields: ["interviewer: path"]}`.
nlohmann::json ModelUseToJson(const ModelUse& use);

// One line saying what the model added and dropped, or why it was not used.
void AddModelUseNote(const ModelUse& use, Report* report);

// Adds one part per interviewer: mismatches first (what to check), then the
// quoted signals and suggested red flags, each with its rule.
// `titles` maps category and red flag ids to their titles (an id without
// one is shown as is).
using EvidenceTitles = std::map<std::string, std::string>;
void AddEvidenceSection(const EvidenceTitles& titles, const std::vector<ScorecardEvidence>& evidence,
                        Report* report);

// Every category's and red flag's title in `playbook`.
EvidenceTitles TitlesOf(const Playbook& playbook);

// The page of `firsthire evidence`.
Report EvidenceReport(const Playbook& playbook, const std::string& candidate,
                      const std::vector<ScorecardEvidence>& evidence);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_EVIDENCE_REPORT_H_

// The playbook for people (`firsthire playbook show`) and for machines.
#ifndef FIRSTHIRE_REPORT_PLAYBOOK_REPORT_H_
#define FIRSTHIRE_REPORT_PLAYBOOK_REPORT_H_

#include <string>

#include <nlohmann/json.hpp>

#include "firsthire/playbook.h"
#include "report/report.h"

namespace firsthire {

// {version, name, reviewed}: the `playbook` key of every decision record.
nlohmann::json PlaybookInfoToJson(const PlaybookInfo& info);

// "playbook: NAME VERSION (reviewed DATE)", the closing note of the text
// reports.
std::string PlaybookInfoNote(const PlaybookInfo& info);

// The whole playbook document as JSON (see PlaybookJsonText).
nlohmann::json PlaybookToJson(const Playbook& playbook);

// A readable summary of every table: criteria, verdicts, shapes and first
// hires, traits and weights, routes and their factors, interview categories
// and the gate, red flags, failure modes, vendor risk questions and
// commodity factors, the 30-60-90 plan.
Report PlaybookReport(const Playbook& playbook);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_PLAYBOOK_REPORT_H_

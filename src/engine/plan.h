// The pieces BuildPlan (include/firsthire/plan.h) fills its templates with,
// exposed for the interview kit (which shows the expected plan to the
// interviewer) and for tests.
#ifndef FIRSTHIRE_ENGINE_PLAN_H_
#define FIRSTHIRE_ENGINE_PLAN_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "firsthire/brief.h"
#include "firsthire/plan.h"
#include "firsthire/playbook.h"

namespace firsthire {

// The number as people write it (assess_text::Number), then the unit:
// "12 hours", "85%" (a unit starting with '%' is attached without a space),
// or the number alone when `unit` is empty.
std::string FormatQuantity(double value, std::string_view unit);

// The brief's data sources for the {sources} placeholder: their names joined
// with ", ", each followed by what is notable about it — sensitivity when
// confidential or regulated, access when requested or unavailable — e.g.
// "CRM, Claims DB (regulated, requested)". nullopt when no source is named.
std::optional<std::string> DescribeSources(const Brief& brief);

// The brief's risk boundaries for the {risks} placeholder, each worded with
// the playbook's plan.risk_labels and joined with "; ": a regulated setting
// (regulated_setting), regulated and confidential sources (regulated_data,
// confidential_data with {sources}), a high or critical cost of a wrong
// output (severe_mistake with {mistake_cost}), and whether a person reviews
// the output (human_review / no_human_review). nullopt when the brief states
// none of these.
std::optional<std::string> DescribeRisks(const Playbook& playbook, const Brief& brief);

// Fills one plan template (a deliverable or a go/no-go text) with the brief's
// values, or the playbook's `plan.missing` text where the brief has none.
// {baseline} and {target} carry the metric's unit ("4 hours", "80%"); a
// "{unit}" written right after either is absorbed, so "{target} {unit}"
// names the unit once and reads "the target" when the brief has none. Runs
// of spaces left by empty values are collapsed.
std::string FillPlanTemplate(std::string_view text, const Playbook& playbook, const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_PLAN_H_

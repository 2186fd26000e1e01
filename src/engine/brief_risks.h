// Brief-level risks tied to the five risk questions (docs/product.md section 7): which
// of the questions every build must answer the brief already leaves open.
#ifndef FIRSTHIRE_ENGINE_BRIEF_RISKS_H_
#define FIRSTHIRE_ENGINE_BRIEF_RISKS_H_

#include <vector>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// For each of the playbook's risk questions, in playbook order, a risk with
// id = the question id, the question's rule and title, and a reason that asks
// the question and says why the brief leaves it open. Its severity is the
// question's `severity`, or its `escalated_severity` when the escalating
// condition (in brackets) holds:
//   evaluation: the metric_value criterion failed;
//   sources: the data_access criterion failed (regulated data not cleared);
//   fallback: the mistake_tolerance criterion failed (a mistake is critical);
//   security: the brief involves confidential or regulated data or a
//     regulated setting, or the system takes actions on its own (the brief
//     is regulated, or it takes actions);
//   ownership: the owner criterion failed (always escalated), or else the
//     recommended route is an outside partner, whose knowledge must transfer.
// The "why" is the failed criterion's reason or the partner handoff text; for
// security it is the question's brief_risk.sensitive_data text (filled with
// the sensitive sources) or, without such sources, brief_risk.
// regulated_setting, or brief_risk.takes_actions when only the actions open
// it. A question id the engine does not know never fires.
std::vector<Assessment::Risk> FindBriefRisks(const Playbook& playbook, const Brief& brief,
                                             const Assessment::Readiness& readiness,
                                             const Assessment::Route& route);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_BRIEF_RISKS_H_

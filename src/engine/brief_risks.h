// Brief-level risks tied to the five risk questions (SPEC section 7): which
// of the questions every build must answer the brief already leaves open.
#ifndef FIRSTHIRE_ENGINE_BRIEF_RISKS_H_
#define FIRSTHIRE_ENGINE_BRIEF_RISKS_H_

#include <vector>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// For each of the playbook's risk questions, in playbook order, a risk with
// id = the question id, rule "risk_question.<id>", title = the question's
// title, and a reason that asks the question and says why the brief leaves it
// open:
//   evaluation: the metric_value criterion failed (medium);
//   sources: the data_access criterion failed (high when regulated data is
//     not cleared, else medium);
//   fallback: the mistake_tolerance criterion failed (high when a mistake is
//     critical, else medium);
//   security: the brief involves confidential or regulated data or a
//     regulated setting (high when regulated, else medium);
//   ownership: the owner criterion failed (high), or else the recommended
//     route is an outside partner, whose knowledge must transfer (medium).
// The "why" is the failed criterion's reason or the partner handoff text;
// only the security risk uses the engine's own sentence (the playbook has no
// text for it yet). A question id the engine does not know never fires.
std::vector<Assessment::Risk> FindBriefRisks(const Playbook& playbook, const Brief& brief,
                                             const Assessment::Readiness& readiness,
                                             const Assessment::Route& route);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_BRIEF_RISKS_H_

// What an interviewer may read of an opening: the kit they interview with
// (questions, answer anchors, signals, red flags, the gate) without the
// brief's facts, and no plan. The brief's owner, data sources, budget and
// metric reach an opening only through its plan and the kit's expected plan
// (plan_question.expected, the plan filled in from the brief); briefs and
// plans themselves are managers-only routes.
#ifndef FIRSTHIRE_HTTP_OPENING_VIEW_H_
#define FIRSTHIRE_HTTP_OPENING_VIEW_H_

#include <nlohmann/json.hpp>

#include "http/request.h"
#include "store/store.h"

namespace firsthire::http {

// The stored kit without what was filled in from the brief: its plan
// question keeps the question and the judgement note, not the expected
// plan. A value that is not a kit object is returned as it is.
nlohmann::json KitWithoutBriefFacts(nlohmann::json kit);

// Leaves `opening` as `request`'s caller may read it: unchanged for admins
// and hiring managers; for anyone else the kit without the brief's facts and
// no plan.
void ShapeOpeningFor(const Request& request, store::StoredOpening& opening);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_OPENING_VIEW_H_

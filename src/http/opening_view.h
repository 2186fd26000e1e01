// What an interviewer may read of an opening: the candidate-facing kit
// (role archetype, title and description, the scale, the categories and
// questions without answer anchors, the plan question's text) and no plan.
// The brief's owner, data sources, budget and metric reach the stored kit
// (the expected plan, the role's reasons) and plan only through the fields
// this drops; briefs and plans themselves are managers-only routes.
#ifndef FIRSTHIRE_HTTP_OPENING_VIEW_H_
#define FIRSTHIRE_HTTP_OPENING_VIEW_H_

#include <nlohmann/json.hpp>

#include "http/request.h"
#include "store/store.h"

namespace firsthire::http {

// The candidate-facing kit (the same value POST /kit?for=candidate gives
// for the brief) from the stored interviewer kit; null for anything that
// is not a kit object.
nlohmann::json CandidateFacingKit(const nlohmann::json& interviewer_kit);

// Leaves `opening` as `request`'s caller may read it: unchanged for admins
// and hiring managers; for anyone else the candidate-facing kit and no plan.
void ShapeOpeningFor(const Request& request, Opening& opening);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_OPENING_VIEW_H_

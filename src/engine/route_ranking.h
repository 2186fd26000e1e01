// Which route (docs/product.md section 5): freelancer, agency, direct hire or
// contract-to-hire, each scored from the playbook's route factors.
#ifndef FIRSTHIRE_ENGINE_ROUTE_RANKING_H_
#define FIRSTHIRE_ENGINE_ROUTE_RANKING_H_

#include <string>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// "broad" when organisation.needs has at least broad_needs_threshold entries,
// "narrow" when it has fewer but at least one, "unknown" when it is empty.
std::string SkillBreadth(const Playbook& playbook, const Brief& brief);

// True when every condition set in `when` holds for the brief. A condition on
// a value the brief does not give (no urgency, leadership unknown, breadth
// unknown) never holds.
bool RouteConditionHolds(const RouteCondition& when, const Brief& brief,
                         const std::string& breadth);

// Scores every playbook route: its base plus the points of each factor for it
// whose condition holds (listed as reasons, in playbook order). The ranking is
// best score first; equal scores keep playbook order, so the result is
// deterministic, except that a route whose fit a factor removed (removes_fit)
// ranks after every route that fits. `recommended` is the first route when it
// fits; `partner_handoff` is set (the playbook's partner handoff rule) when
// that route is agency or freelancer. The verdict may still withdraw both
// (see Assess). With no routes in the playbook everything is empty.
Assessment::Route RankRoutes(const Playbook& playbook, const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_ROUTE_RANKING_H_

// What to do next, decided by the verdict (docs/assess.md, "The verdict
// governs"): hire through the recommended route, run a discovery sprint, or
// trial an existing product.
#ifndef FIRSTHIRE_ENGINE_ENGAGEMENT_H_
#define FIRSTHIRE_ENGINE_ENGAGEMENT_H_

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// The engagement for `a` (its readiness, first hire and route already
// decided), from the playbook's advice.engagement texts:
//   hire -> kind hire: the recommended route's title in the reason, the
//     hire steps filled with the workflow and route, then the partner
//     handoff when one is set;
//   discovery_first -> kind discovery_sprint: the failing criteria ({failed},
//     {count} of {total}) in the reason (reason_scope when none fails), then the sprint, one `close`
//     step per failing criterion (its title and next step), the scope step
//     when the shape is unclear_scope, what "done" means, assess again;
//   buy_platform -> kind platform_trial: the workflow and metric to trial
//     on, the commodity factors, the five risk questions, the data and
//     permission checks, exit criteria, when building becomes better.
Assessment::Engagement DecideEngagement(const Playbook& playbook, const Brief& brief,
                                        const Assessment& a);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_ENGAGEMENT_H_

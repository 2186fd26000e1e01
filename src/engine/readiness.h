// Readiness (docs/product.md section 3): the five criteria a workflow must meet before a
// custom AI hire makes sense, and the verdict they lead to.
#ifndef FIRSTHIRE_ENGINE_READINESS_H_
#define FIRSTHIRE_ENGINE_READINESS_H_

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// Checks every criterion of the playbook (in playbook order) against the brief
// and decides the verdict:
//   - buy_platform when workflow.standard_product_exists is true and
//     organisation.ai_is_core_advantage is not true (checked first);
//   - hire when every criterion passes;
//   - discovery_first otherwise, its reason listing the failed criteria.
// Criterion rules are "readiness.<id>"; how each passes is documented in
// docs/assess.md. A criterion id the engine does not know fails with the
// playbook's `missing` text, so an edited playbook can never make a brief pass
// by accident.
Assessment::Readiness DecideReadiness(const Playbook& playbook, const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_READINESS_H_

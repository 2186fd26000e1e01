// The warning a kit or a plan opens with when the brief is not ready to
// hire (docs/kit-and-plan.md): the kit or plan is still produced, but the
// choice to interview or plan before readiness is made visibly.
#ifndef FIRSTHIRE_ENGINE_NOT_READY_H_
#define FIRSTHIRE_ENGINE_NOT_READY_H_

#include <optional>
#include <string>
#include <string_view>

#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

struct NotReadyWarning {
  std::string id = "not_ready";
  std::string title;   // the playbook's advice.not_ready.title
  std::string rule;    // the verdict's rule, e.g. verdict.discovery_first
  std::string reason;  // names the failing criteria (or the platform / scope verdict)
};

// nullopt when `assess` would say hire. Otherwise the warning, worded by the
// playbook's advice.not_ready texts with `document` ("kit", "plan") filled
// in: `failing` names the failing criteria' titles; `platform` when the
// verdict is buy_platform; `scope` when no criterion fails (a shape given as
// unclear_scope).
std::optional<NotReadyWarning> CheckNotReady(const Playbook& playbook, const Brief& brief,
                                             std::string_view document);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_NOT_READY_H_

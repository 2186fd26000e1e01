// Loading the playbook's `advice:` section (include/firsthire/playbook_advice.h).
#ifndef FIRSTHIRE_INPUT_PLAYBOOK_ADVICE_LOADER_H_
#define FIRSTHIRE_INPUT_PLAYBOOK_ADVICE_LOADER_H_

#include <string>
#include <vector>

#include "firsthire/playbook_advice.h"
#include "input/document.h"

namespace firsthire {

// Reads `node` (the playbook's `advice:` mapping, required) into `rules`.
// Every text is required; default costs per run are keyed by `shape_ids`
// (an unknown shape is an error, a shape left out simply has no default);
// numbers out of range are errors. Problems go to the node's diagnostics.
void LoadAdviceRules(const InputNode& node, const std::vector<std::string>& shape_ids,
                     AdviceRules* rules);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_PLAYBOOK_ADVICE_LOADER_H_

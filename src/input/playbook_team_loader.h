// Loading the playbook's `team:` section (SPEC section 4's team rules).
#ifndef FIRSTHIRE_INPUT_PLAYBOOK_TEAM_LOADER_H_
#define FIRSTHIRE_INPUT_PLAYBOOK_TEAM_LOADER_H_

#include "firsthire/playbook.h"
#include "input/document.h"

namespace firsthire {

// Reads `node` (the playbook's `team:` mapping) into `rules`, checking trait
// ids against `playbook.traits` (already loaded). Problems go to the node's
// diagnostics.
void LoadTeamRules(const InputNode& node, const Playbook& playbook, TeamRules* rules);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_PLAYBOOK_TEAM_LOADER_H_

// Loading the playbook's `team:` section (docs/product.md section 4's team rules).
#ifndef FIRSTHIRE_INPUT_PLAYBOOK_TEAM_LOADER_H_
#define FIRSTHIRE_INPUT_PLAYBOOK_TEAM_LOADER_H_

#include "firsthire/playbook.h"
#include "input/document.h"

namespace firsthire {

// The principle ids a `team:` section must define (stable public names).
const std::vector<std::string>& TeamPrincipleIds();

// Reads `node` (the playbook's `team:` mapping) into `rules`, checking trait
// ids against `playbook.traits` (already loaded). Problems go to the node's
// diagnostics: a missing text, an unknown trait, a parameter out of range
// (depth_weight outside [0, 1], levels outside 0..5), a principle id missing.
// When `node` is absent, `rules` keeps its defaults and `present` is false.
void LoadTeamRules(const InputNode& node, const Playbook& playbook, TeamRules* rules);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_PLAYBOOK_TEAM_LOADER_H_

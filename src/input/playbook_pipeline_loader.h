// Loading the playbook's `pipeline:` section (stages, the first-scorecard
// move, decisions) and its lookups.
#ifndef FIRSTHIRE_INPUT_PLAYBOOK_PIPELINE_LOADER_H_
#define FIRSTHIRE_INPUT_PLAYBOOK_PIPELINE_LOADER_H_

#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "input/document.h"

namespace firsthire {

// The ids a pipeline must define (stable public names): the stages the
// service moves candidates to, and the decisions the API accepts.
const std::vector<std::string>& PipelineStageIds();
const std::vector<std::string>& DecisionKindIds();

// Reads `node` (the playbook's `pipeline:` mapping) into `rules`. Problems go
// to the node's diagnostics: the section or a text missing, a duplicate or
// missing stage or decision id, a stage reference (first_scorecard.from /
// to, a decision's stage) naming no stage.
void LoadPipelineRules(const InputNode& node, PipelineRules* rules);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_PLAYBOOK_PIPELINE_LOADER_H_

// Loading the playbook's `evidence:` and `calibration:` sections.
#ifndef FIRSTHIRE_INPUT_PLAYBOOK_EVIDENCE_LOADER_H_
#define FIRSTHIRE_INPUT_PLAYBOOK_EVIDENCE_LOADER_H_

#include "firsthire/playbook.h"
#include "input/document.h"

namespace firsthire {

// Reads `node` (the `evidence:` mapping) into `rules`, checking category and
// red flag ids against `playbook` (categories and red flags already loaded).
// Problems go to the node's diagnostics with their line: an unknown id or
// polarity, a malformed cue pattern (empty, an empty alternative, a leading
// or trailing ".."), a missing rule or text, a score threshold out of the
// playbook's range, an unknown `@term` or one inside a phrase. Terms
// (`terms: {name: [alternatives]}`) are expanded where a pattern names them
// as a whole alternative ("read* .. @outputs"), so the rules hold plain patterns. An absent section
// leaves the defaults (no cues).
void LoadEvidenceRules(const InputNode& node, const Playbook& playbook, EvidenceRules* rules);

// Reads `node` (the `calibration:` mapping): bands in increasing order (the
// last has no `below`), bootstrap_samples 100..100000, min_interviews 2..20.
void LoadCalibrationRules(const InputNode& node, CalibrationRules* rules);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_PLAYBOOK_EVIDENCE_LOADER_H_

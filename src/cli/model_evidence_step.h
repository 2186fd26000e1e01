// The optional local model in the evidence verbs (`firsthire evidence` and
// the evidence section of `firsthire score`; docs/llm.md): off unless the
// FIRSTHIRE_LLM_* variables configure it.
#ifndef FIRSTHIRE_CLI_MODEL_EVIDENCE_STEP_H_
#define FIRSTHIRE_CLI_MODEL_EVIDENCE_STEP_H_

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

#include "firsthire/evidence.h"
#include "firsthire/model_evidence.h"
#include "firsthire/scorecard.h"
#include "firsthire/status.h"
#include "report/report.h"

namespace firsthire {

// InvalidInput naming the variable when a FIRSTHIRE_LLM_* value is unusable
// (the verb then exits 2 before reading its input).
Status CheckModelSettings();

// When the model is configured: asks it about `input`'s scorecards and
// merges what survives the checks into `evidence`. When it fails, `evidence`
// is left alone and a warning saying why goes to stderr. nullopt when the
// model is off (or its settings are bad: CheckModelSettings ran first).
std::optional<ModelUse> AddConfiguredModelEvidence(const Playbook& playbook,
                                                   const CandidateScorecards& input,
                                                   std::vector<ScorecardEvidence>* evidence);

// Adds `use` to an evidence JSON object (key `model`) and its line to
// `report`; nothing when the model is off.
void AddModelUse(const std::optional<ModelUse>& use, nlohmann::json* evidence_json, Report* report);

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_MODEL_EVIDENCE_STEP_H_

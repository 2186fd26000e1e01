// The optional local model asked for evidence (docs/llm.md): one chat
// request per scorecard with notes, the answers checked (chat_answer.h) and
// merged into the playbook's findings (MergeModelEvidence in
// firsthire/model_evidence.h).
#ifndef FIRSTHIRE_LLM_EVIDENCE_MODEL_H_
#define FIRSTHIRE_LLM_EVIDENCE_MODEL_H_

#include <vector>

#include "firsthire/evidence.h"
#include "firsthire/model_evidence.h"
#include "firsthire/playbook.h"
#include "firsthire/scorecard.h"
#include "llm/http_post.h"
#include "llm/llm_config.h"

namespace firsthire::llm {

// The model's checked answer for one scorecard: Unavailable or TooLarge from
// `poster`, Unavailable for a non-2xx answer (with its status and the start
// of its body), InvalidInput for an answer that is not what was asked.
Result<ModelAnswer> AskModel(const Playbook& playbook, const Scorecard& card,
                             const LlmConfig& config, HttpPoster& poster);

// Asks about every scorecard that has a note and merges the answers into
// `evidence` (ReviewEvidence's result for `input`, matched by interviewer).
// All or nothing: at the first failure the questions stop, `evidence` is
// left as the playbook found it, and the result says the model was not used
// and why (naming the interviewer whose notes were being read).
ModelUse AddModelEvidence(const Playbook& playbook, const CandidateScorecards& input,
                          const LlmConfig& config, HttpPoster& poster,
                          std::vector<ScorecardEvidence>* evidence);

}  // namespace firsthire::llm

#endif  // FIRSTHIRE_LLM_EVIDENCE_MODEL_H_

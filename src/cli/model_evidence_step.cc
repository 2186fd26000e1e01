#include "cli/model_evidence_step.h"

#include <cstdio>

#include "llm/evidence_model.h"
#include "llm/http_post.h"
#include "llm/llm_config.h"
#include "report/evidence_report.h"

namespace firsthire {

Status CheckModelSettings() { return llm::LlmConfigFromEnvironment().status(); }

std::optional<ModelUse> AddConfiguredModelEvidence(const Playbook& playbook,
                                                   const CandidateScorecards& input,
                                                   std::vector<ScorecardEvidence>* evidence) {
  auto config = llm::LlmConfigFromEnvironment();
  if (!config.ok() || !config->has_value()) return std::nullopt;
  ModelUse use =
      llm::AddModelEvidence(playbook, input, **config, *llm::MakeBeastHttpPoster(), evidence);
  if (!use.used) {
    std::fprintf(stderr,
                 "firsthire: warning: the model %s at %s was not used (the evidence is the "
                 "playbook's alone): %s\n",
                 use.model.c_str(), (*config)->endpoint.c_str(), use.reason.c_str());
  }
  return use;
}

void AddModelUse(const std::optional<ModelUse>& use, nlohmann::json* evidence_json,
                 Report* report) {
  if (!use) return;
  (*evidence_json)["model"] = ModelUseToJson(*use);
  AddModelUseNote(*use, report);
}

}  // namespace firsthire

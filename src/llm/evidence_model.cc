#include "llm/evidence_model.h"

#include <algorithm>

#include "llm/chat_answer.h"
#include "llm/chat_request.h"

namespace firsthire::llm {
namespace {

HttpPostRequest RequestFor(const Playbook& playbook, const Scorecard& card,
                           const LlmConfig& config) {
  HttpPostRequest request;
  request.host = config.host;
  request.port = config.port;
  request.target = config.base_path + "/chat/completions";
  if (!config.api_key.empty())
    request.headers.push_back({"Authorization", "Bearer " + config.api_key});
  request.body = ChatRequestBody(playbook, card, config.model).dump();
  request.timeout = config.timeout;
  request.max_answer_bytes = config.max_answer_bytes;
  return request;
}

void Add(const ModelMergeCounts& from, ModelMergeCounts* to) {
  to->added += from.added;
  to->not_verbatim += from.not_verbatim;
  to->unknown_id += from.unknown_id;
  to->duplicate += from.duplicate;
}

}  // namespace

Result<ModelAnswer> AskModel(const Playbook& playbook, const Scorecard& card,
                             const LlmConfig& config, HttpPoster& poster) {
  Result<HttpAnswer> answer = poster.Post(RequestFor(playbook, card, config));
  if (!answer.ok()) return answer.status();
  if (answer->status < 200 || answer->status > 299) {
    std::string body = answer->body.substr(0, 200);
    return Status::Unavailable("the model server answered " + std::to_string(answer->status) + " " +
                               answer->reason + (body.empty() ? "" : ": " + body));
  }
  return ParseChatAnswer(answer->body);
}

ModelUse AddModelEvidence(const Playbook& playbook, const CandidateScorecards& input,
                          const LlmConfig& config, HttpPoster& poster,
                          std::vector<ScorecardEvidence>* evidence) {
  ModelUse use;
  use.model = config.model;
  std::vector<ScorecardEvidence> merged = *evidence;
  for (const Scorecard& card : input.scorecards) {
    auto found = std::find_if(merged.begin(), merged.end(), [&card](const ScorecardEvidence& e) {
      return e.interviewer == card.interviewer;
    });
    if (found == merged.end() || NotesInOrder(playbook, card).empty()) continue;
    Result<ModelAnswer> answer = AskModel(playbook, card, config, poster);
    if (!answer.ok()) {
      use.reason = "reading " + card.interviewer + "'s notes: " + answer.status().message();
      use.counts = {};
      use.ignored_fields.clear();
      return use;
    }
    Add(MergeModelEvidence(playbook, card, *answer, &*found), &use.counts);
    for (const std::string& field : answer->ignored_fields) {
      use.ignored_fields.push_back(card.interviewer + ": " + field);
    }
  }
  use.used = true;
  *evidence = std::move(merged);
  return use;
}

}  // namespace firsthire::llm

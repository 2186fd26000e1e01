// The evidence question put to the model for one scorecard: an OpenAI-style
// chat completion request (POST {base}/chat/completions) asking for a JSON
// object matching model_answer.schema.json.
//
// The system message says what to do and what never to do (score, rate or
// recommend); the user message carries the playbook's categories (with what
// strong and fail look like) and red flags (with their descriptions) and the
// interviewer's notes as a JSON object keyed by note (category id or
// "summary"). The interviewer's name and scores are not sent. Deterministic:
// temperature 0.
#ifndef FIRSTHIRE_LLM_CHAT_REQUEST_H_
#define FIRSTHIRE_LLM_CHAT_REQUEST_H_

#include <nlohmann/json.hpp>

#include <string>

#include "firsthire/playbook.h"

namespace firsthire {
struct Scorecard;
}

namespace firsthire::llm {

nlohmann::json ChatRequestBody(const Playbook& playbook, const Scorecard& card,
                               const std::string& model);

}  // namespace firsthire::llm

#endif  // FIRSTHIRE_LLM_CHAT_REQUEST_H_

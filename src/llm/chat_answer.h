// Reading the model server's answer to the evidence question.
//
// The server answers an OpenAI-style chat completion: the model's message is
// choices[0].message.content, which must be one JSON object (a ```json
// fence around it is tolerated) matching model_answer.schema.json. Fields
// the schema does not list are ignored and named in ignored_fields. Anything
// else (not JSON, no message, a schema violation) is an InvalidInput status
// saying what was wrong, never a partial answer.
#ifndef FIRSTHIRE_LLM_CHAT_ANSWER_H_
#define FIRSTHIRE_LLM_CHAT_ANSWER_H_

#include <nlohmann/json.hpp>

#include <string_view>

#include "firsthire/model_evidence.h"
#include "firsthire/status.h"

namespace firsthire::llm {

// The schema the model's message must match (model_answer.schema.json).
const nlohmann::json& ModelAnswerSchema();

// The findings in `http_body`, the whole body of a 2xx answer.
Result<ModelAnswer> ParseChatAnswer(std::string_view http_body);

}  // namespace firsthire::llm

#endif  // FIRSTHIRE_LLM_CHAT_ANSWER_H_

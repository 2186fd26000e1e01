// A small JSON Schema checker for the model's answer (model_answer.schema.json).
//
// It understands the keywords that schema uses: type (one name), enum,
// required, properties, additionalProperties (false only), items, minLength,
// maxLength (in bytes) and maxItems. Any other keyword in a schema is a
// violation of the schema itself, so the checker never silently skips a
// rule the schema states. A key that the schema's properties do not list,
// where additionalProperties is not false, is not a violation: it is
// reported as unread, so the caller can say what it ignored.
#ifndef FIRSTHIRE_LLM_JSON_SCHEMA_H_
#define FIRSTHIRE_LLM_JSON_SCHEMA_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace firsthire::llm {

struct SchemaCheck {
  std::vector<std::string> violations;  // "signals[0].polarity: not one of \"strong\", \"fail\""
  std::vector<std::string> unread;      // paths of keys no property describes, e.g. "score"
};

SchemaCheck CheckAgainstSchema(const nlohmann::json& schema, const nlohmann::json& value);

}  // namespace firsthire::llm

#endif  // FIRSTHIRE_LLM_JSON_SCHEMA_H_

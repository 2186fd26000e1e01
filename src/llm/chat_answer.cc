#include "llm/chat_answer.h"

#include <string>

#include "llm/json_schema.h"

namespace firsthire {
extern const unsigned char kModelAnswerSchemaJson[];
extern const unsigned long kModelAnswerSchemaJson_size;
}  // namespace firsthire

namespace firsthire::llm {
namespace {

using nlohmann::json;

// A message wrapped in a Markdown code fence, as some models do although
// asked for JSON: the text between the fences.
std::string_view Unfenced(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text.compare(first, 3, "```") != 0) return text;
  size_t open_end = text.find('\n', first);
  size_t close = text.rfind("```");
  if (open_end == std::string_view::npos || close <= open_end) return text;
  return text.substr(open_end + 1, close - open_end - 1);
}

std::string Excerpt(std::string_view text) {
  constexpr size_t kMax = 120;
  std::string out(text.substr(0, kMax));
  if (text.size() > kMax) out += "...";
  return out;
}

ModelAnswer ToAnswer(const json& message, std::vector<std::string> unread) {
  ModelAnswer answer;
  for (const json& s : message["signals"]) {
    answer.signals.push_back({s["note"].get<std::string>(), s["category"].get<std::string>(),
                              s["polarity"].get<std::string>(), s["quote"].get<std::string>()});
  }
  for (const json& f : message["red_flags"]) {
    answer.red_flags.push_back(
        {f["note"].get<std::string>(), f["id"].get<std::string>(), f["quote"].get<std::string>()});
  }
  answer.ignored_fields = std::move(unread);
  return answer;
}

}  // namespace

const nlohmann::json& ModelAnswerSchema() {
  static const json kSchema = json::parse(std::string_view(
      reinterpret_cast<const char*>(kModelAnswerSchemaJson), kModelAnswerSchemaJson_size));
  return kSchema;
}

Result<ModelAnswer> ParseChatAnswer(std::string_view http_body) {
  json envelope = json::parse(http_body, nullptr, /*allow_exceptions=*/false);
  if (envelope.is_discarded()) {
    return Status::InvalidInput("the model server's answer is not JSON: " + Excerpt(http_body));
  }
  const json::json_pointer content_at("/choices/0/message/content");
  if (!envelope.contains(content_at) || !envelope[content_at].is_string()) {
    return Status::InvalidInput("the model server's answer has no choices[0].message.content: " +
                                Excerpt(http_body));
  }
  std::string_view content = Unfenced(envelope[content_at].get_ref<const std::string&>());
  json message = json::parse(content, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    return Status::InvalidInput("the model's message is not JSON: " + Excerpt(content));
  }
  SchemaCheck check = CheckAgainstSchema(ModelAnswerSchema(), message);
  if (!check.violations.empty()) {
    constexpr size_t kShown = 5;
    std::string list;
    for (size_t i = 0; i < check.violations.size() && i < kShown; ++i) {
      list += (i ? "; " : "") + check.violations[i];
    }
    if (check.violations.size() > kShown) {
      list += "; and " + std::to_string(check.violations.size() - kShown) + " more";
    }
    return Status::InvalidInput("the model's answer does not match its schema: " + list);
  }
  return ToAnswer(message, std::move(check.unread));
}

}  // namespace firsthire::llm

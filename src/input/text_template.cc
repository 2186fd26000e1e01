#include "input/text_template.h"

#include <optional>

namespace firsthire {
namespace {

// The text for one `{...}` placeholder body, or nullopt when it names no value.
std::optional<std::string> Placeholder(std::string_view body,
                                       const std::map<std::string, std::string>& values) {
  size_t bar = body.find('|');
  auto it = values.find(std::string(body.substr(0, bar)));
  if (it == values.end()) return std::nullopt;
  if (bar == std::string_view::npos) return it->second;
  std::string_view words = body.substr(bar + 1);
  size_t second = words.find('|');
  if (second == std::string_view::npos) return std::nullopt;  // malformed: leave as written
  return std::string(it->second == "1" ? words.substr(0, second) : words.substr(second + 1));
}

}  // namespace

std::string FillTemplate(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    if (c == '{') {
      size_t close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        if (auto filled = Placeholder(text.substr(i + 1, close - i - 1), values)) {
          out += *filled;
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace firsthire

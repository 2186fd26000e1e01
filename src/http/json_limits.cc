#include "http/json_limits.h"

#include <vector>

namespace firsthire::http {
namespace {

// One open container while scanning: whether it is an array and how many
// elements it has seen (commas + 1 once a value started).
struct Open {
  bool array = false;
  bool has_value = false;
  std::size_t elements = 0;
};

// Tracks the current member name of the top-level object: the text of the
// last string that was followed by ':' at depth 1.
class TopLevelField {
 public:
  void StringEnded(std::size_t depth, std::string_view text) {
    if (depth == 1) last_string_ = text;
  }
  void Colon(std::size_t depth) {
    if (depth == 1) field_ = last_string_;
  }
  std::string Name() const { return field_.empty() ? "body" : std::string(field_); }

 private:
  std::string_view last_string_;
  std::string_view field_;
};

}  // namespace

std::optional<JsonLimitViolation> CheckJsonLimits(std::string_view text) {
  if (text.size() > kMaxJsonBytes) {
    return JsonLimitViolation{true, "body",
                              "the JSON text is larger than " + std::to_string(kMaxJsonBytes) +
                                  " bytes"};
  }
  std::vector<Open> stack;
  TopLevelField field;
  bool in_string = false;
  std::size_t string_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
        field.StringEnded(stack.size(), text.substr(string_start, i - string_start));
      }
      continue;
    }
    // A value starts (for the element count of the enclosing array).
    auto value_starts = [&stack] {
      if (!stack.empty() && stack.back().array && !stack.back().has_value) {
        stack.back().has_value = true;
        ++stack.back().elements;
      }
    };
    switch (c) {
      case '"':
        value_starts();
        in_string = true;
        string_start = i + 1;
        break;
      case '[':
      case '{':
        value_starts();
        if (stack.size() + 1 > static_cast<std::size_t>(kMaxJsonDepth)) {
          return JsonLimitViolation{false, field.Name(),
                                    "JSON nests deeper than " + std::to_string(kMaxJsonDepth) +
                                        " levels"};
        }
        stack.push_back(Open{c == '[', false, 0});
        break;
      case ']':
      case '}':
        if (!stack.empty()) stack.pop_back();
        break;
      case ',':
        if (!stack.empty() && stack.back().array) {
          stack.back().has_value = false;
          if (stack.back().elements >= kMaxJsonArrayLength) {
            return JsonLimitViolation{false, field.Name(),
                                      "a JSON array has more than " +
                                          std::to_string(kMaxJsonArrayLength) + " elements"};
          }
        }
        break;
      case ':':
        field.Colon(stack.size());
        break;
      case ' ':
      case '\t':
      case '\r':
      case '\n':
        break;
      default:  // a number, true, false, null (or garbage the parser refuses)
        value_starts();
        break;
    }
  }
  return std::nullopt;
}

}  // namespace firsthire::http

#include "input/document.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>

#include <nlohmann/json.hpp>

#include "input/suggest.h"
#include "input/utf8.h"

namespace firsthire {
namespace {

// Deepest bracket nesting outside quoted strings: a cheap guard run before
// the parser, whose recursion on deep flow collections could exhaust the stack.
int FlowDepth(std::string_view text) {
  int depth = 0, max_depth = 0;
  char quote = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\' && quote == '"') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      // A quote starts a string only at the start of a token.
      char prev = i == 0 ? ' ' : text[i - 1];
      if (prev == ' ' || prev == '\t' || prev == '\n' || prev == '[' || prev == '{' ||
          prev == ',' || prev == ':' || prev == '-')
        quote = c;
    } else if (c == '#') {
      char prev = i == 0 ? ' ' : text[i - 1];
      if (prev == ' ' || prev == '\t' || prev == '\n')
        while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{') {
      max_depth = std::max(max_depth, ++depth);
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    }
  }
  return max_depth;
}

// Counts values and depth; aliases are visited again, so an alias bomb hits
// the value limit quickly instead of expanding.
bool WithinLimits(const YAML::Node& node, int depth, size_t* count) {
  if (++*count > kMaxValues || depth > kMaxDepth) return false;
  if (node.IsSequence() || node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (node.IsMap()) {
        if (!WithinLimits(it->first, depth + 1, count)) return false;
        if (!WithinLimits(it->second, depth + 1, count)) return false;
      } else if (!WithinLimits(*it, depth + 1, count)) {
        return false;
      }
    }
  }
  return true;
}

Location MarkLocation(const YAML::Mark& mark, const std::string& source, std::string field) {
  Location where;
  where.file = source;
  if (mark.line >= 0) {
    where.line = mark.line + 1;
    where.column = mark.column + 1;
  }
  where.field = std::move(field);
  return where;
}

// Strict JSON syntax, checked by nlohmann's SAX parser with no tree built;
// records the byte offset and message of the first error.
class JsonSyntaxCheck {
 public:
  using json = nlohmann::json;
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const json::string_t&) { return true; }
  bool string(json::string_t&) { return true; }
  bool binary(json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(json::string_t&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    offset = position;
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
    std::string what = e.what();
    size_t colon = what.find(": ", what.find("parse error"));
    message = colon == std::string::npos ? what : what.substr(colon + 2);
    return false;
  }

  std::size_t offset = 0;
  std::string message;
};

}  // namespace

Result<Document> Document::ParseJson(std::string_view text, std::string source_name,
                                     size_t max_bytes) {
  if (text.size() <= max_bytes) {
    JsonSyntaxCheck check;
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &check)) {
      // The offset counts the bytes read, the offending one included.
      size_t end = std::min(check.offset > 0 ? check.offset - 1 : 0, text.size());
      Location where{source_name, 1, 1, ""};
      for (size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
          ++where.line;
          where.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
          ++where.column;
        }
      }
      return Status::InvalidInput("JSON syntax error: " + check.message, std::move(where));
    }
  }
  return Parse(text, std::move(source_name), max_bytes);
}

Result<Document> Document::Parse(std::string_view text, std::string source_name,
                                 size_t max_bytes) {
  Location file_only;
  file_only.file = source_name;
  if (text.size() > max_bytes) {
    return Status::TooLarge("input is " + std::to_string(text.size()) + " bytes; at most " +
                                std::to_string(max_bytes) + " bytes are accepted",
                            file_only);
  }
  if (text.find('\0') != std::string_view::npos) {
    return Status::InvalidInput("input contains a NUL byte; expected YAML or JSON text",
                                file_only);
  }
  FH_RETURN_IF_ERROR(CheckUtf8(text, source_name));
  if (FlowDepth(text) > kMaxDepth) {
    return Status::InvalidInput(
        "input nests deeper than " + std::to_string(kMaxDepth) + " levels", file_only);
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    Location where = MarkLocation(e.mark, source_name, "");
    std::string msg = e.msg.empty() ? "invalid YAML" : e.msg;
    return Status::InvalidInput("syntax error: " + msg + "; expected YAML or JSON", where);
  } catch (const std::exception& e) {
    return Status::InvalidInput(std::string("syntax error: ") + e.what(), file_only);
  }
  if (!root.IsDefined() || root.IsNull()) {
    return Status::InvalidInput("input is empty; expected a YAML or JSON document", file_only);
  }
  size_t count = 0;
  if (!WithinLimits(root, 0, &count)) {
    return Status::InvalidInput("input is too complex: more than " + std::to_string(kMaxValues) +
                                    " values or deeper than " + std::to_string(kMaxDepth) +
                                    " levels (aliases count each time they are used)",
                                file_only);
  }
  return Document(std::move(root), std::move(source_name));
}

InputNode Document::root(Diagnostics* diagnostics) const {
  Location start;
  start.file = source_name_;
  return InputNode(root_, "", start, &source_name_, diagnostics);
}

InputNode::InputNode(YAML::Node node, std::string path, Location fallback,
                     const std::string* source, Diagnostics* diagnostics)
    : node_(std::move(node)),
      path_(std::move(path)),
      fallback_(std::move(fallback)),
      source_(source),
      diagnostics_(diagnostics) {}

bool InputNode::present() const { return node_.IsDefined() && !node_.IsNull(); }

Location InputNode::location() const {
  if (node_.IsDefined() && node_.Mark().line >= 0) {
    return MarkLocation(node_.Mark(), *source_, path_);
  }
  Location where = fallback_;
  where.field = path_;
  return where;
}

InputNode InputNode::Child(const YAML::Node& node, std::string path) const {
  return InputNode(node, std::move(path), location(), source_, diagnostics_);
}

std::string InputNode::Describe() const {
  if (!present()) return "nothing";
  if (node_.IsMap()) return "a mapping";
  if (node_.IsSequence()) return "a list";
  std::string s = node_.Scalar();
  if (s.size() > 40) s = s.substr(0, 37) + "...";
  return "'" + s + "'";
}

void InputNode::Error(std::string message) const {
  diagnostics_->AddError(location(), std::move(message));
}

void InputNode::Warning(std::string message) const {
  diagnostics_->AddWarning(location(), std::move(message));
}

bool InputNode::Require() const {
  if (present()) return true;
  Error("missing required field '" + path_ + "'");
  return false;
}

bool InputNode::ExpectMap(std::initializer_list<std::string_view> known) const {
  return ExpectMap(std::vector<std::string>(known.begin(), known.end()));
}

bool InputNode::ExpectMap(const std::vector<std::string>& known) const {
  if (!present()) return false;
  if (!node_.IsMap()) {
    Error("expected a mapping of fields" + (path_.empty() ? "" : " for '" + path_ + "'") +
          ", got " + Describe());
    return false;
  }
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (!it->first.IsScalar()) continue;  // reported by Entries() users
    const std::string& key = it->first.Scalar();
    bool is_known = false;
    for (const auto& k : known) is_known = is_known || k == key;
    if (!is_known) {
      std::string prefix = path_.empty() ? "" : path_ + ".";
      diagnostics_->AddWarning(MarkLocation(it->first.Mark(), *source_, prefix + key),
                               "unknown key '" + prefix + key + "' ignored" +
                                   DidYouMean(key, known));
    }
  }
  return true;
}

InputNode InputNode::Get(std::string_view key) const {
  std::string child_path = path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  if (!present() || !node_.IsMap()) return Child(YAML::Node(YAML::NodeType::Undefined), child_path);
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) return Child(it->second, child_path);
  }
  return Child(YAML::Node(YAML::NodeType::Undefined), child_path);
}

std::vector<InputNode> InputNode::Items() const {
  std::vector<InputNode> items;
  if (!present()) return items;
  if (!node_.IsSequence()) {
    Error("expected a list for '" + path_ + "', got " + Describe());
    return items;
  }
  size_t i = 0;
  for (auto it = node_.begin(); it != node_.end(); ++it, ++i) {
    items.push_back(Child(*it, path_ + "[" + std::to_string(i) + "]"));
  }
  return items;
}

std::vector<std::pair<std::string, InputNode>> InputNode::Entries() const {
  std::vector<std::pair<std::string, InputNode>> entries;
  if (!present()) return entries;
  if (!node_.IsMap()) {
    Error("expected a mapping for '" + path_ + "', got " + Describe());
    return entries;
  }
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (!it->first.IsScalar()) {
      diagnostics_->AddError(MarkLocation(it->first.Mark(), *source_, path_),
                             "expected a plain key in '" + path_ + "', got a list or mapping");
      continue;
    }
    std::string key = it->first.Scalar();
    std::string child_path = path_.empty() ? key : path_ + "." + key;
    entries.emplace_back(key, Child(it->second, child_path));
  }
  return entries;
}

std::optional<std::string> InputNode::String() const {
  if (!present()) return std::nullopt;
  if (!node_.IsScalar()) {
    Error("expected text for '" + path_ + "', got " + Describe());
    return std::nullopt;
  }
  return node_.Scalar();
}

std::optional<bool> InputNode::Bool() const {
  if (!present()) return std::nullopt;
  if (node_.IsScalar()) {
    const std::string& s = node_.Scalar();
    if (s == "true" || s == "True" || s == "TRUE" || s == "yes" || s == "Yes") return true;
    if (s == "false" || s == "False" || s == "FALSE" || s == "no" || s == "No") return false;
  }
  Error("expected true or false for '" + path_ + "', got " + Describe());
  return std::nullopt;
}

std::optional<int64_t> InputNode::Integer(int64_t min, int64_t max) const {
  if (!present()) return std::nullopt;
  if (node_.IsScalar()) {
    const std::string& s = node_.Scalar();
    int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc() && end == s.data() + s.size()) {
      if (value >= min && value <= max) return value;
      Error("'" + path_ + "' must be between " + std::to_string(min) + " and " +
            std::to_string(max) + ", got " + s);
      return std::nullopt;
    }
  }
  Error("expected a whole number between " + std::to_string(min) + " and " + std::to_string(max) +
        " for '" + path_ + "', got " + Describe());
  return std::nullopt;
}

std::optional<double> InputNode::Number(double min, double max) const {
  if (!present()) return std::nullopt;
  auto fmt_num = [](double d) {
    std::string s = std::to_string(d);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  if (node_.IsScalar()) {
    const std::string& s = node_.Scalar();
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc() && end == s.data() + s.size() && std::isfinite(value)) {
      if (value >= min && value <= max) return value;
      Error("'" + path_ + "' must be between " + fmt_num(min) + " and " + fmt_num(max) +
            ", got " + s);
      return std::nullopt;
    }
  }
  Error("expected a number between " + fmt_num(min) + " and " + fmt_num(max) + " for '" + path_ +
        "', got " + Describe());
  return std::nullopt;
}

std::optional<std::string> InputNode::Enum(const std::vector<std::string>& allowed,
                                           std::string_view what) const {
  std::optional<std::string> s = String();
  if (!s) return std::nullopt;
  for (const auto& a : allowed) {
    if (a == *s) return s;
  }
  std::string shown = s->size() > 60 ? s->substr(0, 57) + "..." : *s;
  Error("unknown " + std::string(what) + " '" + shown + "' for '" + path_ + "'; expected " +
        JoinAlternatives(allowed) + DidYouMean(*s, allowed));
  return std::nullopt;
}

std::vector<std::string> InputNode::Strings() const {
  std::vector<std::string> out;
  if (!present()) return out;
  if (node_.IsScalar()) {
    out.push_back(node_.Scalar());
    return out;
  }
  for (const InputNode& item : Items()) {
    if (auto s = item.String()) out.push_back(*s);
  }
  return out;
}

}  // namespace firsthire

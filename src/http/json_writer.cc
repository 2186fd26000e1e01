#include "http/json_writer.h"

#include <cassert>
#include <cmath>

#include <nlohmann/json.hpp>

#include "input/utf8.h"

namespace firsthire::http {
namespace {

constexpr char kHex[] = "0123456789abcdef";

// Appends `value` as a JSON string the way nlohmann::json::dump() does:
// the two-character escapes for \b \f \n \r \t, \u00XX for the other control
// characters, everything else (UTF-8 included) as it is.
void AppendEscaped(std::string& out, std::string_view value) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < value.size(); ++i) {
    auto byte = static_cast<unsigned char>(value[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out.append(value.data() + run, i - run);
    run = i + 1;
    switch (byte) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[byte >> 4];
        out += kHex[byte & 0xF];
    }
  }
  out.append(value.data() + run, value.size() - run);
  out += '"';
}

}  // namespace

JsonWriter::JsonWriter(std::size_t capacity) { out_.reserve(capacity); }

void JsonWriter::BeforeValue() {
  if (after_key_) {  // the value of a member: Key() placed the comma
    after_key_ = false;
    return;
  }
  if (first_.empty()) return;
  if (!first_.back()) out_ += ',';
  first_.back() = false;
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_ += '{';
  first_.push_back(true);
}

void JsonWriter::EndObject() {
  assert(!first_.empty());
  first_.pop_back();
  out_ += '}';
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_ += '[';
  first_.push_back(true);
}

void JsonWriter::EndArray() {
  assert(!first_.empty());
  first_.pop_back();
  out_ += ']';
}

void JsonWriter::Key(std::string_view name) {
  assert(!first_.empty());
  if (!first_.back()) out_ += ',';
  first_.back() = false;
  AppendEscaped(out_, name);
  out_ += ':';
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  if (InvalidUtf8Offset(value) == std::string_view::npos) {
    AppendEscaped(out_, value);
  } else {
    out_ += nlohmann::json(std::string(value))
                .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
}

void JsonWriter::OptionalString(const std::optional<std::string>& value) {
  if (value) {
    String(*value);
  } else {
    Null();
  }
}

void JsonWriter::OptionalInt(std::optional<std::int64_t> value) {
  if (value) {
    Int(*value);
  } else {
    Null();
  }
}

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonWriter::OptionalDouble(std::optional<double> value) {
  BeforeValue();
  out_ += value && std::isfinite(*value) ? nlohmann::json(*value).dump() : "null";
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  out_ += std::to_string(value);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
}

void JsonWriter::Stored(std::string_view text) {
  if (text.empty()) {
    Null();
  } else if (nlohmann::json::accept(text)) {
    BeforeValue();
    out_ += text;
  } else {
    String(text);
  }
}

void JsonWriter::WrittenElements(std::string_view elements) {
  if (elements.empty()) return;
  BeforeValue();
  out_ += elements;
}

std::string JsonWriter::Take() {
  std::string text = std::move(out_);
  out_.clear();
  first_.clear();
  after_key_ = false;
  return text;
}

}  // namespace firsthire::http

#include "input/csv_reader.h"

#include <cctype>
#include <charconv>
#include <cmath>

namespace firsthire {

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
}

bool CsvReader::Next(std::vector<std::string>* fields, int* line, std::string* error) {
  fields->clear();
  *line = line_;
  if (pos_ >= text_.size()) return false;
  std::string field;
  size_t i = pos_;
  bool quoted = false;
  bool was_quoted = false;
  while (i < text_.size()) {
    char c = text_[i];
    if (quoted) {
      if (c == '"' && i + 1 < text_.size() && text_[i + 1] == '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
      ++i;
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
      ++i;
      continue;
    }
    if (c == ',') {
      fields->push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
      ++i;
      break;
    }
    field += c;
    ++i;
  }
  if (quoted) *error = "a quoted field is not closed";
  fields->push_back(std::move(field));
  ++line_;
  pos_ = i;
  return true;
}

std::string TrimCell(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string LowerAscii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool ParseCellNumber(const std::string& s, double* out) {
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && p == end && std::isfinite(*out);
}

std::optional<bool> ParseCellYesNo(const std::string& v) {
  if (v == "true" || v == "yes" || v == "y" || v == "1") return true;
  if (v == "false" || v == "no" || v == "n" || v == "0") return false;
  return std::nullopt;
}

std::optional<int> ParseCellLevel(const std::string& cell) {
  double level = 0;
  if (!ParseCellNumber(cell, &level) || level < 0 || level > 5 || std::floor(level) != level) {
    return std::nullopt;
  }
  return static_cast<int>(level);
}

bool IsBlankRecord(const std::vector<std::string>& fields) {
  return fields.size() == 1 && TrimCell(fields[0]).empty();
}

}  // namespace firsthire

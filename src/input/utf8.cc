#include "input/utf8.h"

#include <algorithm>

namespace firsthire {

size_t InvalidUtf8Offset(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(text[i + k]);
      unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
      if (cc < min || cc > max) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

Status CheckUtf8(std::string_view text, const std::string& source) {
  size_t bad = InvalidUtf8Offset(text);
  if (bad == std::string_view::npos) return Status::Ok();
  Location where;
  where.file = source;
  where.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + bad, '\n'));
  size_t newline = text.substr(0, bad).rfind('\n');
  size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  where.column = static_cast<int>(bad - line_start) + 1;
  return Status::InvalidInput("invalid UTF-8 byte; expected UTF-8 text", where);
}

}  // namespace firsthire

#include "engine/brief_wording.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace firsthire::assess_text {

std::string Number(double value) {
  if (value == 0) return "0";  // also turns -0 into "0"
  char buffer[64];
  if (std::fabs(value) < 1e15) {
    // The fewest decimals that still read back as the same value.
    for (int decimals = 0; decimals <= 17; ++decimals) {
      std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
      if (std::strtod(buffer, nullptr) == value) return buffer;
    }
  }
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

std::string JoinWithAnd(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " and " : ", ";
    out += items[i];
  }
  return out;
}

std::string TidyFilledText(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool closes = c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '%';
    if ((c == ' ' || closes) && !out.empty() && out.back() == ' ') out.pop_back();
    if (c == ' ' && out.empty()) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int WordCount(std::string_view text) {
  int count = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++count;
    in_word = !space;
  }
  return count;
}

std::string NormalizeForMatching(std::string_view text) {
  std::string out = " ";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    // Bytes of multi-byte UTF-8 characters count as letters, so "café" stays one word.
    bool word_char = std::isalnum(u) != 0 || c == '-' || u >= 0x80;
    if (word_char) {
      out += static_cast<char>(std::tolower(u));
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

}  // namespace firsthire::assess_text

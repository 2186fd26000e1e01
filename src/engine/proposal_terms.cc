#include "engine/proposal_terms.h"

#include <algorithm>

namespace firsthire {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// " w1 w2 ... " and the number of words.
std::string Normalize(std::string_view text, int* words) {
  std::string out = " ";
  bool in_word = false;
  int count = 0;
  for (unsigned char c : text) {
    if (IsWordByte(c)) {
      if (!in_word) ++count;
      in_word = true;
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (in_word) {
      in_word = false;
      out += ' ';
    }
  }
  if (in_word) out += ' ';
  if (words) *words = count;
  return out;
}

}  // namespace

SearchableText::SearchableText(std::string_view text) {
  normalized_ = Normalize(text, &word_count_);
}

bool SearchableText::Contains(std::string_view term) const {
  int words = 0;
  std::string needle = Normalize(term, &words);
  if (words == 0) return false;
  return normalized_.find(needle) != std::string::npos;
}

std::vector<std::string> FindTerms(const SearchableText& text, const std::vector<std::string>& terms) {
  return FindTerms(std::vector<SearchableText>{text}, terms);
}

std::vector<std::string> FindTerms(const std::vector<SearchableText>& texts,
                                   const std::vector<std::string>& terms) {
  std::vector<std::string> found;
  std::vector<std::string> normalized;
  for (const std::string& term : terms) {
    bool contained = false;
    for (const SearchableText& text : texts) contained = contained || text.Contains(term);
    if (!contained) continue;
    std::string n = Normalize(term, nullptr);
    if (std::find(normalized.begin(), normalized.end(), n) != normalized.end()) continue;
    found.push_back(term);
    normalized.push_back(std::move(n));
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < found.size(); ++i) {
    bool part_of_longer = false;
    for (size_t j = 0; j < found.size(); ++j) {
      part_of_longer = part_of_longer || (i != j && normalized[j].size() > normalized[i].size() &&
                                          normalized[j].find(normalized[i]) != std::string::npos);
    }
    if (!part_of_longer) out.push_back(found[i]);
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::string normalized = Normalize(text, nullptr);
  std::vector<std::string> words;
  size_t start = 1;
  while (start < normalized.size()) {
    size_t end = normalized.find(' ', start);
    if (end == std::string::npos) break;
    if (end > start) words.push_back(normalized.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace firsthire

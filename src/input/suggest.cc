#include "input/suggest.h"

#include <algorithm>
#include <cctype>

namespace firsthire {

size_t EditDistance(std::string_view a, std::string_view b) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  const size_t n = a.size(), m = b.size();
  // Three rows suffice for the optimal-string-alignment distance.
  std::vector<size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1])) {
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      }
    }
    prev2.swap(prev);
    prev.swap(cur);
  }
  return prev[m];
}

std::string SuggestClosest(std::string_view word, const std::vector<std::string>& options) {
  if (word.size() > 200) return "";  // not a typo; avoid quadratic work on hostile input
  size_t best = std::string::npos;
  std::string best_option;
  for (const auto& option : options) {
    size_t d = EditDistance(word, option);
    if (d < best) {
      best = d;
      best_option = option;
    }
  }
  size_t limit = std::max<size_t>(2, word.size() / 3);
  if (best == 0 || best > limit) return "";
  return best_option;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& options) {
  std::string s = SuggestClosest(word, options);
  return s.empty() ? "" : " (did you mean '" + s + "'?)";
}

std::string JoinAlternatives(const std::vector<std::string>& options) {
  std::string out;
  for (size_t i = 0; i < options.size(); ++i) {
    if (i > 0) out += (i + 1 == options.size()) ? " or " : ", ";
    out += options[i];
  }
  return out;
}

}  // namespace firsthire

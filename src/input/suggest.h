// "Did you mean" suggestions for misspelt ids, enum values and keys.
#ifndef FIRSTHIRE_INPUT_SUGGEST_H_
#define FIRSTHIRE_INPUT_SUGGEST_H_

#include <string>
#include <string_view>
#include <vector>

namespace firsthire {

// Edit distance (insertions, deletions, substitutions and swaps of adjacent
// characters), compared case-insensitively.
size_t EditDistance(std::string_view a, std::string_view b);

// The option closest to `word` when it is close enough to be a likely typo
// (distance at most max(2, length/3)); empty otherwise.
std::string SuggestClosest(std::string_view word, const std::vector<std::string>& options);

// " (did you mean 'x'?)" or "" when there is no close option.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& options);

// "a, b or c" for messages listing what was expected.
std::string JoinAlternatives(const std::vector<std::string>& options);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_SUGGEST_H_

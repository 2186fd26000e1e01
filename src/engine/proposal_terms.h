// Finding the playbook's terms in a proposal's prose: whole words and
// phrases, case-insensitive, punctuation and hyphens treated as spaces
// ("Prompt-injection" contains the phrase "prompt injection").
#ifndef FIRSTHIRE_ENGINE_PROPOSAL_TERMS_H_
#define FIRSTHIRE_ENGINE_PROPOSAL_TERMS_H_

#include <string>
#include <string_view>
#include <vector>

namespace firsthire {

// Text prepared for matching: lowercase words separated by single spaces.
// Letters, digits and bytes of multi-byte UTF-8 characters make up words.
class SearchableText {
 public:
  explicit SearchableText(std::string_view text);

  // Whether `term` (a word or phrase) occurs as whole words.
  bool Contains(std::string_view term) const;
  // Number of words.
  int WordCount() const { return word_count_; }

 private:
  std::string normalized_;  // " word word ... " with a space at both ends
  int word_count_ = 0;
};

// The terms of `terms` found in `text`, in the order given, without
// duplicates and without a term that only repeats part of a longer term
// also found ("injection" is dropped when "prompt injection" is found).
std::vector<std::string> FindTerms(const SearchableText& text, const std::vector<std::string>& terms);
// The same over several separate texts (a phrase never spans two of them): a
// term counts when any text contains it.
std::vector<std::string> FindTerms(const std::vector<SearchableText>& texts,
                                   const std::vector<std::string>& terms);

// The words of `text` as SearchableText sees them: lowercase, in order.
std::vector<std::string> SplitWords(std::string_view text);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_PROPOSAL_TERMS_H_

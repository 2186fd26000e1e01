// The word-level machinery behind evidence (include/firsthire/evidence.h):
// a note split into clauses of normalised words with byte offsets, and the
// playbook's cue patterns matched against them.
#ifndef FIRSTHIRE_ENGINE_EVIDENCE_TEXT_H_
#define FIRSTHIRE_ENGINE_EVIDENCE_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace firsthire {

// One word: lower-cased, contractions expanded ("didn't" -> "did" "not",
// "we'll" -> "we" "will", "can't" -> "can" "not"); a trailing "'s" (possessive,
// "is", "has") is dropped, so "the provider's filters" is three words.
struct Word {
  std::string norm;
  std::string stem;        // norm without its inflection (see Stem)
  size_t start = 0;        // byte offsets of this piece in the text
  size_t end = 0;
  size_t quote_start = 0;  // where a quote beginning here starts: the whole written word
  bool comma_before = false;  // a comma or dash separates it from the previous word
  bool capitalized = false;   // written with an initial capital (not "I")
  bool has_digit = false;
};

using Clause = std::vector<Word>;

// Splits `text` into clauses: at . ! ? ; : ( ) and line breaks, and before
// any word in `break_words` (which is left out). Words keep their offsets.
std::vector<Clause> SplitClauses(std::string_view text, const std::vector<std::string>& break_words);

// `word` without a regular English inflection, so that the forms of one word
// share a stem: "ships", "shipped", "shipping" -> "ship"; "tries", "tried" ->
// "try"; "caches", "cached", "cache" -> "cach". Words of fewer than four
// letters, words with digits or other signs, and stems that would be shorter
// than three letters are returned whole ("used" stays "used", "logs" -> "log").
// Common irregular verb forms share their base's stem ("built" -> "build",
// "paid" -> "pay"), and -ize/-yze spellings the -ise/-yse ones ("summarized"
// and "summarised", "organization" and "organisation").
std::string Stem(const std::string& word);

// A compiled cue pattern (syntax in include/firsthire/playbook_evidence.h).
// A plain word in its base form ("ship") matches its inflected forms too
// (same Stem); an inflected one ("shipped") only itself; `word*` any word
// starting with `word`; `#` any written number ("300", "1,200", "p95", "3.5").
// A phrase of plain words also matches its hyphenated spelling as one word
// ("proof of concept" matches "proof-of-concept"), and a hyphenated word its
// spelling as separate words ("spot-check*" matches "spot checks").
struct WordPattern {
  std::string text;
  std::string stem;  // empty: match `text` only
  bool prefix = false;
  bool number = false;  // `#`: any word holding a digit
};
using Alternative = std::vector<WordPattern>;
using Segment = std::vector<Alternative>;
struct Pattern {
  std::vector<Segment> segments;
  std::vector<bool> far;  // per segment: written after " ... ", any distance from the previous
};

Pattern CompilePattern(std::string_view text);
std::vector<Pattern> CompilePatterns(const std::vector<std::string>& texts);

// Up to this many words may lie between two segments joined by " .. "; any
// number (within the clause) between segments joined by " ... ".
inline constexpr size_t kMaxGapWords = 3;

// The end (exclusive word index) of the shortest match of `pattern` starting
// at word `from`, or nullopt.
std::optional<size_t> MatchAt(const Pattern& pattern, const Clause& clause, size_t from);

// The end of the first of `patterns` that matches at `from`, or nullopt.
std::optional<size_t> MatchAnyAt(const std::vector<Pattern>& patterns, const Clause& clause,
                                 size_t from);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_EVIDENCE_TEXT_H_

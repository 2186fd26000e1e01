// How the assessment engine writes a brief's values into playbook sentences:
// numbers as people write them, lists joined with "and", word counts.
//
// Kept in namespace assess_text so these small helpers never clash with
// other engines' helpers in the same library.
#ifndef FIRSTHIRE_ENGINE_BRIEF_WORDING_H_
#define FIRSTHIRE_ENGINE_BRIEF_WORDING_H_

#include <string>
#include <string_view>
#include <vector>

namespace firsthire::assess_text {

// 400 -> "400", 2.5 -> "2.5", 0.125 -> "0.125", -3 -> "-3": the shortest form
// that reads back as the same value, never an exponent for values people type
// (|value| < 1e15).
std::string Number(double value);

// {} -> "", {a} -> "a", {a, b} -> "a and b", {a, b, c} -> "a, b and c".
std::string JoinWithAnd(const std::vector<std::string>& items);

// Cleans a filled template where a value was empty or a unit is a symbol:
// runs of spaces become one, and no space is left before . , ; : ) or %
// ("a target of 80 %." -> "a target of 80%."; "of 2 ." -> "of 2."). Leading
// and trailing spaces are removed.
std::string TidyFilledText(std::string_view text);

// Runs of non-space characters in `text`.
int WordCount(std::string_view text);

// `text` lowercased, every character other than a letter, digit or hyphen
// turned into a space, runs of spaces collapsed, with one space on each
// side: "Route  Tickets!" -> " route tickets ". Matching " keyword " in this
// form finds whole words and phrases, case-insensitively.
std::string NormalizeForMatching(std::string_view text);

}  // namespace firsthire::assess_text

#endif  // FIRSTHIRE_ENGINE_BRIEF_WORDING_H_

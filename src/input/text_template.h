// Playbook texts with {placeholders}.
#ifndef FIRSTHIRE_INPUT_TEXT_TEMPLATE_H_
#define FIRSTHIRE_INPUT_TEXT_TEMPLATE_H_

#include <map>
#include <string>
#include <string_view>

namespace firsthire {

// Fills `{name}` placeholders in a playbook text from `values`. Unknown
// placeholders are left as written, so a typo in an edited playbook shows up
// in the output instead of vanishing ("{{" writes a literal brace).
//
// `{name|one|other}` writes a word chosen by the count in `name`: `one` when
// the value is exactly "1", `other` for any other value ("0", "2", "2.5").
// The count itself is written by a plain `{name}`, so a text reads
// "{flags} {flags|red flag|red flags}" → "1 red flag", "3 red flags".
// Either word may be empty or several words; a choice whose name has no value
// is left as written, like an unknown placeholder.
std::string FillTemplate(std::string_view text, const std::map<std::string, std::string>& values);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_TEXT_TEMPLATE_H_

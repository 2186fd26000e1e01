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
std::string FillTemplate(std::string_view text, const std::map<std::string, std::string>& values);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_TEXT_TEMPLATE_H_

// Checking that input text is UTF-8 before anything stores or prints it
// (JSON output requires it; a stray byte would otherwise fail far from its
// cause).
#ifndef FIRSTHIRE_INPUT_UTF8_H_
#define FIRSTHIRE_INPUT_UTF8_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire {

// Offset of the first byte that is not part of well-formed UTF-8, or npos.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
size_t InvalidUtf8Offset(std::string_view text);

// Ok, or InvalidInput "invalid UTF-8 byte; expected UTF-8 text" at the line
// and column of the first bad byte in `source`.
Status CheckUtf8(std::string_view text, const std::string& source);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_UTF8_H_

// Percent-decoding and query strings, as the server and router need them.
//
// Paths stay percent-encoded in Request::path; the router and the static
// file server decode each segment on their own, so an encoded slash ("%2F")
// can never split or join segments.
#ifndef FIRSTHIRE_HTTP_URL_H_
#define FIRSTHIRE_HTTP_URL_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "firsthire/status.h"

namespace firsthire::http {

// Decodes %XX escapes. With `plus_is_space` (query strings) '+' becomes ' '.
// Fails with kInvalidInput on a malformed escape or a decoded NUL byte.
Result<std::string> PercentDecode(std::string_view text, bool plus_is_space = false);

// Splits "a=1&b=two%20words&flag" into decoded (name, value) pairs, in order;
// a name without '=' has an empty value. Malformed escapes fail.
Result<std::vector<std::pair<std::string, std::string>>> ParseQuery(std::string_view query);

// Splits an encoded path "/a/b/c" into its encoded segments {"a", "b", "c"}.
// "/" gives {}; "/a/" gives {"a", ""} (a trailing slash is a segment).
std::vector<std::string_view> SplitPath(std::string_view path);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_URL_H_

// The one set of limits on every JSON value the service stores or computes
// on, checked on the raw text before it is parsed (so a hostile document
// costs one linear pass and never reaches a recursive parser, serialiser or
// destructor):
//   - depth: containers nested at most kMaxJsonDepth deep (the body object
//     itself is level 1);
//   - size: the text at most kMaxJsonBytes long (also the server's request
//     body limit, see ServerOptions::max_body_bytes);
//   - array length: no array with more than kMaxJsonArrayLength elements.
// docs/http.md lists them with the answers a client gets (413 for size, 422
// for depth and array length, the field named).
#ifndef FIRSTHIRE_HTTP_JSON_LIMITS_H_
#define FIRSTHIRE_HTTP_JSON_LIMITS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace firsthire::http {

inline constexpr int kMaxJsonDepth = 64;
inline constexpr std::size_t kMaxJsonBytes = 1024 * 1024;
inline constexpr std::size_t kMaxJsonArrayLength = 10'000;

// Which limit a text broke, where, and the sentence for the client.
struct JsonLimitViolation {
  bool too_large = false;  // size (413); else depth or array length (422)
  // The member of the top-level object the violation is inside ("profile",
  // "candidates"), "body" when it is the text as a whole.
  std::string field;
  std::string message;
};

// Scans `text` (any bytes; it need not be valid JSON: the parser judges that
// afterwards) and returns the first limit it breaks, nullopt when none.
// Linear time, constant stack.
std::optional<JsonLimitViolation> CheckJsonLimits(std::string_view text);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_JSON_LIMITS_H_

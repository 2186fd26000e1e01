// Reading JSON request bodies in handlers, with the statuses the API
// promises: 415 for a body that is declared as something other than JSON,
// 400 for malformed JSON (or not an object), 422 for well-formed JSON with a
// wrong or missing field (the error names the field). Every body is held to
// the JSON limits of json_limits.h first: 413 for size, 422 for depth or an
// array too long, naming the top-level member the violation is in.
#ifndef FIRSTHIRE_HTTP_JSON_BODY_H_
#define FIRSTHIRE_HTTP_JSON_BODY_H_

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "firsthire/status.h"
#include "input/document.h"
#include "http/request.h"
#include "http/response.h"

namespace firsthire::http {

// Parses the body into `out` (a JSON object). Returns the error response to
// send when that fails, nullopt on success. A missing Content-Type is
// accepted; any other type than application/json is 415 (this also keeps
// cross-site HTML forms and "simple" fetches away from JSON endpoints). A
// body over a JSON limit is answered before it is parsed.
std::optional<Response> ParseJsonObject(const Request& request, nlohmann::json& out);

// The same checks (media type, JSON limits), then the body read once through
// the input layer (Document::ParseJson), which keeps every value's line and
// column: a syntax error is 400 naming them, a body that is not a JSON object
// 400. On success `out` holds the document (its source name is "body").
std::optional<Response> ParseJsonDocument(const Request& request, std::optional<Document>& out);

// `object[name]` as a string into `out`. kInvalidInput with field `name`
// when absent (and `required`) or not a string.
Status ReadString(const nlohmann::json& object, std::string_view name, std::string& out,
                  bool required = true);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_JSON_BODY_H_

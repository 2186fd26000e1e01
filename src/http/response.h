// An HTTP response as handlers build it, the JSON error shape, and the one
// mapping from firsthire::Code to HTTP statuses.
//
// Every error the service sends has the body
//   {"error": {"code": "<name>", "message": "<sentence>", "field": "<path>"|null}}
// where code is CodeName() of the Status (e.g. "invalid_input") or one of the
// HTTP-only codes "method_not_allowed", "rate_limited", "timeout",
// "header_too_large", "csrf_failed", "unsupported_media_type", "busy".
#ifndef FIRSTHIRE_HTTP_RESPONSE_H_
#define FIRSTHIRE_HTTP_RESPONSE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "firsthire/status.h"

namespace firsthire::http {

class JsonWriter;
class SealedFile;

struct Response {
  int status = 200;
  std::string content_type;  // empty: no Content-Type (no body)
  std::string body;
  // Set instead of `body` (which is then empty): bytes shared with their
  // owner, a document prepared once at start, sent without a copy.
  std::shared_ptr<const std::string> shared_body;
  // Optionally, beside shared_body: the same bytes in a sealed file
  // (http/file_send.h), which the server sends with sendfile(2) instead of
  // copying them; shared_body stays the fallback and what Body() returns.
  std::shared_ptr<const SealedFile> body_file;
  // Extra header fields, e.g. Location, Set-Cookie (may repeat), Retry-After.
  std::vector<std::pair<std::string, std::string>> headers;
  // Never sent: for a 5xx built from a Status, its code and message (the
  // server logs them; health watches I/O failures of writes).
  Code cause_code = Code::kOk;
  std::string cause;

  // Replaces every field called `name` (any case) by one with `value`.
  void SetHeader(std::string_view name, std::string value);
  // Appends a field, keeping earlier ones of the same name (Set-Cookie).
  void AddHeader(std::string name, std::string value);
  // The first value of `name` (any case), or nullptr.
  const std::string* FindHeader(std::string_view name) const;
  // The body to send: *shared_body when set, else body.
  const std::string& Body() const { return shared_body ? *shared_body : body; }
};

// A JSON response ("application/json; charset=utf-8"); the body is serialised
// with invalid UTF-8 replaced, so it never throws.
Response JsonResponse(int status, const nlohmann::json& body);

// A JSON response whose body is already JSON text (from JsonWriter).
Response JsonTextResponse(int status, std::string body);

// 204, no body.
Response NoContentResponse();

// The HTTP status for a Code. kInvalidInput maps to 422 (well-formed but
// invalid); handlers that met malformed syntax pass 400 explicitly.
int HttpStatusFor(Code code);

// The JSON error for `status` (not ok), with HttpStatusFor(status.code()) or
// `http_status` when given. Internal errors hide their message from clients
// and keep it in Response::cause for the log.
Response ErrorResponse(const Status& status, int http_status = 0);

// As above, with more members beside "error" in the body, written by `more`
// into the open body object (e.g. every bad row of a refused import).
Response ErrorResponse(const Status& status, int http_status,
                       const std::function<void(JsonWriter&)>& more);

// A JSON error with an explicit status and code string.
Response ErrorResponse(int http_status, std::string_view code, std::string_view message,
                       std::string_view field = {});

// Adds what every answer carries unless the handler set it already:
// Content-Security-Policy (default-src 'self'), X-Content-Type-Options
// nosniff, Referrer-Policy no-referrer, X-Frame-Options DENY, and
// Cache-Control no-store. The server calls it on every response.
void AddSecurityHeaders(Response& response);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_RESPONSE_H_

// An HTTP request as handlers see it: plain strings, no Boost types, so that
// handler code compiles without the Beast headers.
#ifndef FIRSTHIRE_HTTP_REQUEST_H_
#define FIRSTHIRE_HTTP_REQUEST_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/principal.h"

namespace firsthire::http {

struct Request {
  std::string method;  // as sent, e.g. "GET", "POST"
  std::string target;  // the raw request target, "/a/b?x=1"
  std::string path;    // target before '?', still percent-encoded
  std::string query;   // target after '?', still encoded; "" if none
  // Header fields in arrival order; names lower-cased by the server.
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string remote_address;  // peer IP address, e.g. "127.0.0.1"

  // Filled by the router: decoded values of the route's {name} segments.
  std::vector<std::pair<std::string, std::string>> path_params;
  // Filled by the auth layer on routes that need a signed-in caller.
  std::optional<Principal> principal;
  // Set by the server: true once nobody will read the answer (the client
  // closed its side of the connection, or the server is stopping). Cheap
  // enough to poll every few milliseconds; null outside a server.
  std::function<bool()> abandoned;

  // The first value of a header (name in any case), or nullptr.
  const std::string* Header(std::string_view name) const;
  // The decoded value of the route parameter `name`, or "" if absent.
  std::string_view Param(std::string_view name) const;
  // The decoded value of the query parameter `name`; nullopt when absent or
  // when the query string is malformed.
  std::optional<std::string> QueryParam(std::string_view name) const;
};

// ASCII case-insensitive comparison, as header names need.
bool EqualsIgnoreCase(std::string_view a, std::string_view b);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_REQUEST_H_

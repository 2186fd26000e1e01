// Router: (method, path pattern) -> handler and its Access declaration.
//
// Patterns are absolute paths whose segments are literals or parameters in
// braces, like /api/v1/candidates/{id}/scorecards. A parameter matches one whole
// non-empty segment; its value is percent-decoded. Literal segments compare
// exactly (after decoding the request's segment). HEAD requests match GET
// routes. Lookup is linear over routes grouped by segment count, which is
// plenty for the few dozen routes of the API.
#ifndef FIRSTHIRE_HTTP_ROUTER_H_
#define FIRSTHIRE_HTTP_ROUTER_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "firsthire/status.h"
#include "http/access.h"
#include "http/request.h"
#include "http/response.h"

namespace firsthire::http {

using Handler = std::function<Response(const Request&)>;

struct Route {
  std::string method;
  std::string pattern;
  Access access;
  Handler handler;
  // Pattern segments; a parameter is stored as its name with `is_param`.
  struct Segment {
    std::string text;
    bool is_param = false;
  };
  std::vector<Segment> segments;
};

// The outcome of a lookup.
struct RouteMatch {
  const Route* route = nullptr;  // null: no route for this method and path
  std::vector<std::pair<std::string, std::string>> params;
  // When route is null: the methods that do match the path (405 with Allow)
  // — empty means no route has this path at all (404).
  std::vector<std::string> allowed_methods;
  // The path has a malformed percent escape (answer 400).
  bool malformed_path = false;
};

class Router {
 public:
  // Adds a route. Fails (kInvalidInput) when the pattern does not start with
  // '/', has an empty or unclosed parameter, repeats a parameter name, or the
  // same method and pattern shape are already registered.
  Status Add(std::string method, std::string pattern, Access access, Handler handler);

  RouteMatch Find(std::string_view method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_ROUTER_H_

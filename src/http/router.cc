#include "http/router.h"

#include <algorithm>

#include "http/url.h"

namespace firsthire::http {
namespace {

bool SameShape(const Route& a, const Route& b) {
  if (a.method != b.method || a.segments.size() != b.segments.size()) return false;
  for (size_t i = 0; i < a.segments.size(); ++i) {
    const auto& x = a.segments[i];
    const auto& y = b.segments[i];
    if (x.is_param != y.is_param) return false;
    if (!x.is_param && x.text != y.text) return false;
  }
  return true;
}

}  // namespace

Status Router::Add(std::string method, std::string pattern, Access access, Handler handler) {
  if (pattern.empty() || pattern.front() != '/') {
    return Status::InvalidInput("route pattern must start with '/': " + pattern);
  }
  if (!handler) return Status::InvalidInput("route has no handler: " + pattern);
  Route route;
  for (std::string_view part : SplitPath(pattern)) {
    Route::Segment segment;
    if (!part.empty() && part.front() == '{') {
      if (part.size() < 3 || part.back() != '}') {
        return Status::InvalidInput("malformed parameter in route pattern: " + pattern);
      }
      segment.text = std::string(part.substr(1, part.size() - 2));
      segment.is_param = true;
      for (const auto& earlier : route.segments) {
        if (earlier.is_param && earlier.text == segment.text) {
          return Status::InvalidInput("repeated parameter in route pattern: " + pattern);
        }
      }
    } else {
      if (part.find_first_of("{}") != std::string_view::npos) {
        return Status::InvalidInput("braces inside a literal segment: " + pattern);
      }
      segment.text = std::string(part);
    }
    route.segments.push_back(std::move(segment));
  }
  route.method = std::move(method);
  route.pattern = std::move(pattern);
  route.access = std::move(access);
  route.handler = std::move(handler);
  for (const Route& existing : routes_) {
    if (SameShape(existing, route)) {
      return Status::AlreadyExists("route registered twice: " + route.method + " " + route.pattern);
    }
  }
  routes_.push_back(std::move(route));
  return Status::Ok();
}

RouteMatch Router::Find(std::string_view method, std::string_view path) const {
  RouteMatch match;
  std::vector<std::string> decoded;
  for (std::string_view segment : SplitPath(path)) {
    auto value = PercentDecode(segment);
    if (!value.ok()) {
      match.malformed_path = true;
      return match;
    }
    decoded.push_back(std::move(value).value());
  }
  std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  for (const Route& route : routes_) {
    if (route.segments.size() != decoded.size()) continue;
    bool fits = true;
    for (size_t i = 0; i < decoded.size() && fits; ++i) {
      const auto& segment = route.segments[i];
      fits = segment.is_param ? !decoded[i].empty() : segment.text == decoded[i];
    }
    if (!fits) continue;
    if (route.method != wanted) {
      if (std::find(match.allowed_methods.begin(), match.allowed_methods.end(), route.method) ==
          match.allowed_methods.end()) {
        match.allowed_methods.push_back(route.method);
      }
      continue;
    }
    // Literal routes win over parameter routes registered earlier:
    // prefer the route with more literal segments.
    auto literals = [](const Route& r) {
      return std::count_if(r.segments.begin(), r.segments.end(),
                           [](const auto& s) { return !s.is_param; });
    };
    if (match.route != nullptr && literals(*match.route) >= literals(route)) continue;
    match.route = &route;
    match.params.clear();
    for (size_t i = 0; i < decoded.size(); ++i) {
      if (route.segments[i].is_param) match.params.emplace_back(route.segments[i].text, decoded[i]);
    }
  }
  if (match.route != nullptr) match.allowed_methods.clear();
  return match;
}

}  // namespace firsthire::http

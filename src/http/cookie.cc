#include "http/cookie.h"

namespace firsthire::http {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<std::string> FindCookie(std::string_view cookie_header, std::string_view name) {
  while (!cookie_header.empty()) {
    size_t semicolon = cookie_header.find(';');
    std::string_view pair = Trim(cookie_header.substr(0, semicolon));
    cookie_header = semicolon == std::string_view::npos ? std::string_view()
                                                        : cookie_header.substr(semicolon + 1);
    size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    if (Trim(pair.substr(0, eq)) != name) continue;
    std::string_view value = Trim(pair.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
      value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
  }
  return std::nullopt;
}

std::string SetCookieValue(std::string_view name, std::string_view value,
                           const CookieOptions& options) {
  std::string out;
  out.append(name).append("=").append(value).append("; Path=/; SameSite=Strict");
  if (options.http_only) out.append("; HttpOnly");
  if (options.secure) out.append("; Secure");
  if (options.max_age_seconds >= 0) {
    out.append("; Max-Age=").append(std::to_string(options.max_age_seconds));
  }
  return out;
}

std::string ClearCookieValue(std::string_view name, const CookieOptions& options) {
  CookieOptions expired = options;
  expired.max_age_seconds = 0;
  return SetCookieValue(name, "", expired);
}

}  // namespace firsthire::http

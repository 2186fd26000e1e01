// Cookies: reading the Cookie header and writing Set-Cookie values.
//
// Every cookie the service sets is SameSite=Strict and Path=/; Secure is
// added when the service runs behind TLS (the --secure-cookies option).
#ifndef FIRSTHIRE_HTTP_COOKIE_H_
#define FIRSTHIRE_HTTP_COOKIE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace firsthire::http {

struct CookieOptions {
  bool http_only = true;  // false only for values the page must read
  bool secure = false;
  int64_t max_age_seconds = -1;  // -1: a session cookie (no Max-Age)
};

// The value of cookie `name` in a Cookie header ("a=1; b=2"), if present.
// With several cookies of the same name the first wins.
std::optional<std::string> FindCookie(std::string_view cookie_header, std::string_view name);

// A Set-Cookie value: "name=value; Path=/; SameSite=Strict[; HttpOnly]
// [; Secure][; Max-Age=N]". `value` must be a cookie-safe token (the service
// only sets hex strings).
std::string SetCookieValue(std::string_view name, std::string_view value,
                           const CookieOptions& options);

// A Set-Cookie value that deletes cookie `name` (empty value, Max-Age=0).
std::string ClearCookieValue(std::string_view name, const CookieOptions& options);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_COOKIE_H_

// Where the one-time account links (service/account_links.h) of an API
// answer point.
#ifndef FIRSTHIRE_HTTP_ACCOUNT_LINKS_H_
#define FIRSTHIRE_HTTP_ACCOUNT_LINKS_H_

#include <string>
#include <string_view>

#include "http/request.h"

namespace firsthire::http {

// The address links start with: `public_url` when set (serve --public-url),
// otherwise https (when `secure`, i.e. serve --secure-cookies) or http and
// the request's Host header.
std::string LinkBaseUrl(const Request& request, std::string_view public_url, bool secure);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_ACCOUNT_LINKS_H_

#include "http/account_links.h"

namespace firsthire::http {

std::string LinkBaseUrl(const Request& request, std::string_view public_url, bool secure) {
  if (!public_url.empty()) return std::string(public_url);
  const std::string* host = request.Header("host");
  return std::string(secure ? "https://" : "http://") +
         (host != nullptr && !host->empty() ? *host : "localhost");
}

}  // namespace firsthire::http

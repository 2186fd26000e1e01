// The client address a request is counted under (login throttling), when the
// service may sit behind a reverse proxy.
//
// Without a trusted proxy the client is the TCP peer, whatever headers say.
// With `serve --trusted-proxy CIDR`, a request whose peer lies in CIDR is
// counted under the address its proxy reports: the `X-Forwarded-For` list
// when that header is present, else the `for=` values of `Forwarded`
// (RFC 7239), read from the right (the entry the proxy added last), skipping
// addresses inside CIDR (a chain of trusted proxies). A proxy that sets only
// `Forwarded` must drop a client's `X-Forwarded-For` (docs/http.md). A value
// that is not an IP address ("unknown", an obfuscated name) stops the walk
// and the peer is used. Headers from any other peer are ignored, so a client
// cannot choose the address it is counted under.
#ifndef FIRSTHIRE_HTTP_CLIENT_ADDRESS_H_
#define FIRSTHIRE_HTTP_CLIENT_ADDRESS_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "http/request.h"

namespace firsthire::http {

// An IPv4 or IPv6 network, e.g. "10.0.0.0/8", "127.0.0.1" (one address),
// "fd00::/8". IPv4-mapped IPv6 addresses ("::ffff:10.1.2.3") match IPv4
// networks.
class Cidr {
 public:
  // kInvalidInput naming the text when it is not ADDRESS[/BITS].
  static Result<Cidr> Parse(std::string_view text);
  bool Contains(std::string_view address) const;

 private:
  std::array<std::uint8_t, 16> network_{};
  int bits_ = 0;
  bool v4_ = false;
};

// The address `request` is counted under (see above); `request.remote_address`
// is the TCP peer.
std::string ClientAddress(const Request& request, const std::optional<Cidr>& trusted_proxy);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_CLIENT_ADDRESS_H_

#include "http/client_address.h"

#include <arpa/inet.h>

#include <cstring>
#include <vector>

namespace firsthire::http {
namespace {

struct Ip {
  std::array<std::uint8_t, 16> bytes{};
  bool v4 = false;
};

// A literal IPv4 or IPv6 address; IPv4-mapped IPv6 becomes IPv4.
std::optional<Ip> ParseIp(std::string_view text) {
  std::string value(text);
  Ip ip;
  in_addr v4{};
  in6_addr v6{};
  if (inet_pton(AF_INET, value.c_str(), &v4) == 1) {
    ip.v4 = true;
    std::memcpy(ip.bytes.data(), &v4, 4);
    return ip;
  }
  if (inet_pton(AF_INET6, value.c_str(), &v6) != 1) return std::nullopt;
  static constexpr std::uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  if (std::memcmp(&v6, kMapped, 12) == 0) {
    ip.v4 = true;
    std::memcpy(ip.bytes.data(), reinterpret_cast<const std::uint8_t*>(&v6) + 12, 4);
    return ip;
  }
  std::memcpy(ip.bytes.data(), &v6, 16);
  return ip;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    std::size_t at = text.find(separator);
    parts.push_back(Trim(text.substr(0, at)));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

// "1.2.3.4", "1.2.3.4:80", "[2001:db8::1]", "[2001:db8::1]:80" or a bare
// IPv6 literal -> the address part.
std::string_view StripPort(std::string_view node) {
  if (!node.empty() && node.front() == '[') {
    std::size_t close = node.find(']');
    return close == std::string_view::npos ? node : node.substr(1, close - 1);
  }
  std::size_t colon = node.find(':');
  if (colon != std::string_view::npos && node.find(':', colon + 1) == std::string_view::npos) {
    return node.substr(0, colon);
  }
  return node;
}

// The for= nodes of a Forwarded header, in order.
std::vector<std::string_view> ForwardedFor(std::string_view header) {
  std::vector<std::string_view> nodes;
  for (std::string_view element : Split(header, ',')) {
    for (std::string_view pair : Split(element, ';')) {
      if (pair.size() < 4 || !EqualsIgnoreCase(pair.substr(0, 4), "for=")) continue;
      std::string_view value = Trim(pair.substr(4));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        value = value.substr(1, value.size() - 2);
      }
      nodes.push_back(value);
    }
  }
  return nodes;
}

}  // namespace

Result<Cidr> Cidr::Parse(std::string_view text) {
  std::size_t slash = text.find('/');
  std::optional<Ip> ip = ParseIp(text.substr(0, slash));
  auto invalid = [&] {
    return Status::InvalidInput("'" + std::string(text) +
                                "' is not an IP network such as 10.0.0.0/8 or fd00::/8");
  };
  if (!ip) return invalid();
  int max_bits = ip->v4 ? 32 : 128;
  int bits = max_bits;
  if (slash != std::string_view::npos) {
    std::string_view digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos) {
      return invalid();
    }
    bits = std::stoi(std::string(digits));
    if (bits > max_bits) return invalid();
  }
  Cidr cidr;
  cidr.network_ = ip->bytes;
  cidr.bits_ = bits;
  cidr.v4_ = ip->v4;
  return cidr;
}

bool Cidr::Contains(std::string_view address) const {
  std::optional<Ip> ip = ParseIp(address);
  if (!ip || ip->v4 != v4_) return false;
  for (int bit = 0; bit < bits_; ++bit) {
    int mask = 0x80 >> (bit % 8);
    if ((ip->bytes[bit / 8] & mask) != (network_[bit / 8] & mask)) return false;
  }
  return true;
}

std::string ClientAddress(const Request& request, const std::optional<Cidr>& trusted_proxy) {
  const std::string& peer = request.remote_address;
  if (!trusted_proxy || !trusted_proxy->Contains(peer)) return peer;
  std::vector<std::string_view> chain;
  if (const std::string* list = request.Header("x-forwarded-for")) {
    for (std::string_view node : Split(*list, ',')) chain.push_back(node);
  } else if (const std::string* forwarded = request.Header("forwarded")) {
    chain = ForwardedFor(*forwarded);
  }
  std::string client = peer;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    std::string_view address = StripPort(*it);
    if (!ParseIp(address)) return peer;
    client = std::string(address);
    if (!trusted_proxy->Contains(address)) break;
  }
  return client;
}

}  // namespace firsthire::http

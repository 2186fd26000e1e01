#include "http/client_address.h"

#include <gtest/gtest.h>

namespace firsthire::http {
namespace {

Request From(const std::string& peer, std::vector<std::pair<std::string, std::string>> headers) {
  Request request;
  request.remote_address = peer;
  request.headers = std::move(headers);
  return request;
}

TEST(CidrTest, ParsesNetworksAndSingleAddresses) {
  auto net = Cidr::Parse("10.1.0.0/16");
  ASSERT_TRUE(net.ok());
  EXPECT_TRUE(net->Contains("10.1.200.3"));
  EXPECT_TRUE(net->Contains("::ffff:10.1.2.3"));  // IPv4-mapped
  EXPECT_FALSE(net->Contains("10.2.0.1"));
  EXPECT_FALSE(net->Contains("fd00::1"));
  EXPECT_FALSE(net->Contains("not an address"));
  auto one = Cidr::Parse("127.0.0.1");
  ASSERT_TRUE(one.ok());
  EXPECT_TRUE(one->Contains("127.0.0.1"));
  EXPECT_FALSE(one->Contains("127.0.0.2"));
  auto v6 = Cidr::Parse("fd00::/8");
  ASSERT_TRUE(v6.ok());
  EXPECT_TRUE(v6->Contains("fd12:3456::1"));
  EXPECT_FALSE(v6->Contains("fe80::1"));
  for (const char* bad : {"", "10.0.0.0/33", "10.0.0/8", "10.0.0.0/", "10.0.0.0/x", "::/129"}) {
    auto parsed = Cidr::Parse(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.status().code(), Code::kInvalidInput);
    }
  }
}

TEST(ClientAddressTest, HeadersCountOnlyFromTheTrustedProxy) {
  auto proxy = Cidr::Parse("10.0.0.0/8");
  ASSERT_TRUE(proxy.ok());
  Request spoofed = From("203.0.113.9", {{"x-forwarded-for", "198.51.100.1"}});
  EXPECT_EQ(ClientAddress(spoofed, *proxy), "203.0.113.9");
  EXPECT_EQ(ClientAddress(spoofed, std::nullopt), "203.0.113.9");
  Request proxied = From("10.0.0.5", {{"x-forwarded-for", "198.51.100.1"}});
  EXPECT_EQ(ClientAddress(proxied, *proxy), "198.51.100.1");
  EXPECT_EQ(ClientAddress(proxied, std::nullopt), "10.0.0.5");  // no --trusted-proxy
}

TEST(ClientAddressTest, ReadsFromTheRightSkippingTrustedHops) {
  auto proxy = Cidr::Parse("10.0.0.0/8");
  ASSERT_TRUE(proxy.ok());
  // The client put a fake entry first; the proxies appended the real one.
  Request chain = From("10.0.0.5", {{"x-forwarded-for", "1.2.3.4, 198.51.100.7, 10.0.0.9"}});
  EXPECT_EQ(ClientAddress(chain, *proxy), "198.51.100.7");
  Request forwarded =
      From("10.0.0.5", {{"forwarded", R"(for=1.2.3.4, for="[2001:db8::7]:4711";proto=https)"}});
  EXPECT_EQ(ClientAddress(forwarded, *proxy), "2001:db8::7");
  Request with_port = From("10.0.0.5", {{"forwarded", "For=198.51.100.8:5555"}});
  EXPECT_EQ(ClientAddress(with_port, *proxy), "198.51.100.8");
  // X-Forwarded-For wins when both are present.
  Request both = From("10.0.0.5", {{"forwarded", "for=1.1.1.1"}, {"x-forwarded-for", "2.2.2.2"}});
  EXPECT_EQ(ClientAddress(both, *proxy), "2.2.2.2");
}

TEST(ClientAddressTest, FallsBackToThePeer) {
  auto proxy = Cidr::Parse("10.0.0.0/8");
  ASSERT_TRUE(proxy.ok());
  EXPECT_EQ(ClientAddress(From("10.0.0.5", {}), *proxy), "10.0.0.5");
  EXPECT_EQ(ClientAddress(From("10.0.0.5", {{"forwarded", "for=unknown"}}), *proxy), "10.0.0.5");
  EXPECT_EQ(ClientAddress(From("10.0.0.5", {{"x-forwarded-for", "_hidden"}}), *proxy), "10.0.0.5");
  // Only trusted hops: the leftmost is as far as the chain goes.
  EXPECT_EQ(ClientAddress(From("10.0.0.5", {{"x-forwarded-for", "10.9.9.9"}}), *proxy), "10.9.9.9");
}

}  // namespace
}  // namespace firsthire::http

// `serve --trusted-proxy CIDR` through the real binary: X-Forwarded-For
// decides the address a sign-in is counted under only when the connection
// comes from the trusted proxy; otherwise the header is ignored.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ops_test_env.h"
#include "server_process.h"

namespace firsthire::ops_testing {
namespace {

constexpr char kPassword[] = "correct horse battery";

class TrustedProxyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ProcessResult user = RunFirsthire({"user", "add", "ada@example.com", "--role", "admin",
                                       "--name", "Ada", "--password-stdin", "--db", db_.url()},
                                      dir_.path().string(), std::string(kPassword) + "\n");
    ASSERT_EQ(user.exit_code, 0) << user.err;
  }

  static int Login(int port, const std::string& forwarded_for, const std::string& password) {
    nlohmann::json body = {{"email", "ada@example.com"}, {"password", password}};
    return HttpRequest(port, "POST", "/api/v1/login", {"X-Forwarded-For: " + forwarded_for},
                       body.dump())
        .status;
  }

  TempDir dir_;
  TestDatabase db_{Backend::kSqlite};
};

TEST_F(TrustedProxyTest, ForwardedAddressCountsOnlyFromTheTrustedProxy) {
  ServerProcess server(FIRSTHIRE_BIN, db_.url(), dir_.File("server.log"),
                       {"--trusted-proxy", "127.0.0.0/8"});
  ASSERT_TRUE(server.started()) << server.error();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Login(server.port(), "203.0.113.5", "guess"), 401);
  EXPECT_EQ(Login(server.port(), "203.0.113.5", kPassword), 429);
  // Another client behind the same proxy signs in.
  EXPECT_EQ(Login(server.port(), "198.51.100.6", kPassword), 200);
}

TEST_F(TrustedProxyTest, WithoutTheOptionTheHeaderIsIgnored) {
  ServerProcess server(FIRSTHIRE_BIN, db_.url(), dir_.File("server.log"));
  ASSERT_TRUE(server.started()) << server.error();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Login(server.port(), "203.0.113.5", "guess"), 401);
  // A new header value does not make a new client: the peer is the same.
  EXPECT_EQ(Login(server.port(), "198.51.100.6", kPassword), 429);
}

TEST_F(TrustedProxyTest, MalformedNetworkExits2) {
  ProcessResult r = RunFirsthire({"serve", "--db", db_.url(), "--trusted-proxy", "10.0.0.0/99"},
                                 dir_.path().string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--trusted-proxy"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace firsthire::ops_testing

// The slow-client test through the binary: with 200 idle or slow
// connections held open, normal requests still succeed, promptly.
//
// Half the held connections send nothing; the other half send part of a
// request header and then stall. Meanwhile a few dozen ordinary requests
// (health, the playbook, a candidate write and read with a Bearer token)
// must all answer well within the server's read timeouts, and the held
// connections must still be open (not refused with 503) at the end.
// Loopback only; bounded in count and in time (a few seconds).
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

#include "ops_test_env.h"
#include "server_process.h"

namespace firsthire::ops_testing {
namespace {

constexpr int kHeldConnections = 200;
constexpr int kNormalRounds = 20;
// Far below the server's 30 s first-request timeout: an answer that took
// this long means a slow client held up a normal one.
constexpr auto kPromptAnswer = std::chrono::seconds(2);

// True when the peer has not closed `fd` and sent nothing (no 503, no EOF).
bool StillOpenAndSilent(int fd) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, 0) == 0) return true;
  char byte;
  return recv(fd, &byte, 1, MSG_DONTWAIT | MSG_PEEK) < 0 && errno == EAGAIN;
}

TEST(SlowClients, NormalRequestsSucceedWhile200ConnectionsAreHeld) {
  TestDatabase db(Backend::kSqlite);
  TempDir dir;
  const std::string token = CreateAdminToken(db.url(), dir.path().string());
  ASSERT_FALSE(token.empty());
  const std::string auth = "Authorization: Bearer " + token;
  const std::string log = dir.File("server.log");
  ServerProcess server(FIRSTHIRE_BIN, db.url(), log);
  ASSERT_TRUE(server.started()) << server.error() << "\n" << ReadFile(log);

  std::vector<int> held;
  for (int i = 0; i < kHeldConnections; ++i) {
    int fd = ConnectLoopback(server.port());
    ASSERT_GE(fd, 0) << "connection " << i;
    if (i % 2 == 1) {
      // A slow client: the start of a request, and then nothing.
      const char partial[] = "GET /api/v1/playbook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
      ASSERT_GT(send(fd, partial, sizeof partial - 1, MSG_NOSIGNAL), 0);
    }
    held.push_back(fd);
  }
  // Let the server accept them all before the normal traffic starts.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));

  auto slowest = std::chrono::steady_clock::duration::zero();
  auto timed = [&](auto&& request) {
    auto start = std::chrono::steady_clock::now();
    HttpResponse response = request();
    slowest = std::max(slowest, std::chrono::steady_clock::now() - start);
    return response;
  };
  for (int round = 0; round < kNormalRounds; ++round) {
    HttpResponse health = timed([&] { return HttpRequest(server.port(), "GET", "/healthz"); });
    EXPECT_EQ(health.status, 200) << round;
    HttpResponse playbook =
        timed([&] { return HttpRequest(server.port(), "GET", "/api/v1/playbook", {auth}); });
    EXPECT_EQ(playbook.status, 200) << round;
    nlohmann::json body = {{"name", "Normal " + std::to_string(round)}};
    HttpResponse created = timed([&] {
      return HttpRequest(server.port(), "POST", "/api/v1/candidates", {auth}, body.dump());
    });
    ASSERT_EQ(created.status, 201) << round << ": " << created.body;
    std::string id = nlohmann::json::parse(created.body)["id"];
    HttpResponse read = timed(
        [&] { return HttpRequest(server.port(), "GET", "/api/v1/candidates/" + id, {auth}); });
    EXPECT_EQ(read.status, 200) << round;
  }
  EXPECT_LT(slowest, kPromptAnswer)
      << "slowest normal request: "
      << std::chrono::duration_cast<std::chrono::milliseconds>(slowest).count() << " ms";

  int still_open = 0;
  for (int fd : held) still_open += StillOpenAndSilent(fd);
  EXPECT_EQ(still_open, kHeldConnections) << "held connections were closed or refused early";

  // The slow clients can still finish their requests and get an answer.
  std::string rest = "1\r\n" + auth + "\r\nConnection: close\r\n\r\n";
  ASSERT_GT(send(held[1], rest.data(), rest.size(), MSG_NOSIGNAL), 0);
  timeval tv{5, 0};
  setsockopt(held[1], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  char head[13] = {};
  ASSERT_EQ(recv(held[1], head, 12, MSG_WAITALL), 12);
  EXPECT_STREQ(head, "HTTP/1.1 200");
  for (int fd : held) close(fd);
  std::printf("  %d connections held (half idle, half mid-header); %d normal requests, slowest "
              "%lld ms\n",
              kHeldConnections, kNormalRounds * 4,
              static_cast<long long>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(slowest).count()));
}

}  // namespace
}  // namespace firsthire::ops_testing

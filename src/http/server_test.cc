// The server over real sockets on 127.0.0.1 with an ephemeral port.
#include "http/server.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/test_client.h"

namespace firsthire::http {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using testing::Connection;
using testing::Fetch;
using testing::FormatRequest;
using ::testing::HasSubstr;

// A gate a handler can wait on, so tests control when a request finishes.
class Gate {
 public:
  void Enter() {
    std::unique_lock lock(mu_);
    entered_ = true;
    cv_.notify_all();
    cv_.wait_for(lock, seconds(20), [&] { return open_; });
  }
  bool WaitEntered() {
    std::unique_lock lock(mu_);
    return cv_.wait_for(lock, seconds(10), [&] { return entered_; });
  }
  void Open() {
    std::lock_guard lock(mu_);
    open_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool entered_ = false;
  bool open_ = false;
};

// Answers /echo with the request body, /slow by waiting on the gate,
// /throw by throwing, everything else with a small JSON text.
Response TestHandler(Request& request, Gate* gate) {
  if (request.path == "/echo") {
    Response response;
    response.content_type = "text/plain";
    response.body = request.body;
    return response;
  }
  if (request.path == "/slow" && gate != nullptr) {
    gate->Enter();
    return JsonResponse(200, {{"slow", true}});
  }
  if (request.path == "/throw") throw std::runtime_error("boom");
  return JsonResponse(200, {{"method", request.method},
                            {"path", request.path},
                            {"query", request.query},
                            {"remote", request.remote_address}});
}

class ServerTest : public ::testing::Test {
 protected:
  void StartServer(ServerOptions options = {}) {
    options.port = 0;
    options.log_requests = false;
    if (!options.access_log) {
      options.access_log = [](std::string_view) {};
    }
    server_ = std::make_unique<Server>(
        std::move(options), [this](Request& request) { return TestHandler(request, &gate_); });
    ASSERT_TRUE(server_->Start().ok());
    port_ = server_->port();
    ASSERT_NE(port_, 0);
  }
  void TearDown() override {
    gate_.Open();
    server_.reset();
  }

  Gate gate_;
  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
};

TEST_F(ServerTest, AnswersWithJsonAndSecurityHeaders) {
  StartServer();
  auto reply = Fetch(port_, "GET", "/hello?x=1");
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["path"], "/hello");
  EXPECT_EQ(body["query"], "x=1");
  EXPECT_EQ(body["remote"], "127.0.0.1");
  EXPECT_THAT(reply->Header("content-type"), HasSubstr("application/json"));
  EXPECT_THAT(reply->Header("content-security-policy"), HasSubstr("default-src 'self'"));
  EXPECT_EQ(reply->Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(reply->Header("referrer-policy"), "no-referrer");
  EXPECT_EQ(reply->Header("x-frame-options"), "DENY");
  EXPECT_EQ(reply->Header("cache-control"), "no-store");
}

TEST_F(ServerTest, KeepsConnectionAliveAndAnswersPipelinedRequests) {
  StartServer();
  Connection connection(port_);
  ASSERT_TRUE(connection.is_open());
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/a")));
  auto first = connection.Read();
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(nlohmann::json::parse(first->body)["path"], "/a");
  // Two requests in one write.
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/b") + FormatRequest("POST", "/echo", "xyz")));
  auto second = connection.Read();
  auto third = connection.Read();
  ASSERT_TRUE(second.has_value());
  ASSERT_TRUE(third.has_value());
  EXPECT_EQ(nlohmann::json::parse(second->body)["path"], "/b");
  EXPECT_EQ(third->body, "xyz");
}

TEST_F(ServerTest, HeadHasLengthButNoBody) {
  StartServer();
  Connection connection(port_);
  ASSERT_TRUE(connection.Send(FormatRequest("HEAD", "/x")));
  connection.ExpectNoBody();
  auto head = connection.Read();
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->status, 200);
  EXPECT_NE(head->Header("content-length"), "0");
  EXPECT_TRUE(head->body.empty());
  // The connection is still usable: no stray body bytes were sent.
  ASSERT_TRUE(connection.Send(FormatRequest("GET", "/after")));
  auto after = connection.Read();
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(nlohmann::json::parse(after->body)["path"], "/after");
}

TEST_F(ServerTest, OversizedHeaderIsRefusedWith431) {
  ServerOptions options;
  options.max_header_bytes = 16 * 1024;
  StartServer(options);
  Connection connection(port_);
  std::string big = "X-Big: " + std::string(20 * 1024, 'a') + "\r\n";
  connection.Send(FormatRequest("GET", "/x", "", big));
  auto reply = connection.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 431);
  EXPECT_EQ(nlohmann::json::parse(reply->body)["error"]["code"], "header_too_large");
  EXPECT_TRUE(connection.WaitForClose(seconds(10)));
}

TEST_F(ServerTest, HeaderJustUnderTheLimitIsAccepted) {
  ServerOptions options;
  options.max_header_bytes = 16 * 1024;
  StartServer(options);
  std::string big = "X-Big: " + std::string(12 * 1024, 'a') + "\r\n";
  auto reply = Fetch(port_, "GET", "/x", "", big);
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
}

TEST_F(ServerTest, AnnouncedOversizedBodyIsRefusedBeforeItIsSent) {
  ServerOptions options;
  options.max_body_bytes = 1024 * 1024;
  StartServer(options);
  Connection connection(port_);
  // Only the header: the server must answer without waiting for the body.
  connection.Send(
      "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 2097152\r\n\r\n");
  auto reply = connection.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 413);
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["error"]["code"], "too_large");
  EXPECT_TRUE(body["error"].contains("message"));
  EXPECT_TRUE(body["error"].contains("field"));
  EXPECT_TRUE(connection.WaitForClose(seconds(10)));
}

TEST_F(ServerTest, ChunkedBodyOverTheLimitIsRefused) {
  ServerOptions options;
  options.max_body_bytes = 1000;
  StartServer(options);
  Connection connection(port_);
  std::string chunk(800, 'a');
  std::string request =
      "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
      "320\r\n" +
      chunk + "\r\n320\r\n" + chunk + "\r\n0\r\n\r\n";
  connection.Send(request);
  auto reply = connection.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 413);
}

TEST_F(ServerTest, BodyAtTheLimitIsAccepted) {
  ServerOptions options;
  options.max_body_bytes = 64 * 1024;
  StartServer(options);
  std::string body(64 * 1024, 'b');
  auto reply = Fetch(port_, "POST", "/echo", body);
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body.size(), body.size());
}

TEST_F(ServerTest, ExpectContinueGetsTheBodyRead) {
  StartServer();
  Connection connection(port_);
  connection.Send(
      "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
  // The client waits for "100 Continue" before sending the body.
  ASSERT_FALSE(connection.WaitForClose(milliseconds(300)));
  connection.Send("hello");
  auto reply = connection.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, "hello");
}

TEST_F(ServerTest, MalformedRequestIsAnswered400) {
  StartServer();
  Connection connection(port_);
  connection.Send("GET /x HTTP/1.1\r\nHost x no colon\r\n\r\n");
  auto reply = connection.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 400);
  EXPECT_EQ(nlohmann::json::parse(reply->body)["error"]["code"], "invalid_input");
}

TEST_F(ServerTest, AbsoluteFormTargetIsRefused) {
  StartServer();
  auto reply = Fetch(port_, "GET", "http://example.com/x");
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 400);
}

TEST_F(ServerTest, HandlerExceptionBecomes500WithoutDetails) {
  StartServer();
  auto reply = Fetch(port_, "GET", "/throw");
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 500);
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["error"]["code"], "internal");
  EXPECT_EQ(body["error"]["message"], "internal error");
  // The server is still serving.
  auto again = Fetch(port_, "GET", "/x");
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->status, 200);
}

TEST_F(ServerTest, IncompleteRequestIsClosedAfterTheReadTimeout) {
  ServerOptions options;
  options.read_timeout = milliseconds(300);
  options.idle_timeout = seconds(60);
  StartServer(options);
  Connection connection(port_);
  connection.Send(FormatRequest("GET", "/first"));
  ASSERT_TRUE(connection.Read().has_value());
  // The next request starts but never ends: the read timeout, not the much
  // longer idle timeout, applies once its first byte has arrived.
  connection.Send("GET /x HTTP/1.1\r\nHost: x\r\n");
  EXPECT_TRUE(connection.WaitForClose(seconds(10)));
}

TEST_F(ServerTest, SilentConnectionIsClosedAfterTheReadTimeout) {
  ServerOptions options;
  options.read_timeout = milliseconds(300);
  StartServer(options);
  Connection connection(port_);
  EXPECT_TRUE(connection.WaitForClose(seconds(10)));
}

TEST_F(ServerTest, IdleKeepAliveConnectionIsClosedAfterTheIdleTimeout) {
  ServerOptions options;
  options.idle_timeout = milliseconds(300);
  StartServer(options);
  Connection connection(port_);
  connection.Send(FormatRequest("GET", "/x"));
  ASSERT_TRUE(connection.Read().has_value());
  EXPECT_TRUE(connection.WaitForClose(seconds(10)));
}

TEST_F(ServerTest, KeepsAnsweringWhile200SlowClientsHoldConnections) {
  StartServer();  // default: 2 threads, 30 s read timeout
  std::vector<Connection> idle(200);
  int opened = 0;
  for (size_t i = 0; i < idle.size(); ++i) {
    if (!idle[i].Open(port_)) continue;
    ++opened;
    // Half of them trickle a partial header (slowloris), half send nothing.
    if (i % 2 == 0) idle[i].Send("GET /slow-loris HTTP/1.1\r\nHost: x\r\nX-A: ");
  }
  ASSERT_EQ(opened, 200);
  for (int i = 0; i < 50; ++i) {
    auto reply = Fetch(port_, "GET", "/ping");
    ASSERT_TRUE(reply.has_value()) << "request " << i;
    EXPECT_EQ(reply->status, 200);
  }
  EXPECT_GE(server_->open_connections(), 200);
}

TEST_F(ServerTest, ConnectionsBeyondTheCapGet503) {
  ServerOptions options;
  options.max_connections = 5;
  StartServer(options);
  std::vector<Connection> held(5);
  for (auto& connection : held) ASSERT_TRUE(connection.Open(port_));
  // Wait until the server has accepted all five.
  for (int i = 0; i < 200 && server_->open_connections() < 5; ++i) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  ASSERT_EQ(server_->open_connections(), 5);
  Connection extra(port_);
  extra.Send(FormatRequest("GET", "/x"));
  auto reply = extra.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 503);
  // Freeing a slot lets new clients in again.
  held.clear();
  std::optional<testing::Reply> later;
  for (int i = 0; i < 200; ++i) {
    later = Fetch(port_, "GET", "/x");
    if (later && later->status == 200) break;
    std::this_thread::sleep_for(milliseconds(10));
  }
  ASSERT_TRUE(later.has_value());
  EXPECT_EQ(later->status, 200);
}

TEST_F(ServerTest, GracefulStopFinishesTheRequestInFlight) {
  StartServer();
  Connection busy(port_);
  ASSERT_TRUE(busy.Send(FormatRequest("GET", "/slow")));
  ASSERT_TRUE(gate_.WaitEntered());
  Connection idle(port_);
  ASSERT_TRUE(idle.Send(FormatRequest("GET", "/x")));
  ASSERT_TRUE(idle.Read().has_value());

  server_->Stop();
  // The idle keep-alive connection is closed; new connections are refused.
  EXPECT_TRUE(idle.WaitForClose(seconds(10)));
  bool refused = false;
  for (int i = 0; i < 200 && !refused; ++i) {
    Connection probe;
    refused = !probe.Open(port_);
    if (!refused) std::this_thread::sleep_for(milliseconds(10));
  }
  EXPECT_TRUE(refused);

  // The request in flight still gets its full answer, then the close.
  gate_.Open();
  auto reply = busy.Read();
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(nlohmann::json::parse(reply->body)["slow"], true);
  EXPECT_EQ(reply->Header("connection"), "close");
  server_->Wait();
  EXPECT_EQ(server_->open_connections(), 0);
}

TEST_F(ServerTest, StopWithNoConnectionsReturnsPromptly) {
  StartServer();
  auto started = std::chrono::steady_clock::now();
  server_->Stop();
  server_->Wait();
  // Generous: the grace period (30 s) must not be waited out.
  EXPECT_LT(std::chrono::steady_clock::now() - started, seconds(20));
}

TEST_F(ServerTest, GracePeriodEndsAStuckShutdown) {
  ServerOptions options;
  options.shutdown_grace = milliseconds(200);
  StartServer(options);
  Connection slow(port_);
  slow.Send("GET /x HTTP/1.1\r\nHost: x\r\n");  // a request that never completes
  for (int i = 0; i < 200 && server_->open_connections() < 1; ++i) {
    std::this_thread::sleep_for(milliseconds(10));
  }
  server_->Stop();
  server_->Wait();  // returns once the grace period has closed the connection
  EXPECT_TRUE(slow.WaitForClose(seconds(10)));
}

TEST(ServerStartTest, BusyPortIsUnavailable) {
  ServerOptions options;
  options.port = 0;
  options.log_requests = false;
  Server first(options, [](Request&) { return Response(); });
  ASSERT_TRUE(first.Start().ok());
  options.port = first.port();
  Server second(options, [](Request&) { return Response(); });
  Status status = second.Start();
  EXPECT_EQ(status.code(), Code::kUnavailable);
}

TEST(ServerStartTest, BadAddressIsInvalidInput) {
  ServerOptions options;
  options.address = "not-an-address";
  options.port = 0;
  Server server(options, [](Request&) { return Response(); });
  EXPECT_EQ(server.Start().code(), Code::kInvalidInput);
}

TEST(ServerLogTest, LogsOneLinePerRequestWithoutTheQuery) {
  std::mutex mu;
  std::vector<std::string> lines;
  ServerOptions options;
  options.port = 0;
  options.access_log = [&](std::string_view line) {
    std::lock_guard lock(mu);
    lines.emplace_back(line);
  };
  {
    Server server(options, [](Request&) { return JsonResponse(201, {{"ok", true}}); });
    ASSERT_TRUE(server.Start().ok());
    auto reply = Fetch(server.port(), "POST", "/api/v1/things?token=secret", "{}");
    ASSERT_TRUE(reply.has_value());
  }
  std::lock_guard lock(mu);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr("\"POST /api/v1/things\" 201"));
  EXPECT_THAT(lines[0], ::testing::Not(HasSubstr("secret")));
}

}  // namespace
}  // namespace firsthire::http

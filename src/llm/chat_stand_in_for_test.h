// For the tests only: a stand-in for an OpenAI-compatible model server. It
// listens on 127.0.0.1 (a free port), records every request and answers each
// with the reply the test set: a status and a body, or silence (the request
// is read and never answered, to test the client's deadline).
#ifndef FIRSTHIRE_LLM_CHAT_STAND_IN_FOR_TEST_H_
#define FIRSTHIRE_LLM_CHAT_STAND_IN_FOR_TEST_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace firsthire::llm::testing {

struct StandInReply {
  int status = 200;
  std::string body;
  bool silent = false;
  bool chunked = false;  // chunked transfer encoding instead of Content-Length
};

struct RecordedRequest {
  std::string method;
  std::string target;
  std::string authorization;  // the Authorization header, empty when absent
  std::string body;
};

// An OpenAI-style chat completion whose message is `content`.
inline std::string ChatCompletionBody(const std::string& content) {
  return nlohmann::json{{"id", "stand-in"},
                        {"object", "chat.completion"},
                        {"choices",
                         {{{"index", 0},
                           {"message", {{"role", "assistant"}, {"content", content}}},
                           {"finish_reason", "stop"}}}}}
      .dump();
}

class ChatStandIn {
 public:
  explicit ChatStandIn(StandInReply reply)
      : reply_(std::move(reply)),
        acceptor_(io_, {boost::asio::ip::make_address("127.0.0.1"), 0}),
        port_(std::to_string(acceptor_.local_endpoint().port())) {
    Accept();
    thread_ = std::thread([this] { io_.run(); });
  }
  ~ChatStandIn() {
    io_.stop();
    thread_.join();
  }
  ChatStandIn(const ChatStandIn&) = delete;
  ChatStandIn& operator=(const ChatStandIn&) = delete;

  std::string port() const { return port_; }
  std::string endpoint() const { return "http://127.0.0.1:" + port() + "/v1"; }

  std::vector<RecordedRequest> requests() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }

 private:
  using Socket = boost::asio::ip::tcp::socket;
  struct Exchange {
    explicit Exchange(Socket s) : socket(std::move(s)) {}
    Socket socket;
    boost::beast::flat_buffer buffer;
    boost::beast::http::request<boost::beast::http::string_body> request;
    boost::beast::http::response<boost::beast::http::string_body> response;
  };

  void Accept() {
    acceptor_.async_accept([this](boost::system::error_code ec, Socket socket) {
      if (ec) return;
      auto exchange = std::make_shared<Exchange>(std::move(socket));
      boost::beast::http::async_read(exchange->socket, exchange->buffer, exchange->request,
                                     [this, exchange](boost::system::error_code ec, size_t) {
                                       if (!ec) Answer(exchange);
                                     });
      Accept();
    });
  }

  void Answer(const std::shared_ptr<Exchange>& exchange) {
    namespace http = boost::beast::http;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      const auto& r = exchange->request;
      requests_.push_back({std::string(r.method_string()), std::string(r.target()),
                           std::string(r[http::field::authorization]), r.body()});
    }
    if (reply_.silent) {
      held_.push_back(exchange);  // kept open, never answered
      return;
    }
    exchange->response.result(static_cast<unsigned>(reply_.status));
    exchange->response.set(http::field::content_type, "application/json");
    exchange->response.body() = reply_.body;
    exchange->response.keep_alive(false);
    if (reply_.chunked) {
      exchange->response.chunked(true);
    } else {
      exchange->response.prepare_payload();
    }
    http::async_write(exchange->socket, exchange->response,
                      [exchange](boost::system::error_code, size_t) {
                        boost::system::error_code ignored;
                        exchange->socket.shutdown(Socket::shutdown_both, ignored);
                      });
  }

  StandInReply reply_;
  boost::asio::io_context io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  std::string port_;  // read once, before the io thread starts
  std::thread thread_;
  mutable std::mutex mutex_;
  std::vector<RecordedRequest> requests_;
  std::vector<std::shared_ptr<Exchange>> held_;  // only touched on the io thread
};

// A port on 127.0.0.1 where nothing listens: bound, then released.
inline std::string ClosedPort() {
  boost::asio::io_context io;
  boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
  return std::to_string(acceptor.local_endpoint().port());
}

}  // namespace firsthire::llm::testing

#endif  // FIRSTHIRE_LLM_CHAT_STAND_IN_FOR_TEST_H_

#include "llm/http_post.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace firsthire::llm {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

std::string Where(const HttpPostRequest& r) {
  return (r.host.find(':') != std::string::npos ? "[" + r.host + "]" : r.host) + ":" + r.port;
}

Status Failure(const HttpPostRequest& r, const char* stage, const beast::error_code& ec) {
  std::string where = Where(r);
  if (ec == beast::error::timeout) {
    auto ms = r.timeout.count();
    std::string limit =
        ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
    return Status::Unavailable("no answer from " + where + " within " + limit +
                               " (FIRSTHIRE_LLM_TIMEOUT)");
  }
  if (ec == net::error::connection_refused) {
    return Status::Unavailable("connection refused by " + where + ": is the model server running?");
  }
  if (ec == http::error::body_limit || ec == http::error::header_limit) {
    return Status::TooLarge("the answer from " + where + " is larger than " +
                            std::to_string(r.max_answer_bytes) + " bytes");
  }
  return Status::Unavailable(std::string(stage) + " " + where + " failed: " + ec.message());
}

// The exchange, one step after another on one io_context; the stream's
// expiry (set once, before connecting) bounds connect, write and read.
class Exchange {
 public:
  Exchange(net::io_context& io, const HttpPostRequest& r) : r_(r), stream_(io) {}

  Result<HttpAnswer> Run(net::io_context& io, const tcp::resolver::results_type& addresses) {
    request_ = {http::verb::post, r_.target, 11};
    request_.set(http::field::host, Where(r_));
    request_.set(http::field::content_type, "application/json");
    request_.set(http::field::accept, "application/json");
    request_.set(http::field::user_agent, "firsthire");
    for (const auto& [name, value] : r_.headers) request_.set(name, value);
    request_.body() = r_.body;
    request_.prepare_payload();
    parser_.body_limit(r_.max_answer_bytes);
    stream_.expires_after(r_.timeout);
    stream_.async_connect(addresses, [this](beast::error_code ec, const tcp::endpoint&) {
      if (ec) return Fail("connecting to", ec);
      http::async_write(stream_, request_, [this](beast::error_code ec, size_t) {
        if (ec) return Fail("sending to", ec);
        http::async_read_header(stream_, buffer_, parser_, [this](beast::error_code ec, size_t) {
          if (ec) return Fail("reading from", ec);
          // A declared length past the limit is refused before its body is read
          // (checked here: this Beast's parser lets a declared length through
          // body_limit; a chunked body is held to it).
          if (parser_.content_length().value_or(0) > r_.max_answer_bytes) {
            return Fail("reading from", http::error::body_limit);
          }
          http::async_read(stream_, buffer_, parser_, [this](beast::error_code ec, size_t) {
            if (ec) return Fail("reading from", ec);
            beast::error_code ignored;
            stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
          });
        });
      });
    });
    io.run();
    if (!status_.ok()) return status_;
    const auto& answer = parser_.get();
    return HttpAnswer{static_cast<int>(answer.result_int()), std::string(answer.reason()),
                      answer.body()};
  }

 private:
  void Fail(const char* stage, const beast::error_code& ec) { status_ = Failure(r_, stage, ec); }

  const HttpPostRequest& r_;
  beast::tcp_stream stream_;
  http::request<http::string_body> request_;
  http::response_parser<http::string_body> parser_;
  beast::flat_buffer buffer_;
  Status status_;
};

class BeastHttpPoster : public HttpPoster {
 public:
  Result<HttpAnswer> Post(const HttpPostRequest& request) override {
    try {
      net::io_context io;
      tcp::resolver resolver(io);
      beast::error_code ec;
      auto addresses = resolver.resolve(request.host, request.port, ec);
      if (ec) return Failure(request, "resolving", ec);
      Exchange exchange(io, request);
      return exchange.Run(io, addresses);
    } catch (const std::exception& e) {  // allocation failure and the like
      return Status::Unavailable("asking " + Where(request) + " failed: " + e.what());
    }
  }
};

}  // namespace

std::unique_ptr<HttpPoster> MakeBeastHttpPoster() { return std::make_unique<BeastHttpPoster>(); }

}  // namespace firsthire::llm

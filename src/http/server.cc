// The only translation unit that includes Beast: keep it that way (compile
// time). Boost 1.74 with -std=c++20 on g++ 12 needs <utility> before Asio.
#include <utility>

#include "http/server.h"

#include <sys/socket.h>

#include <cerrno>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/http/span_body.hpp>

namespace firsthire::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kReadChunk = 4096;
// After an error answer the server stops sending and reads (discards) what
// the client still sends for this long, so that the client sees the answer
// instead of a connection reset.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::size_t kLingerBytes = 4u << 20;
constexpr char kContinue[] = "HTTP/1.1 100 Continue\r\n\r\n";

bool HasControlCharacter(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

std::string Lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The bytes of a complete HTTP/1.1 response with Content-Length, for the
// few answers written without Beast's serializer.
std::string SerializeClosing(Response response) {
  AddSecurityHeaders(response);
  std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " +
                    std::string(bhttp::obsolete_reason(
                        bhttp::int_to_status(static_cast<unsigned>(response.status)))) +
                    "\r\n";
  if (!response.content_type.empty()) out += "Content-Type: " + response.content_type + "\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  out += "Content-Length: " + std::to_string(response.Body().size()) + "\r\n";
  out += "Connection: close\r\n\r\n";
  out += response.Body();
  return out;
}

// The status line and header fields of `out`, as Beast writes them, for an
// answer whose body is sent by other means (a sealed file).
std::string HeadBytes(const bhttp::response<bhttp::empty_body>& out) {
  bhttp::response_serializer<bhttp::empty_body> serializer(out);
  serializer.split(true);
  std::string head;
  beast::error_code ec;
  while (!ec && !serializer.is_header_done()) {
    std::size_t taken = 0;
    serializer.next(ec, [&](beast::error_code&, const auto& buffers) {
      for (auto buffer : beast::buffers_range_ref(buffers)) {
        head.append(static_cast<const char*>(buffer.data()), buffer.size());
      }
      taken = beast::buffer_bytes(buffers);
    });
    serializer.consume(taken);
  }
  return head;
}

// True when the peer has closed its side of the connection (or it broke):
// a non-blocking peek reads end-of-stream or an error other than "no data".
bool PeerClosed(int fd) {
  char byte = 0;
  ssize_t got = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  if (got > 0) return false;
  if (got == 0) return true;
  return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
}

// A failure's message fit for the log: quoted parts (where database
// messages put values, which may be personal data) become '…', control
// characters a space, at most 200 bytes.
std::string LogSafeCause(std::string_view cause) {
  std::string out;
  char quote = 0;
  for (char c : cause) {
    if (quote != 0) {
      if (c == quote) {
        quote = 0;
        out += "...";
        out += c;
      }
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
      out += c;
    } else {
      out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
    }
    if (out.size() >= 200) break;
  }
  if (quote != 0) out += "...";
  return out;
}

}  // namespace

class Connection;

// Everything the server does; Server::Impl below only names it.
class ServerCore {
 public:
  ServerCore(ServerOptions options, RequestHandler handler)
      : options_(std::move(options)),
        handler_(std::move(handler)),
        ioc_(std::max(1, options_.threads)),
        strand_(net::make_strand(ioc_)),
        acceptor_(strand_),
        signals_(strand_),
        grace_timer_(strand_),
        accept_retry_(strand_) {
    Response busy = ErrorResponse(503, "unavailable", "too many open connections");
    busy.SetHeader("Retry-After", "1");
    busy_answer_ = SerializeClosing(std::move(busy));
  }

  Status Start();
  void Stop();
  void Wait();
  Status Run();
  uint16_t port() const { return port_.load(); }
  int open_connections() const { return open_.load(); }

  // For connections.
  const ServerOptions& options() const { return options_; }
  bool stopping() const { return stopping_.load(); }
  Response Handle(Request& request);
  void Log(std::string_view line);
  void Unregister(uint64_t id);
  // Once the kernel refused sendfile, bodies are copied from then on.
  bool send_file_refused() const { return send_file_refused_.load(); }
  void NoteSendFileRefused() { send_file_refused_ = true; }

 private:
  void Accept();
  void OnAccept(beast::error_code ec, tcp::socket socket);
  void ShutdownOnStrand();
  void ForceCloseAll();
  std::vector<std::shared_ptr<Connection>> Snapshot();

  ServerOptions options_;
  RequestHandler handler_;
  net::io_context ioc_;
  net::strand<net::io_context::executor_type> strand_;
  tcp::acceptor acceptor_;  // on strand_, like everything below
  net::signal_set signals_;
  net::steady_timer grace_timer_;
  net::steady_timer accept_retry_;
  std::string busy_answer_;
  bool shutdown_begun_ = false;  // on strand_
  uint64_t next_id_ = 0;         // on strand_

  std::atomic<uint16_t> port_{0};
  std::atomic<int> open_{0};
  std::atomic<bool> stopping_{false};
  std::atomic<bool> started_{false};
  std::atomic<bool> send_file_refused_{false};

  std::mutex threads_mu_;
  std::vector<std::thread> threads_;

  std::mutex connections_mu_;
  std::unordered_map<uint64_t, std::weak_ptr<Connection>> connections_;

  friend class Connection;
};

// One client connection: a state machine on its own strand.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket&& socket, ServerCore* server, uint64_t id, std::string remote)
      : stream_(std::move(socket)),
        send_deadline_(stream_.get_executor()),
        server_(server),
        id_(id),
        remote_(std::move(remote)) {}
  ~Connection() { server_->Unregister(id_); }

  void Start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Connection::OnStart, shared_from_this()));
  }
  // Graceful: close if idle; otherwise finish the current request and close.
  void BeginShutdown() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      self->stopping_ = true;
      if (self->phase_ == Phase::kIdle) self->Close();
    });
  }
  void ForceClose() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->Close(); });
  }

 private:
  enum class Phase { kIdle, kReading, kBusy, kClosing };

  const ServerOptions& options() const { return server_->options(); }

  void OnStart() {
    beast::error_code ignored;
    stream_.socket().non_blocking(true, ignored);  // for sendfile (SendFile)
    stream_.expires_after(options().read_timeout);
    WaitForBytes();
  }

  // Idle: wait for the first byte of the next request.
  void WaitForBytes() {
    phase_ = Phase::kIdle;
    if (stopping_) {
      Close();
      return;
    }
    if (buffer_.size() > 0) {  // pipelined request already buffered
      BeginRequest();
      return;
    }
    stream_.async_read_some(buffer_.prepare(kReadChunk),
                            beast::bind_front_handler(&Connection::OnBytes, shared_from_this()));
  }

  void OnBytes(beast::error_code ec, std::size_t bytes) {
    if (ec || closed_) {
      Close();
      return;
    }
    buffer_.commit(bytes);
    BeginRequest();
  }

  void BeginRequest() {
    phase_ = Phase::kReading;
    if (!first_request_) stream_.expires_after(options().read_timeout);
    started_at_ = Clock::now();
    parser_.emplace();
    parser_->header_limit(
        static_cast<std::uint32_t>(std::min<std::size_t>(options().max_header_bytes, UINT32_MAX)));
    parser_->body_limit(options().max_body_bytes);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Connection::OnHeader, shared_from_this()));
  }

  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec) {
      OnReadError(ec);
      return;
    }
    if (parser_->is_done()) {
      HandleRequest();
      return;
    }
    const auto& header = parser_->get();
    auto expect = header.find(bhttp::field::expect);
    if (expect != header.end() && beast::iequals(expect->value(), "100-continue")) {
      net::async_write(stream_, net::buffer(kContinue, sizeof(kContinue) - 1),
                       [self = shared_from_this()](beast::error_code write_ec, std::size_t) {
                         if (write_ec) {
                           self->Close();
                           return;
                         }
                         self->ReadBody();
                       });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Connection::OnBody, shared_from_this()));
  }

  void OnBody(beast::error_code ec, std::size_t) {
    if (ec) {
      OnReadError(ec);
      return;
    }
    HandleRequest();
  }

  void OnReadError(beast::error_code ec) {
    if (closed_ || ec == net::error::operation_aborted) {
      Close();
    } else if (ec == bhttp::error::header_limit) {
      SendError(431, "header_too_large", "request header fields too large");
    } else if (ec == bhttp::error::body_limit) {
      SendError(413, "too_large",
                "request body larger than " + std::to_string(options().max_body_bytes) + " bytes");
    } else if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message) {
      Close();  // the client went away
    } else if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()) {
      SendError(400, "invalid_input", "malformed HTTP request: " + ec.message());
    } else {
      Close();  // connection reset and the like
    }
  }

  // Answers a request that was not (completely) read, then closes.
  void SendError(int status, std::string_view code, const std::string& message) {
    unread_input_ = true;
    if (parser_ && parser_->is_header_done()) {
      method_ = std::string(parser_->get().method_string());
      path_ = std::string(parser_->get().target().substr(0, parser_->get().target().find('?')));
    } else {
      method_ = "-";
      path_ = "-";
    }
    Respond(ErrorResponse(status, code, message), /*keep_alive=*/false, /*head=*/false);
  }

  void HandleRequest() {
    phase_ = Phase::kBusy;
    auto& message = parser_->get();
    Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    method_ = request.method;
    if (request.target.empty() || request.target.front() != '/') {
      path_ = "-";
      Respond(ErrorResponse(400, "invalid_input", "request target must be an absolute path"), false,
              false);
      return;
    }
    std::size_t question = request.target.find('?');
    request.path = request.target.substr(0, question);
    if (question != std::string::npos) request.query = request.target.substr(question + 1);
    path_ = request.path;
    request.headers.reserve(16);
    for (const auto& field : message) {
      request.headers.emplace_back(
          Lowercase(std::string_view(field.name_string().data(), field.name_string().size())),
          std::string(field.value()));
    }
    request.body = std::move(message.body());
    request.remote_address = remote_;
    // The handler runs on this connection's strand, so the socket stays open
    // (and nothing else reads it) while the handler may poll it.
    request.abandoned = [server = server_, fd = stream_.socket().native_handle()] {
      return server->stopping() || PeerClosed(fd);
    };
    bool keep_alive = message.keep_alive();
    bool head = message.method() == bhttp::verb::head;
    parser_.reset();
    Response response = server_->Handle(request);
    Respond(std::move(response), keep_alive, head);
  }

  void Respond(Response response, bool keep_alive, bool head) {
    phase_ = Phase::kBusy;
    keep_alive = keep_alive && !stopping_ && !server_->stopping();
    status_ = response.status;
    try {
      AddSecurityHeaders(response);
      if (response.status < 100 || response.status > 599) response.status = 500;
      bool no_body = response.status == 204 || response.status == 304;
      if (response.body_file && response.shared_body && !no_body && !head &&
          !server_->send_file_refused()) {
        SendFile(response, keep_alive);
        return;
      }
      if (response.shared_body && !no_body) {
        // The shared bytes are sent as they are; shared_body_ keeps them
        // alive until the write is done.
        shared_body_ = std::move(response.shared_body);
        auto& out = shared_response_.emplace();
        FillHead(out, response, keep_alive);
        out.body() =
            bhttp::span_body<const char>::value_type(shared_body_->data(), shared_body_->size());
        out.prepare_payload();
        if (head) out.body() = {};  // Content-Length stays that of GET
        body_bytes_ = out.body().size();
        stream_.expires_after(options().write_timeout);
        bhttp::async_write(
            stream_, out,
            [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
              self->OnWrite(ec, keep_alive);
            });
        return;
      }
      auto& out = response_.emplace();
      FillHead(out, response, keep_alive);
      if (no_body) response.body.clear();
      out.body() = std::move(response.body);
      out.prepare_payload();
      if (head) out.body().clear();  // Content-Length stays that of GET
    } catch (const std::exception& e) {
      server_->Log(std::string("response could not be built: ") + e.what());
      shared_response_.reset();
      shared_body_.reset();
      auto& out = response_.emplace(bhttp::status::internal_server_error, 11);
      keep_alive = false;
      status_ = 500;
      out.keep_alive(false);
      out.prepare_payload();
    }
    body_bytes_ = response_->body().size();
    stream_.expires_after(options().write_timeout);
    bhttp::async_write(stream_, *response_,
                       [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                         self->OnWrite(ec, keep_alive);
                       });
  }

  // The header through Beast's serializer, then the body with sendfile from
  // its sealed file (http/file_send.h), waiting for the socket to take more
  // without holding a thread, within the write timeout.
  void SendFile(Response& response, bool keep_alive) {
    bhttp::response<bhttp::empty_body> out;
    FillHead(out, response, keep_alive);
    out.content_length(response.body_file->size());
    body_bytes_ = response.body_file->size();
    shared_body_ = std::move(response.shared_body);  // for a refused sendfile
    file_send_.emplace(HeadBytes(out), std::move(response.body_file), options().send_file);
    send_deadline_.expires_after(options().write_timeout);
    send_deadline_.async_wait([self = shared_from_this(), send = ++sends_](beast::error_code ec) {
      if (!ec && send == self->sends_ && self->file_send_) self->Close();
    });
    ContinueFileSend(keep_alive);
  }

  void ContinueFileSend(bool keep_alive) {
    int error = 0;
    switch (file_send_->Continue(stream_.socket().native_handle(), &error)) {
      case FileSend::Outcome::kDone:
        send_deadline_.cancel();
        OnWrite({}, keep_alive);
        return;
      case FileSend::Outcome::kWouldBlock:
        stream_.socket().async_wait(tcp::socket::wait_write, [self = shared_from_this(),
                                                              keep_alive](beast::error_code ec) {
          if (ec || self->closed_) {
            self->OnWrite(ec ? ec : beast::error_code(net::error::operation_aborted), keep_alive);
            return;
          }
          self->ContinueFileSend(keep_alive);
        });
        return;
      case FileSend::Outcome::kRefused: {
        // The header is out; the rest of the body goes as copied bytes.
        server_->NoteSendFileRefused();
        send_deadline_.cancel();
        std::size_t sent = file_send_->offset();
        stream_.expires_after(options().write_timeout);
        net::async_write(stream_,
                         net::buffer(shared_body_->data() + sent, shared_body_->size() - sent),
                         [self = shared_from_this(), keep_alive](
                             beast::error_code ec, std::size_t) { self->OnWrite(ec, keep_alive); });
        return;
      }
      case FileSend::Outcome::kFailed:
        send_deadline_.cancel();
        OnWrite(beast::error_code(error, boost::system::system_category()), keep_alive);
        return;
    }
  }

  // The status line and header fields of `response` into `out`.
  template <typename Body>
  static void FillHead(bhttp::response<Body>& out, const Response& response, bool keep_alive) {
    out.version(11);
    out.result(static_cast<unsigned>(response.status));
    out.set(bhttp::field::server, "firsthire");
    if (!response.content_type.empty() && !HasControlCharacter(response.content_type)) {
      out.set(bhttp::field::content_type, response.content_type);
    }
    for (const auto& [name, value] : response.headers) {
      if (name.empty() || HasControlCharacter(name) || HasControlCharacter(value)) continue;
      out.insert(name, value);
    }
    out.keep_alive(keep_alive);
  }

  void OnWrite(beast::error_code ec, bool keep_alive) {
    LogRequest();
    response_.reset();
    shared_response_.reset();
    shared_body_.reset();
    file_send_.reset();
    if (ec) {
      Close();
      return;
    }
    if (!keep_alive || stopping_) {
      if (unread_input_ || buffer_.size() > 0) {
        Linger();
      } else {
        Close();
      }
      return;
    }
    first_request_ = false;
    stream_.expires_after(options().idle_timeout);
    WaitForBytes();
  }

  // Half-close, then read and discard until the client closes or a short
  // while has passed: the client then reads the answer rather than a reset.
  void Linger() {
    phase_ = Phase::kClosing;
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
      Close();
      return;
    }
    stream_.expires_after(std::min<Clock::duration>(kLingerTime, options().read_timeout));
    DrainSome();
  }

  void DrainSome() {
    drain_.resize(kReadChunk);
    stream_.async_read_some(net::buffer(drain_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t bytes) {
                              self->drained_ += bytes;
                              if (ec || self->closed_ || self->drained_ > kLingerBytes) {
                                self->Close();
                                return;
                              }
                              self->DrainSome();
                            });
  }

  void Close() {
    if (closed_) return;
    closed_ = true;
    phase_ = Phase::kClosing;
    send_deadline_.cancel();
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.close();
  }

  void LogRequest() {
    if (!options().log_requests) return;
    auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_at_).count();
    std::string line;
    line.reserve(96 + path_.size());
    line += remote_;
    line += " \"";
    line += method_;
    line += ' ';
    line += path_;
    line += "\" ";
    line += std::to_string(status_);
    line += ' ';
    line += std::to_string(body_bytes_);
    line += "B ";
    line += std::to_string(micros);
    line += "us";
    server_->Log(line);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::response<bhttp::string_body>> response_;
  // Or, for a Response with a shared body, the answer and those bytes.
  std::optional<bhttp::response<bhttp::span_body<const char>>> shared_response_;
  std::shared_ptr<const std::string> shared_body_;
  // Or, for a body in a sealed file, its progress and the write deadline.
  std::optional<FileSend> file_send_;
  net::steady_timer send_deadline_;
  uint64_t sends_ = 0;  // which file send the deadline belongs to
  std::string drain_;
  std::size_t drained_ = 0;
  ServerCore* server_;
  uint64_t id_;
  std::string remote_;
  Phase phase_ = Phase::kIdle;
  bool first_request_ = true;
  bool stopping_ = false;
  bool closed_ = false;
  bool unread_input_ = false;  // the client may still be sending
  // For the access log line.
  Clock::time_point started_at_ = Clock::now();
  std::string method_;
  std::string path_;
  int status_ = 0;
  std::size_t body_bytes_ = 0;
};

// --- Server::Impl ---------------------------------------------------------

Status ServerCore::Start() {
  if (started_.exchange(true)) return Status::Internal("server started twice");
  if (stopping_) return Status::Unavailable("server already stopped");
  if (options_.threads < 1 || options_.max_connections < 1 || options_.max_header_bytes < 512) {
    return Status::InvalidInput("server options out of range");
  }
  beast::error_code ec;
  net::ip::address address = net::ip::make_address(options_.address, ec);
  if (ec) return Status::InvalidInput("not an IP address: " + options_.address);
  tcp::endpoint endpoint(address, options_.port);
  std::string where = options_.address + ":" + std::to_string(options_.port);
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return Status::Unavailable("cannot listen on " + where + ": " + ec.message());
  // sendfile(2) has no MSG_NOSIGNAL: a peer gone mid-answer must be an
  // EPIPE, not the end of the process.
  std::signal(SIGPIPE, SIG_IGN);
  port_ = acceptor_.local_endpoint(ec).port();
  net::post(strand_, [this] { Accept(); });
  std::lock_guard lock(threads_mu_);
  for (int i = 0; i < options_.threads; ++i) {
    threads_.emplace_back([this] {
      while (true) {
        try {
          ioc_.run();
          return;
        } catch (const std::exception& e) {
          Log(std::string("worker caught an exception: ") + e.what());
        } catch (...) {
          Log("worker caught an unknown exception");
        }
      }
    });
  }
  return Status::Ok();
}

void ServerCore::Accept() {
  if (stopping_) return;
  acceptor_.async_accept(net::make_strand(ioc_),
                         beast::bind_front_handler(&ServerCore::OnAccept, this));
}

void ServerCore::OnAccept(beast::error_code ec, tcp::socket socket) {
  if (stopping_ || ec == net::error::operation_aborted) return;
  if (ec) {
    // Out of file descriptors and the like: wait a little and try again.
    Log("accept failed: " + ec.message());
    accept_retry_.expires_after(std::chrono::milliseconds(50));
    accept_retry_.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec) Accept();
    });
    return;
  }
  beast::error_code ignored;
  if (open_.load() >= options_.max_connections) {
    socket.non_blocking(true, ignored);
    socket.write_some(net::buffer(busy_answer_), ignored);
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
    Accept();
    return;
  }
  socket.set_option(tcp::no_delay(true), ignored);
  std::string remote = socket.remote_endpoint(ignored).address().to_string();
  uint64_t id = ++next_id_;
  ++open_;
  auto connection = std::make_shared<Connection>(std::move(socket), this, id, std::move(remote));
  {
    std::lock_guard lock(connections_mu_);
    connections_.emplace(id, connection);
  }
  connection->Start();
  Accept();
}

void ServerCore::Unregister(uint64_t id) {
  {
    std::lock_guard lock(connections_mu_);
    connections_.erase(id);
  }
  if (open_.fetch_sub(1) == 1 && stopping_) {
    net::post(strand_, [this] { grace_timer_.cancel(); });
  }
}

std::vector<std::shared_ptr<Connection>> ServerCore::Snapshot() {
  std::vector<std::shared_ptr<Connection>> out;
  std::lock_guard lock(connections_mu_);
  out.reserve(connections_.size());
  for (auto& [id, weak] : connections_) {
    if (auto connection = weak.lock()) out.push_back(std::move(connection));
  }
  return out;
}

void ServerCore::Stop() {
  stopping_ = true;
  net::post(strand_, [this] { ShutdownOnStrand(); });
}

void ServerCore::ShutdownOnStrand() {
  if (shutdown_begun_) return;
  shutdown_begun_ = true;
  beast::error_code ignored;
  acceptor_.close(ignored);
  signals_.cancel(ignored);
  accept_retry_.cancel();
  for (auto& connection : Snapshot()) connection->BeginShutdown();
  grace_timer_.expires_after(options_.shutdown_grace);
  grace_timer_.async_wait([this](beast::error_code ec) {
    if (!ec) ForceCloseAll();
  });
  if (open_.load() == 0) grace_timer_.cancel();
}

void ServerCore::ForceCloseAll() {
  auto connections = Snapshot();
  if (!connections.empty()) {
    Log("shutdown grace period over; closing " + std::to_string(connections.size()) +
        " connection(s)");
  }
  for (auto& connection : connections) connection->ForceClose();
}

void ServerCore::Wait() {
  std::vector<std::thread> threads;
  {
    std::lock_guard lock(threads_mu_);
    threads.swap(threads_);
  }
  for (auto& thread : threads) {
    if (thread.joinable()) thread.join();
  }
}

Status ServerCore::Run() {
  FH_RETURN_IF_ERROR(Start());
  net::post(strand_, [this] {
    if (shutdown_begun_) return;
    beast::error_code ignored;
    signals_.add(SIGINT, ignored);
    signals_.add(SIGTERM, ignored);
    signals_.async_wait([this](beast::error_code ec, int signal) {
      if (ec) return;
      Log("signal " + std::to_string(signal) + " received; shutting down");
      Stop();
    });
  });
  Wait();
  return Status::Ok();
}

Response ServerCore::Handle(Request& request) {
  try {
    Response response = handler_(request);
    if (response.status >= 500 && !response.cause.empty()) {
      Log(std::to_string(response.status) + " for " + request.method + " " + request.path +
          ": " + CodeName(response.cause_code) + ": " + LogSafeCause(response.cause));
    } else if (response.status >= 500 && response.status != 503) {
      Log(std::to_string(response.status) + " for " + request.method + " " + request.path +
          " (the handler gave no cause)");
    }
    return response;
  } catch (const std::exception& e) {
    Log("handler for " + request.method + " " + request.path + " threw: " + e.what());
  } catch (...) {
    Log("handler for " + request.method + " " + request.path + " threw");
  }
  return ErrorResponse(500, "internal", "internal error");
}

void ServerCore::Log(std::string_view line) {
  if (options_.access_log) {
    options_.access_log(line);
    return;
  }
  std::string out;
  out.reserve(line.size() + 1);
  out.append(line);
  out.push_back('\n');
  std::fwrite(out.data(), 1, out.size(), stderr);
}

class Server::Impl : public ServerCore {
 public:
  using ServerCore::ServerCore;
};

// --- Server ---------------------------------------------------------------

Server::Server(ServerOptions options, RequestHandler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}

Server::~Server() {
  impl_->Stop();
  impl_->Wait();
}

Status Server::Start() { return impl_->Start(); }
uint16_t Server::port() const { return impl_->port(); }
void Server::Stop() { impl_->Stop(); }
void Server::Wait() { impl_->Wait(); }
Status Server::Run() { return impl_->Run(); }
int Server::open_connections() const { return impl_->open_connections(); }

}  // namespace firsthire::http

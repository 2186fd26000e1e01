// Server: the HTTP/1.1 listener of `firsthire serve`, on Boost.Beast/Asio.
//
// One io_context run by `threads` worker threads; every connection is an
// asynchronous state machine on its own strand, so idle or slow clients cost
// a socket and a little memory, never a thread. The request handler runs on
// a worker thread and may block (database, password hashing): size `threads`
// for that.
//
// Per connection, in order:
//  - the first request must arrive completely within `read_timeout` of the
//    accept; later requests on a kept-alive connection may wait
//    `idle_timeout` for their first byte, then get `read_timeout` for the rest;
//  - a header block over `max_header_bytes` is answered 431, a body over
//    `max_body_bytes` 413 (as soon as Content-Length announces it, before the
//    body is read), malformed HTTP 400; after any of these the connection is
//    closed. A timeout closes the connection without an answer;
//  - the answer must be written within `write_timeout`; a body in a sealed
//    file (Response::body_file) is sent with sendfile(2), waiting for the
//    socket without holding a thread, and copied from Response::shared_body
//    where the kernel refuses sendfile;
//  - beyond `max_connections` open connections a new one gets a 503 and is
//    closed.
// Every answer (also the server's own errors) carries the security headers of
// AddSecurityHeaders(); each request is logged as one line to `access_log`,
// and every 5xx answer also as a line with its cause (Response::cause, with
// quoted values left out), whether or not requests are logged.
//
// Stop() is graceful: the listener closes at once, idle keep-alive
// connections are closed, requests being read or handled are finished and
// answered with "Connection: close". After `shutdown_grace` the remaining
// connections are closed by force. Wait() returns when every worker has
// finished. Run() does Start(), stops on SIGINT/SIGTERM, and waits.
#ifndef FIRSTHIRE_HTTP_SERVER_H_
#define FIRSTHIRE_HTTP_SERVER_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "firsthire/status.h"
#include "http/file_send.h"
#include "http/json_limits.h"
#include "http/request.h"
#include "http/response.h"

namespace firsthire::http {

struct ServerOptions {
  std::string address = "127.0.0.1";  // IPv4 or IPv6 literal
  uint16_t port = 8080;               // 0: an ephemeral port (see Server::port())
  int threads = 2;
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = kMaxJsonBytes;  // every body is JSON
  std::chrono::milliseconds read_timeout{30'000};
  std::chrono::milliseconds idle_timeout{60'000};
  std::chrono::milliseconds write_timeout{30'000};
  std::chrono::milliseconds shutdown_grace{30'000};
  int max_connections = 2048;
  // Receives one line per request, without a trailing newline. Null: lines go
  // to stderr. Called concurrently from worker threads.
  std::function<void(std::string_view line)> access_log;
  bool log_requests = true;
  // How a body in a sealed file (Response::body_file) is sent: null, with
  // sendfile(2). Tests inject one that refuses (the copying fallback) or
  // sends a few bytes at a time.
  SendFileFunction send_file = nullptr;
};

// Called for every well-formed request. May block; must not throw (an
// escaping exception is answered with a 500 and logged).
using RequestHandler = std::function<Response(Request& request)>;

class Server {
 public:
  Server(ServerOptions options, RequestHandler handler);
  ~Server();  // Stop() and Wait()
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds, listens and starts the worker threads; from then on the process
  // ignores SIGPIPE (sendfile has no MSG_NOSIGNAL). Fails with kInvalidInput
  // for a bad address or option and kUnavailable when the port cannot be
  // bound. Call once.
  Status Start();
  // The bound port (useful with port 0); 0 before Start().
  uint16_t port() const;
  // Begins the graceful shutdown; returns at once. Safe from any thread, also
  // from a handler, and more than once.
  void Stop();
  // Blocks until the workers have finished (after Stop() or a signal).
  void Wait();
  // Start(), then Stop() on SIGINT or SIGTERM, then Wait().
  Status Run();

  // Open connections right now (for tests and metrics).
  int open_connections() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_SERVER_H_

// A tiny blocking HTTP/1.1 client over POSIX sockets, for the server tests
// only: it talks to 127.0.0.1, gives full control over the bytes sent (slow,
// partial or malformed requests), and never waits longer than its timeout.
#ifndef FIRSTHIRE_HTTP_TEST_CLIENT_H_
#define FIRSTHIRE_HTTP_TEST_CLIENT_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace firsthire::http::testing {

struct Reply {
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;  // lower-case names
  std::string body;

  std::string Header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
      if (key == name) return value;
    }
    return {};
  }
  bool HasHeader(std::string_view name) const {
    for (const auto& [key, value] : headers) {
      if (key == name) return true;
    }
    return false;
  }
};

class Connection {
 public:
  Connection() = default;
  explicit Connection(uint16_t port) { Open(port); }
  ~Connection() { Close(); }
  Connection(Connection&& other) noexcept
      : fd_(std::exchange(other.fd_, -1)), pending_(std::move(other.pending_)) {}
  Connection& operator=(Connection&& other) noexcept {
    Close();
    fd_ = std::exchange(other.fd_, -1);
    pending_ = std::move(other.pending_);
    return *this;
  }

  // Connects to 127.0.0.1:port, from `source` when given (another loopback
  // address such as "127.0.0.2", to play a second client); false (and errno)
  // on failure.
  bool Open(uint16_t port, const char* source = nullptr) {
    Close();
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd_ < 0) return false;
    if (source != nullptr) {
      sockaddr_in local{};
      local.sin_family = AF_INET;
      if (::inet_pton(AF_INET, source, &local.sin_addr) != 1 ||
          ::bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof(local)) != 0) {
        Close();
        return false;
      }
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
      int saved = errno;
      Close();
      errno = saved;
      return false;
    }
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    return true;
  }
  bool is_open() const { return fd_ >= 0; }
  void Close() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  // Sends all of `bytes`; false if the peer closed or reset.
  bool Send(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t sent = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (sent < 0 && errno == EINTR) continue;
      if (sent <= 0) return false;
      bytes.remove_prefix(static_cast<size_t>(sent));
    }
    return true;
  }

  // Reads one response (Content-Length framing, or to EOF without it).
  // nullopt on timeout, reset, or EOF before a complete response.
  std::optional<Reply> Read(std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    size_t header_end;
    while ((header_end = pending_.find("\r\n\r\n")) == std::string::npos) {
      if (!Fill(deadline)) return std::nullopt;
    }
    Reply reply;
    std::string_view head(pending_.data(), header_end);
    size_t line_end = head.find("\r\n");
    std::string_view status_line = head.substr(0, line_end);
    if (status_line.size() < 12) return std::nullopt;
    reply.status = std::stoi(std::string(status_line.substr(9, 3)));
    std::string_view rest =
        line_end == std::string_view::npos ? std::string_view() : head.substr(line_end + 2);
    while (!rest.empty()) {
      size_t end = rest.find("\r\n");
      std::string_view line = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string name(line.substr(0, colon));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
      reply.headers.emplace_back(std::move(name), std::string(value));
    }
    // Nothing is consumed until the whole reply is here: a Read that times
    // out half way leaves the bytes for the next one.
    const size_t body_start = header_end + 4;
    if (reply.status == 100) {  // interim answer
      pending_.erase(0, body_start);
      return Read(timeout);
    }
    std::string length = reply.Header("content-length");
    bool head_only = expect_no_body_;
    if (!length.empty() && !head_only) {
      size_t wanted = std::stoul(length);
      while (pending_.size() < body_start + wanted) {
        if (!Fill(deadline)) return std::nullopt;
      }
      reply.body = pending_.substr(body_start, wanted);
      pending_.erase(0, body_start + wanted);
    } else if (length.empty()) {
      while (Fill(deadline)) {
      }
      reply.body = pending_.substr(body_start);
      pending_.clear();
    } else {
      pending_.erase(0, body_start);
    }
    expect_no_body_ = false;
    return reply;
  }

  // The next reply belongs to a HEAD request: it has no body.
  void ExpectNoBody() { expect_no_body_ = true; }

  // True when the server closes the connection (EOF or reset) within
  // `timeout`; bytes that arrive meanwhile are kept for Read().
  bool WaitForClose(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      int result = Poll(deadline);
      if (result <= 0) return false;  // timeout
      char buffer[4096];
      ssize_t got = ::recv(fd_, buffer, sizeof(buffer), 0);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) return true;
      pending_.append(buffer, static_cast<size_t>(got));
    }
  }

 private:
  int Poll(std::chrono::steady_clock::time_point deadline) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    // Past the deadline it still looks once, without waiting: a short
    // timeout must not mean "never read".
    if (left.count() < 0) left = std::chrono::milliseconds(0);
    pollfd entry{fd_, POLLIN, 0};
    int result;
    do {
      result = ::poll(&entry, 1, static_cast<int>(left.count()));
    } while (result < 0 && errno == EINTR);
    return result;
  }

  bool Fill(std::chrono::steady_clock::time_point deadline) {
    if (fd_ < 0 || Poll(deadline) <= 0) return false;
    char buffer[16384];
    ssize_t got;
    do {
      got = ::recv(fd_, buffer, sizeof(buffer), 0);
    } while (got < 0 && errno == EINTR);
    if (got <= 0) return false;
    pending_.append(buffer, static_cast<size_t>(got));
    return true;
  }

  int fd_ = -1;
  std::string pending_;
  bool expect_no_body_ = false;
};

// "METHOD path HTTP/1.1" with Host, the given extra header lines (each
// ending in \r\n) and a Content-Length body.
inline std::string FormatRequest(std::string_view method, std::string_view path,
                                 std::string_view body = {}, std::string_view extra_headers = {}) {
  std::string out;
  out.append(method).append(" ").append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  out.append(extra_headers);
  if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
    out.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
  }
  out.append("\r\n").append(body);
  return out;
}

// One request on a fresh connection from the local address `source` (e.g.
// "127.0.0.2"; nullptr: the system's choice).
inline std::optional<Reply> FetchFrom(const char* source, uint16_t port, std::string_view method,
                                      std::string_view path, std::string_view body = {},
                                      std::string_view extra_headers = {}) {
  Connection connection;
  if (!connection.Open(port, source)) return std::nullopt;
  if (!connection.Send(FormatRequest(method, path, body, extra_headers))) return std::nullopt;
  if (method == "HEAD") connection.ExpectNoBody();
  return connection.Read();
}

// One request on a fresh connection.
inline std::optional<Reply> Fetch(uint16_t port, std::string_view method, std::string_view path,
                                  std::string_view body = {}, std::string_view extra_headers = {}) {
  return FetchFrom(nullptr, port, method, path, body, extra_headers);
}

}  // namespace firsthire::http::testing

#endif  // FIRSTHIRE_HTTP_TEST_CLIENT_H_

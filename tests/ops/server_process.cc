#include "server_process.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <regex>

namespace firsthire::ops_testing {

ServerProcess::ServerProcess(const std::string& binary, const std::string& db,
                             const std::string& log_path,
                             const std::vector<std::string>& extra_args) {
  int out[2];
  if (pipe(out) != 0) {
    error_ = "pipe failed";
    return;
  }
  std::vector<std::string> argv = {binary, "serve", "--db", db, "--listen", "127.0.0.1:0"};
  argv.insert(argv.end(), extra_args.begin(), extra_args.end());
  pid_ = fork();
  if (pid_ == 0) {
    dup2(out[1], 1);
    int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (log >= 0) dup2(log, 2);
    close(out[0]);
    close(out[1]);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(out[1]);
  if (pid_ < 0) {
    close(out[0]);
    error_ = "fork failed";
    return;
  }
  // The first line on stdout: "firsthire serving on http://127.0.0.1:PORT …".
  std::string line;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd fd{out[0], POLLIN, 0};
    if (poll(&fd, 1, 200) <= 0) continue;
    char buffer[256];
    ssize_t n = read(out[0], buffer, sizeof buffer);
    if (n <= 0) break;
    line.append(buffer, static_cast<size_t>(n));
  }
  close(out[0]);  // later output (none expected) is dropped
  std::smatch match;
  if (std::regex_search(line, match, std::regex(R"(127\.0\.0\.1:(\d+))"))) {
    port_ = std::stoi(match[1]);
  } else {
    error_ = "the server did not report its port; stdout: '" + line + "', see " + log_path;
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) KillAndWait(SIGKILL);
}

int ServerProcess::KillAndWait(int signal) {
  if (pid_ <= 0) return 0;
  kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return status;
}

int ConnectLoopback(int port) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

HttpResponse HttpRequest(int port, const std::string& method, const std::string& target,
                         const std::vector<std::string>& headers, const std::string& body,
                         std::chrono::milliseconds timeout) {
  HttpResponse response;
  int fd = ConnectLoopback(port);
  if (fd < 0) return response;
  response.connected = true;
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(timeout.count() / 1000);
  tv.tv_usec = static_cast<suseconds_t>((timeout.count() % 1000) * 1000);
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  for (const std::string& header : headers) request += header + "\r\n";
  if (!body.empty() || method == "POST" || method == "PUT") {
    request += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
               "\r\n";
  }
  request += "\r\n" + body;
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) {
      close(fd);
      return response;
    }
    sent += static_cast<size_t>(n);
  }
  std::string raw;
  char buffer[65536];
  bool clean_end = false;
  for (;;) {
    ssize_t n = recv(fd, buffer, sizeof buffer, 0);
    if (n == 0) {
      clean_end = true;
      break;
    }
    if (n < 0) break;  // reset or timed out
    raw.append(buffer, static_cast<size_t>(n));
  }
  close(fd);
  size_t end_of_headers = raw.find("\r\n\r\n");
  if (!clean_end || end_of_headers == std::string::npos || raw.rfind("HTTP/1.1 ", 0) != 0) {
    return response;  // connected, but no complete answer
  }
  response.headers = raw.substr(0, end_of_headers);
  response.body = raw.substr(end_of_headers + 4);
  // A body with a Content-Length must be complete to count as an answer.
  // Compiled once: compiling fills libstdc++'s ctype<char>::narrow cache,
  // which writers calling this from several threads at once would race on
  // (ThreadSanitizer reports it); searching with one regex is thread-safe.
  static const std::regex kContentLength(R"(\r\ncontent-length:\s*(\d+))", std::regex::icase);
  std::smatch match;
  if (std::regex_search(response.headers, match, kContentLength) &&
      response.body.size() != std::stoul(match[1])) {
    return HttpResponse{.connected = true};
  }
  response.status = std::stoi(raw.substr(9, 3));
  return response;
}

}  // namespace firsthire::ops_testing

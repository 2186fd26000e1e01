#include "mail/smtp_sink.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#ifndef FIRSTHIRE_SOURCE_DIR
#error "FIRSTHIRE_SOURCE_DIR must name the source tree"
#endif

namespace firsthire::testing {

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), size) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0) {
    port = ntohs(address.sin_port);
  }
  close(fd);
  return port;
}

SmtpSink::SmtpSink(int port, const std::string& cert, const std::string& key,
                   const std::string& auth) {
  dir_ = std::filesystem::temp_directory_path() / ("fh_smtp_sink_" + std::to_string(getpid()) +
                                                   "_" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(dir_);
  int out[2];
  if (pipe(out) != 0) return;
  std::string script = std::string(FIRSTHIRE_SOURCE_DIR) + "/tests/mail/smtp_sink.py";
  std::vector<std::string> args = {"/usr/bin/python3",   script,  "--port",
                                   std::to_string(port), "--dir", dir_.string()};
  if (!cert.empty()) args.insert(args.end(), {"--cert", cert, "--key", key});
  if (!auth.empty()) args.insert(args.end(), {"--auth", auth});
  pid_ = fork();
  if (pid_ == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    close(out[1]);
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out[1]);
  // "ready PORT" once it listens (or nothing when it failed to start).
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  if (line.rfind("ready ", 0) == 0) port_ = std::stoi(line.substr(6));
}

SmtpSink::~SmtpSink() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  std::error_code ignored;
  std::filesystem::remove_all(dir_, ignored);
}

std::vector<std::string> SmtpSink::Files(const std::string& suffix) const {
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    if (entry.path().extension() == suffix) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
  }
  return texts;
}

std::vector<std::string> SmtpSink::Messages() const { return Files(".eml"); }
std::vector<std::string> SmtpSink::Envelopes() const { return Files(".json"); }

bool SmtpSink::WaitFor(std::size_t count, double seconds) const {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (Messages().size() < count) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

}  // namespace firsthire::testing

// A `firsthire serve` child process for the end-to-end tests, and a small
// blocking HTTP/1.1 client over loopback TCP. Test-only.
#ifndef FIRSTHIRE_TESTS_OPS_SERVER_PROCESS_H_
#define FIRSTHIRE_TESTS_OPS_SERVER_PROCESS_H_

#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace firsthire::ops_testing {

// Starts `binary serve --db DB --listen 127.0.0.1:0` (plus `extra_args`) and
// waits for the line that names its port. The server's stderr goes to
// `log_path`. The destructor kills the process (SIGKILL) if it still runs.
class ServerProcess {
 public:
  ServerProcess(const std::string& binary, const std::string& db, const std::string& log_path,
                const std::vector<std::string>& extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // False when the server did not report its port within 30 s; error() says
  // why.
  bool started() const { return port_ != 0; }
  const std::string& error() const { return error_; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }

  // Sends `signal` and waits for the process to end. Returns the raw wait
  // status.
  int KillAndWait(int signal);

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string error_;
};

struct HttpResponse {
  int status = 0;  // 0: no (complete) answer: refused, reset, timed out
  bool connected = false;  // the connection was made (so the request may have been sent)
  std::string headers;
  std::string body;
};

// One request on a fresh connection with "Connection: close"; reads the
// answer to the end. `headers` are extra "Name: value" lines.
HttpResponse HttpRequest(int port, const std::string& method, const std::string& target,
                         const std::vector<std::string>& headers = {},
                         const std::string& body = "",
                         std::chrono::milliseconds timeout = std::chrono::seconds(10));

// A connected loopback socket (-1 on failure); the caller closes it.
int ConnectLoopback(int port);

}  // namespace firsthire::ops_testing

#endif  // FIRSTHIRE_TESTS_OPS_SERVER_PROCESS_H_

// A real mail server for tests: tests/mail/smtp_sink.py (Debian's
// python3-aiosmtpd) run as a child process that keeps every message it is
// given as DIR/NNNN.eml with DIR/NNNN.json (the envelope).
#ifndef FIRSTHIRE_TESTS_MAIL_SMTP_SINK_H_
#define FIRSTHIRE_TESTS_MAIL_SMTP_SINK_H_

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace firsthire::testing {

class SmtpSink {
 public:
  // Starts the server on 127.0.0.1:`port` (0: a free one) keeping messages
  // in a new temporary directory; with `cert` and `key` it offers STARTTLS;
  // with `auth` ("USER:PASSWORD") it requires signing in as that user.
  // ok() tells whether it came up.
  explicit SmtpSink(int port = 0, const std::string& cert = "", const std::string& key = "",
                    const std::string& auth = "");
  ~SmtpSink();  // stops the server and removes the directory
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  bool ok() const { return port_ > 0; }
  int port() const { return port_; }
  const std::filesystem::path& dir() const { return dir_; }

  // The messages received so far, oldest first (whole files' text).
  std::vector<std::string> Messages() const;
  // Their envelopes' JSON text, in the same order.
  std::vector<std::string> Envelopes() const;
  // Waits up to `seconds` until at least `count` messages arrived; false
  // when they did not.
  bool WaitFor(std::size_t count, double seconds) const;

 private:
  std::vector<std::string> Files(const std::string& suffix) const;

  std::filesystem::path dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// A port nothing listens on now (bound and released).
int FreePort();

}  // namespace firsthire::testing

#endif  // FIRSTHIRE_TESTS_MAIL_SMTP_SINK_H_

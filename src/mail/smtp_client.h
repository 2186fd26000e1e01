// SmtpClient: the Mailer that speaks SMTP (RFC 5321) to one mail server over
// Boost.Asio, with STARTTLS (RFC 3207) through OpenSSL.
//
// One connection per Send: EHLO; STARTTLS when the server offers it (and
// with smtp+starttls:// a refusal unless it does, the certificate verified
// against the host name) and EHLO again; AUTH PLAIN or LOGIN when the URL
// carries credentials (never without TLS); MAIL FROM, RCPT TO, DATA with
// the message dot-stuffed; QUIT. Every step (resolve, connect, handshake,
// each reply) has the settings' timeout. Errors as Mailer says: 4xx
// answers, timeouts and unreachable servers are kUnavailable, 5xx answers
// kInvalidInput; the message names the step and quotes the server.
// Threads: Send may run on several threads at once (nothing is shared).
#ifndef FIRSTHIRE_MAIL_SMTP_CLIENT_H_
#define FIRSTHIRE_MAIL_SMTP_CLIENT_H_

#include <string>
#include <string_view>

#include "mail/mailer.h"
#include "mail/smtp_url.h"

namespace firsthire::mail {

class SmtpClient : public Mailer {
 public:
  // `helo_name`: how this host introduces itself in EHLO.
  explicit SmtpClient(SmtpSettings settings, std::string helo_name = "localhost")
      : settings_(std::move(settings)), helo_name_(std::move(helo_name)) {}

  Status Send(const Envelope& envelope, std::string_view message) override;

 private:
  SmtpSettings settings_;
  std::string helo_name_;
};

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_SMTP_CLIENT_H_

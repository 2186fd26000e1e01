// The mail server's address, as `serve --smtp URL` / FIRSTHIRE_SMTP_URL give
// it (docs/notifications.md):
//
//   smtp://[USER:PASSWORD@]HOST[:PORT]           port 25 by default; STARTTLS
//                                                 when the server offers it
//   smtp+starttls://[USER:PASSWORD@]HOST[:PORT]   port 587 by default; STARTTLS
//                                                 required and the server's
//                                                 certificate verified
//
// Query options: `ca_file=PATH` verifies the certificate against these CA
// certificates instead of the system's (a private CA); `timeout=SECONDS`
// (1..300, default 30) bounds every step of a conversation. User and
// password are percent-decoded; with them the client signs in with AUTH
// PLAIN or LOGIN, and only over TLS.
#ifndef FIRSTHIRE_MAIL_SMTP_URL_H_
#define FIRSTHIRE_MAIL_SMTP_URL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::mail {

struct SmtpSettings {
  std::string host;
  std::uint16_t port = 25;
  bool require_tls = false;  // smtp+starttls://
  std::string user;          // "" = no AUTH
  std::string password;
  std::string ca_file;  // "" = the system's CA certificates
  int timeout_seconds = 30;
};

// kInvalidInput naming what is wrong (never echoing the password).
Result<SmtpSettings> ParseSmtpUrl(std::string_view url);

// The URL without its password, for logs: smtp://user@host:port.
std::string DescribeSmtp(const SmtpSettings& settings);

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_SMTP_URL_H_

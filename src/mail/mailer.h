// Mailer: hands one finished message to a mail server. The outbox sender
// (outbox_sender.h) talks only to this interface, so tests can put a stand-in
// in place of the SMTP client (smtp_client.h).
#ifndef FIRSTHIRE_MAIL_MAILER_H_
#define FIRSTHIRE_MAIL_MAILER_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::mail {

// Who the message goes from and to on the envelope (MAIL FROM, RCPT TO);
// the headers inside the message may say otherwise.
struct Envelope {
  std::string from;
  std::string to;
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Delivers `message` (headers and body, CRLF line ends, not dot-stuffed).
  // Ok once the server accepted it. Errors: kUnavailable for what may pass
  // (server unreachable, timed out, a 4xx answer): try again later;
  // kInvalidInput for what will not (a 5xx answer, a refused address):
  // give up. The message says which step failed and what the server said.
  virtual Status Send(const Envelope& envelope, std::string_view message) = 0;
};

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_MAILER_H_

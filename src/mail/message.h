// Message: a notification email as RFC 5322 / MIME text, ready for the
// outbox: a UTF-8 plain-text body (as it is when it is ASCII in lines of at
// most 998 octets, else quoted-printable) and, optionally, one attachment
// (base64), e.g. an iCalendar invitation (icalendar.h).
#ifndef FIRSTHIRE_MAIL_MESSAGE_H_
#define FIRSTHIRE_MAIL_MESSAGE_H_

#include <optional>
#include <string>

#include "firsthire/clock.h"

namespace firsthire::mail {

struct Attachment {
  std::string content_type;  // e.g. "text/calendar; method=REQUEST; charset=UTF-8"
  std::string filename;      // e.g. "invite.ics"
  std::string content;
};

struct Message {
  std::string from;  // an address, e.g. hiring@example.com
  std::string from_name;
  std::string to;
  std::string to_name;
  std::string subject;  // any UTF-8; encoded when it is not ASCII
  std::string body;     // UTF-8 text, LF or CRLF line ends
  std::optional<Attachment> attachment;
};

// The whole message with CRLF line ends: Date (from `now`, UTC), From, To,
// Subject, Message-ID (<`id`@`domain of from`>), MIME-Version and the body
// (multipart/mixed when there is an attachment). Names are quoted (and
// encoded when not ASCII); CR and LF in any header value become spaces, so
// no value can add a header.
std::string ComposeMessage(const Message& message, const std::string& id, Millis now);

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_MESSAGE_H_

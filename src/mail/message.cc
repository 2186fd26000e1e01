#include "mail/message.h"

#include <string>

#include "mail/encoding.h"
#include "mail/utc_time.h"

namespace firsthire::mail {
namespace {

std::string OneLine(std::string text) {
  for (char& c : text) {
    if (c == '\r' || c == '\n') c = ' ';
  }
  return text;
}

// RFC 5322 date, e.g. "Mon, 30 Nov 2026 07:05:00 +0000".
std::string MailDate(Millis now) { return FormatUtc(now, "%a, %d %b %Y %H:%M:%S +0000"); }

std::string Mailbox(const std::string& name, const std::string& address) {
  std::string clean = OneLine(address);
  if (name.empty()) return "<" + clean + ">";
  std::string display = OneLine(name);
  std::string quoted;
  for (char c : display) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  std::string encoded = HeaderText(display);
  return (encoded == display ? "\"" + quoted + "\"" : encoded) + " <" + clean + ">";
}

// Plain ASCII text (lines of at most 998 octets) as it is (7bit), so links
// stay whole; anything else quoted-printable.
std::string TextPart(const std::string& body) {
  bool plain = true;
  std::size_t line = 0;
  for (char c : body) {
    unsigned char byte = static_cast<unsigned char>(c);
    line = c == '\n' ? 0 : line + 1;
    if (line > 998 || (byte < ' ' && c != '\n' && c != '\r') || byte > '~') plain = false;
  }
  std::string head = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: ";
  if (!plain) return head + "quoted-printable\r\n\r\n" + QuotedPrintable(body) + "\r\n";
  std::string text;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\r') continue;
    text += body[i] == '\n' ? "\r\n" : std::string(1, body[i]);
  }
  return head + "7bit\r\n\r\n" + text + "\r\n";
}

}  // namespace

std::string ComposeMessage(const Message& message, const std::string& id, Millis now) {
  std::string domain = message.from.substr(message.from.find('@') + 1);
  std::string out = "Date: " + MailDate(now) + "\r\n";
  out += "From: " + Mailbox(message.from_name, message.from) + "\r\n";
  out += "To: " + Mailbox(message.to_name, message.to) + "\r\n";
  out += "Subject: " + HeaderText(OneLine(message.subject)) + "\r\n";
  out += "Message-ID: <" + OneLine(id) + "@" + OneLine(domain) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  if (!message.attachment) return out + TextPart(message.body);
  const Attachment& attachment = *message.attachment;
  std::string boundary = "=_firsthire_" + OneLine(id);
  out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "--" + boundary + "\r\n" + TextPart(message.body);
  out += "--" + boundary + "\r\n";
  out += "Content-Type: " + OneLine(attachment.content_type) + "\r\n";
  out += "Content-Disposition: attachment; filename=\"" + OneLine(attachment.filename) + "\"\r\n";
  out += "Content-Transfer-Encoding: base64\r\n\r\n";
  out += Base64Lines(attachment.content);
  out += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace firsthire::mail

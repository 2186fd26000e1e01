// Transfer encodings a mail message needs (RFC 2045, RFC 2047): base64,
// quoted-printable and encoded words for non-ASCII header text.
#ifndef FIRSTHIRE_MAIL_ENCODING_H_
#define FIRSTHIRE_MAIL_ENCODING_H_

#include <string>
#include <string_view>

namespace firsthire::mail {

// Base64 of `bytes`, one line, with padding.
std::string Base64(std::string_view bytes);

// Base64 in lines of 76 characters, each ending with CRLF (a MIME body).
std::string Base64Lines(std::string_view bytes);

// Quoted-printable of UTF-8 text: line ends (LF or CRLF) become CRLF hard
// breaks, '=' and bytes outside printable ASCII are escaped, trailing spaces
// before a line end are escaped and lines are soft-broken ("=" CRLF) so no
// encoded line exceeds 76 characters.
std::string QuotedPrintable(std::string_view text);

// A header value: `text` itself when it is printable ASCII, else one or more
// RFC 2047 encoded words (=?UTF-8?B?...?=), each whole UTF-8 characters.
std::string HeaderText(std::string_view text);

// Dot-stuffing for SMTP DATA (RFC 5321 4.5.2): a line starting with '.'
// gets another '.'; bare LF line ends become CRLF; the result ends with CRLF.
std::string DotStuff(std::string_view message);

}  // namespace firsthire::mail

#endif  // FIRSTHIRE_MAIL_ENCODING_H_

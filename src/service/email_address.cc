#include "service/email_address.h"

namespace firsthire::service {

Result<std::string> NormalizeEmail(std::string_view raw) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!raw.empty() && is_space(raw.front())) raw.remove_prefix(1);
  while (!raw.empty() && is_space(raw.back())) raw.remove_suffix(1);
  std::string email(raw);
  auto bad = [&email](const std::string& why) {
    return Status::InvalidInput("'" + email + "' is not an email address: " + why,
                                {.field = "email"});
  };
  if (email.empty()) return bad("it is empty");
  if (email.size() > 254) return bad("longer than 254 characters");
  for (char& c : email) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= ' ' || byte == 0x7f) return bad("it contains a space or a control character");
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::size_t at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == email.size() ||
      email.find('@', at + 1) != std::string::npos) {
    return bad("expected NAME@DOMAIN");
  }
  std::string_view domain = std::string_view(email).substr(at + 1);
  if (domain.find('.') == std::string_view::npos || domain.front() == '.' || domain.back() == '.') {
    return bad("the domain needs a dot, e.g. example.com");
  }
  return email;
}

}  // namespace firsthire::service

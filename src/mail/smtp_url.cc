#include "mail/smtp_url.h"

#include <string>

namespace firsthire::mail {
namespace {

Status Bad(const std::string& what) {
  return Status::InvalidInput("--smtp: " + what +
                              " (expected smtp://HOST[:PORT] or "
                              "smtp+starttls://USER:PASSWORD@HOST[:PORT])");
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<std::string> PercentDecode(std::string_view text, const char* what) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    int high = i + 2 < text.size() ? HexValue(text[i + 1]) : -1;
    int low = i + 2 < text.size() ? HexValue(text[i + 2]) : -1;
    if (high < 0 || low < 0) return Bad(std::string("a broken %-escape in the ") + what);
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

Result<int> PositiveNumber(std::string_view text, int max, const char* what) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != text.npos) {
    return Bad(std::string(what) + " must be a number");
  }
  int value = std::stoi(std::string(text));
  if (value < 1 || value > max) {
    return Bad(std::string(what) + " must be from 1 to " + std::to_string(max));
  }
  return value;
}

Status ApplyQuery(std::string_view query, SmtpSettings& settings) {
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == query.npos ? std::string_view() : query.substr(amp + 1);
    std::size_t eq = pair.find('=');
    std::string_view key = pair.substr(0, eq);
    FH_ASSIGN_OR_RETURN(std::string value,
                        PercentDecode(eq == pair.npos ? "" : pair.substr(eq + 1), "query"));
    if (key == "ca_file") {
      settings.ca_file = value;
    } else if (key == "timeout") {
      FH_ASSIGN_OR_RETURN(settings.timeout_seconds, PositiveNumber(value, 300, "timeout"));
    } else {
      return Bad("unknown option '" + std::string(key) + "'; known: ca_file, timeout");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<SmtpSettings> ParseSmtpUrl(std::string_view url) {
  SmtpSettings settings;
  std::string_view rest;
  if (url.starts_with("smtp://")) {
    rest = url.substr(7);
  } else if (url.starts_with("smtp+starttls://")) {
    rest = url.substr(16);
    settings.require_tls = true;
    settings.port = 587;
  } else {
    return Bad("the scheme must be smtp:// or smtp+starttls://");
  }
  std::size_t question = rest.find('?');
  if (question != rest.npos) {
    FH_RETURN_IF_ERROR(ApplyQuery(rest.substr(question + 1), settings));
    rest = rest.substr(0, question);
  }
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  std::size_t at = rest.rfind('@');
  if (at != rest.npos) {
    std::string_view credentials = rest.substr(0, at);
    rest = rest.substr(at + 1);
    std::size_t colon = credentials.find(':');
    if (colon == credentials.npos) return Bad("a user needs a password (USER:PASSWORD@)");
    FH_ASSIGN_OR_RETURN(settings.user, PercentDecode(credentials.substr(0, colon), "user"));
    FH_ASSIGN_OR_RETURN(settings.password,
                        PercentDecode(credentials.substr(colon + 1), "password"));
    if (settings.user.empty()) return Bad("the user is empty");
  }
  std::size_t colon = rest.rfind(':');
  if (colon != rest.npos && rest.find(']', colon) == rest.npos) {
    FH_ASSIGN_OR_RETURN(int port, PositiveNumber(rest.substr(colon + 1), 65535, "the port"));
    settings.port = static_cast<std::uint16_t>(port);
    rest = rest.substr(0, colon);
  }
  if (rest.size() >= 2 && rest.front() == '[' && rest.back() == ']') {
    rest = rest.substr(1, rest.size() - 2);
  }
  if (rest.empty()) return Bad("the host is missing");
  for (char c : rest) {
    if (static_cast<unsigned char>(c) <= ' ' || c == '/' || c == '@') {
      return Bad("the host contains a space, '/' or '@'");
    }
  }
  settings.host = std::string(rest);
  return settings;
}

std::string DescribeSmtp(const SmtpSettings& settings) {
  std::string text = settings.require_tls ? "smtp+starttls://" : "smtp://";
  if (!settings.user.empty()) text += settings.user + "@";
  bool v6 = settings.host.find(':') != std::string::npos;
  text += (v6 ? "[" + settings.host + "]" : settings.host) + ":" + std::to_string(settings.port);
  return text;
}

}  // namespace firsthire::mail

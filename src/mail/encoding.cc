#include "mail/encoding.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace firsthire::mail {
namespace {

constexpr char kBase64Digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kHexDigits[] = "0123456789ABCDEF";

bool IsPrintableAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c < ' ' || c > '~') return false;
  }
  return true;
}

// The length of the UTF-8 sequence starting with `lead` (1 for a stray byte).
std::size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::string Base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t chunk = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
    out += kBase64Digits[(chunk >> 18) & 63];
    out += kBase64Digits[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64Digits[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kBase64Digits[chunk & 63] : '=';
  }
  return out;
}

std::string Base64Lines(std::string_view bytes) {
  std::string encoded = Base64(bytes);
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::string QuotedPrintable(std::string_view text) {
  std::string out;
  std::size_t line_length = 0;
  auto put = [&](std::string_view piece) {
    if (line_length + piece.size() > 75) {
      out += "=\r\n";
      line_length = 0;
    }
    out += piece;
    line_length += piece.size();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    if (c == '\n') {
      out += "\r\n";
      line_length = 0;
      continue;
    }
    bool at_line_end = i + 1 == text.size() || text[i + 1] == '\n' || text[i + 1] == '\r';
    bool plain = (c >= 33 && c <= 126 && c != '=') || (c == ' ' && !at_line_end);
    if (plain) {
      put(std::string(1, static_cast<char>(c)));
    } else {
      put(std::string{'=', kHexDigits[c >> 4], kHexDigits[c & 15]});
    }
  }
  return out;
}

std::string HeaderText(std::string_view text) {
  if (IsPrintableAscii(text)) return std::string(text);
  // Encoded words of at most 45 bytes of text (60 characters of base64).
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size()) {
      std::size_t next = end + SequenceLength(static_cast<unsigned char>(text[end]));
      if (next - start > 45) break;
      end = next;
    }
    if (end == start) end = std::min(text.size(), start + 1);
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string DotStuff(std::string_view message) {
  std::string out;
  out.reserve(message.size() + 64);
  bool line_start = true;
  for (std::size_t i = 0; i < message.size(); ++i) {
    char c = message[i];
    if (line_start && c == '.') out += '.';
    line_start = false;
    if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n') continue;
    if (c == '\n') {
      out += "\r\n";
      line_start = true;
      continue;
    }
    out += c;
  }
  if (!line_start) out += "\r\n";
  return out;
}

}  // namespace firsthire::mail

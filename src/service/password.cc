#include "service/password.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_set>

namespace firsthire {
// Generated from src/service/common_passwords.txt (cmake/embed_file.cmake).
extern const unsigned char kCommonPasswordsText[];
extern const unsigned long kCommonPasswordsText_size;
}  // namespace firsthire

namespace firsthire::service {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
static_assert(kOpsLimit >= 2, "OWASP: argon2id needs t >= 2");
static_assert(kMemLimit >= 19u * 1024 * 1024, "OWASP: argon2id needs m >= 19 MiB");

bool Initialised() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

// UTF-8 code points, for the length policy (a multi-byte letter is one).
std::size_t CountCharacters(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool HasControlCharacter(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) return true;
    // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0 &&
        static_cast<unsigned char>(text[i + 1]) >= 0x80) {
      return true;
    }
  }
  return false;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const std::unordered_set<std::string>& CommonPasswords() {
  static const std::unordered_set<std::string> list = [] {
    std::unordered_set<std::string> set;
    std::string_view text(reinterpret_cast<const char*>(kCommonPasswordsText),
                          kCommonPasswordsText_size);
    while (!text.empty()) {
      std::size_t end = text.find('\n');
      std::string_view line = text.substr(0, end);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (!line.empty()) set.insert(AsciiLower(line));
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
    return set;
  }();
  return list;
}

// True when `text` is `unit` repeated at least twice.
bool IsRepetition(std::string_view text, std::string_view unit) {
  if (unit.empty() || text.size() % unit.size() != 0 || text.size() == unit.size()) return false;
  for (std::size_t at = 0; at < text.size(); at += unit.size()) {
    if (text.substr(at, unit.size()) != unit) return false;
  }
  return true;
}

}  // namespace

bool IsCommonPassword(std::string_view password) {
  const std::string lower = AsciiLower(password);
  const auto& list = CommonPasswords();
  if (list.contains(lower)) return true;
  // A listed password followed only by digits and punctuation
  // ("password1234", "1234567890!!").
  std::size_t tail = lower.size();
  while (tail > 0 && !std::isalpha(static_cast<unsigned char>(lower[tail - 1])) &&
         static_cast<unsigned char>(lower[tail - 1]) < 0x80) {
    --tail;
  }
  for (std::size_t end = lower.size(); end >= std::max<std::size_t>(tail, 4); --end) {
    if (list.contains(lower.substr(0, end))) return true;
  }
  // One character repeated, or a short unit repeated ("qwertyqwerty").
  for (std::size_t unit = 1; unit <= lower.size() / 2; ++unit) {
    std::string_view head = std::string_view(lower).substr(0, unit);
    if (IsRepetition(lower, head) && (unit == 1 || list.contains(std::string(head)) || unit <= 3)) {
      return true;
    }
  }
  return false;
}

Status CheckPasswordPolicy(std::string_view password) {
  Location where;
  where.field = "password";
  if (password.size() > kMaxPasswordLength) {
    return Status::InvalidInput(
        "password longer than " + std::to_string(kMaxPasswordLength) + " bytes", where);
  }
  if (HasControlCharacter(password)) {
    return Status::InvalidInput("password contains a control character", where);
  }
  if (CountCharacters(password) < kMinPasswordLength) {
    return Status::InvalidInput(
        "password shorter than " + std::to_string(kMinPasswordLength) + " characters", where);
  }
  if (IsCommonPassword(password)) {
    return Status::InvalidInput(
        "password is too common (a well-known password, a variation of one, or a repetition); "
        "choose a longer phrase of your own",
        where);
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  if (!Initialised()) return Status::Internal("libsodium failed to initialise");
  if (password.size() > kMaxPasswordLength) {
    return Status::InvalidInput("password too long");
  }
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Internal("password hashing ran out of memory");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  if (!Initialised() || password.size() > kMaxPasswordLength) return false;
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  char stored[crypto_pwhash_STRBYTES] = {};
  std::memcpy(stored, hash.data(), hash.size());
  return crypto_pwhash_str_verify(stored, password.data(), password.size()) == 0;
}

void VerifyAgainstDummyHash(std::string_view password) {
  static const std::string dummy = [] {
    auto hashed = HashPassword("not a real password, only spends time");
    return hashed.ok() ? hashed.value() : std::string();
  }();
  (void)VerifyPassword(dummy, password);
}

bool PasswordNeedsRehash(std::string_view hash) {
  if (!Initialised() || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return true;
  char stored[crypto_pwhash_STRBYTES] = {};
  std::memcpy(stored, hash.data(), hash.size());
  if (std::strncmp(stored, crypto_pwhash_argon2id_STRPREFIX,
                   std::strlen(crypto_pwhash_argon2id_STRPREFIX)) != 0) {
    return true;
  }
  return crypto_pwhash_str_needs_rehash(stored, kOpsLimit, kMemLimit) != 0;
}

}  // namespace firsthire::service

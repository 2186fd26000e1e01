#include "http/password.h"

#include <sodium.h>

#include <cstring>

namespace firsthire::http {
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

}  // namespace

Status CheckPasswordPolicy(std::string_view password) {
  Location where;
  where.field = "password";
  if (password.size() > kMaxPasswordLength) {
    return Status::InvalidInput(
        "password longer than " + std::to_string(kMaxPasswordLength) + " bytes", where);
  }
  if (CountCharacters(password) < kMinPasswordLength) {
    return Status::InvalidInput(
        "password shorter than " + std::to_string(kMinPasswordLength) + " characters", where);
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

}  // namespace firsthire::http

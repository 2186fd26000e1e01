// Password hashing: argon2id through libsodium's crypto_pwhash_str.
//
// Cost: libsodium's INTERACTIVE limits (t = 2 passes, m = 64 MiB), above
// OWASP's minimum for argon2id (m >= 19 MiB, t >= 2). One hash or
// verification takes tens of milliseconds and 64 MiB on a worker thread.
// The hash string is self-describing ("$argon2id$v=19$m=65536,t=2,p=1$..."),
// so the cost can be raised later: PasswordNeedsRehash() tells when a stored
// hash is weaker than the current policy.
#ifndef FIRSTHIRE_SERVICE_PASSWORD_H_
#define FIRSTHIRE_SERVICE_PASSWORD_H_

#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::service {

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 1024;  // bytes; bounds hashing work

// The one password rule, for the CLI and the API alike. kInvalidInput (field
// "password") when the password
//   * is shorter than kMinPasswordLength characters (UTF-8 code points) or
//     longer than kMaxPasswordLength bytes;
//   * contains a control character (NUL included; C0, DEL and C1);
//   * is one character repeated, or a common password: one of the 1,000 most
//     common passwords (SecLists' 10-million-password-list-top-1000, shipped
//     in common_passwords.txt and embedded at build time), compared without
//     case, also followed by digits and punctuation, or repeated
//     ("password1234", "qwertyqwerty").
Status CheckPasswordPolicy(std::string_view password);

// True when `password` is common in the sense above.
bool IsCommonPassword(std::string_view password);

// The argon2id hash string of `password`; kInternal when libsodium cannot
// allocate the memory it needs.
Result<std::string> HashPassword(std::string_view password);

// True when `password` matches `hash`. False for a malformed hash and for
// passwords over kMaxPasswordLength.
bool VerifyPassword(std::string_view hash, std::string_view password);

// Spends the time a verification takes, for an unknown account, so that
// response time does not reveal which emails have accounts.
void VerifyAgainstDummyHash(std::string_view password);

// True when `hash` was made with other (weaker) parameters than HashPassword
// uses now, or is not an argon2id hash.
bool PasswordNeedsRehash(std::string_view hash);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_PASSWORD_H_

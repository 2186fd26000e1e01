// Random ids and secret hashing shared by the store and its callers.
//
// Secrets (session tokens, API tokens) are never stored; the store keeps
// Sha256Hex(token) instead and looks tokens up by that hash.
#ifndef FIRSTHIRE_STORE_SECRET_HASH_H_
#define FIRSTHIRE_STORE_SECRET_HASH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace firsthire {

// `bytes` bytes from the operating system's CSPRNG (libsodium), as 2*bytes
// lowercase hex characters. RandomHex(16) is a 128-bit token or id.
std::string RandomHex(std::size_t bytes);

// A new record id: 128 random bits, 32 lowercase hex characters.
inline std::string NewId() { return RandomHex(16); }

// SHA-256 of `secret` as 64 lowercase hex characters.
std::string Sha256Hex(std::string_view secret);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SECRET_HASH_H_

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

// A new record id, 32 lowercase hex characters: 12 from a microsecond
// counter that never goes back within a process, then 80 random bits. Ids
// made later by the same process sort after earlier ones, so "created_at,
// id" orders records made in the same millisecond as they were made; the
// random part keeps ids unguessable. Thread-safe.
std::string NewId();

// SHA-256 of `secret` as 64 lowercase hex characters.
std::string Sha256Hex(std::string_view secret);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SECRET_HASH_H_

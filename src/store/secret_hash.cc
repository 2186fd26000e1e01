#include "store/secret_hash.h"

#include <sodium.h>

#include <cstdlib>
#include <vector>

namespace firsthire {
namespace {

std::string Hex(const unsigned char* bytes, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0x0f];
  }
  return out;
}

void EnsureSodium() {
  // sodium_init is idempotent and thread-safe; failure means no usable
  // randomness, which is a bug in the environment we must not paper over.
  static const bool ready = sodium_init() >= 0;
  if (!ready) std::abort();
}

}  // namespace

std::string RandomHex(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> buffer(bytes);
  randombytes_buf(buffer.data(), buffer.size());
  return Hex(buffer.data(), buffer.size());
}

std::string Sha256Hex(std::string_view secret) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  return Hex(digest, sizeof digest);
}

}  // namespace firsthire

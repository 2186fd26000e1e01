#include "store/secret_hash.h"

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <cstdint>
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

std::string NewId() {
  static std::atomic<std::uint64_t> last{0};
  const std::uint64_t now =
      static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count());
  std::uint64_t previous = last.load();
  std::uint64_t next = 0;
  do {
    next = now > previous ? now : previous + 1;
  } while (!last.compare_exchange_weak(previous, next));
  unsigned char prefix[6];
  for (int i = 5; i >= 0; --i) {
    prefix[i] = static_cast<unsigned char>(next & 0xff);
    next >>= 8;
  }
  return Hex(prefix, sizeof prefix) + RandomHex(10);
}

std::string Sha256Hex(std::string_view secret) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  return Hex(digest, sizeof digest);
}

}  // namespace firsthire

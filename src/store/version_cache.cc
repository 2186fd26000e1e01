#include "store/version_cache.h"

namespace firsthire {

std::optional<std::int64_t> VersionCache::Find() const {
  if (!listening_.load()) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  return value_;
}

void VersionCache::Put(std::int64_t value, std::uint64_t generation) {
  if (!listening_.load()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  // Read before a change was announced: the value may be the old one.
  if (generation != generation_.load()) return;
  value_ = value;
}

void VersionCache::Invalidate() {
  std::lock_guard<std::mutex> lock(mutex_);
  generation_.fetch_add(1);
  value_.reset();
}

void VersionCache::SetListening(bool listening) {
  // Whatever was kept may have missed changes while the feed was down.
  if (listening != listening_.load()) Invalidate();
  listening_.store(listening);
}

}  // namespace firsthire

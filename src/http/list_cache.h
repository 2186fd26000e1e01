// ListCache: the most recent answers to list requests, each kept with the
// data version it was computed at (e.g. Store::CandidatesVersion). A cached
// answer is reused only while the version is unchanged, so no answer is ever
// older than the data; a write anywhere (any process) changes the version
// and the next request computes afresh.
//
// Bounded: at most `max_entries` answers (the least recently used goes
// first) and none larger than `max_body_bytes` (those are never kept).
// Thread-safe; the bodies are shared and immutable, so a hit copies nothing:
// the answer sends the kept bytes (Response::shared_body).
#ifndef FIRSTHIRE_HTTP_LIST_CACHE_H_
#define FIRSTHIRE_HTTP_LIST_CACHE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace firsthire::http {

class ListCache {
 public:
  explicit ListCache(std::size_t max_entries = 64, std::size_t max_body_bytes = 1 << 20);

  // The body kept for `key` if it was computed at `version`; null if none
  // or if it was computed at another version.
  std::shared_ptr<const std::string> Find(const std::string& key, std::int64_t version);

  // Keeps `body` as the answer for `key` at `version`, replacing an older one.
  void Put(const std::string& key, std::int64_t version, std::shared_ptr<const std::string> body);
  void Put(const std::string& key, std::int64_t version, std::string body) {
    Put(key, version, std::make_shared<const std::string>(std::move(body)));
  }

  std::size_t size() const;

 private:
  struct Entry {
    std::int64_t version = 0;
    std::shared_ptr<const std::string> body;
    std::uint64_t last_used = 0;
  };

  const std::size_t max_entries_;
  const std::size_t max_body_bytes_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::uint64_t clock_ = 0;  // ticks on every Find and Put
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_LIST_CACHE_H_

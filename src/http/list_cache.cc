#include "http/list_cache.h"

#include <utility>

namespace firsthire::http {

ListCache::ListCache(std::size_t max_entries, std::size_t max_body_bytes)
    : max_entries_(max_entries), max_body_bytes_(max_body_bytes) {}

std::shared_ptr<const std::string> ListCache::Find(const std::string& key,
                                                   std::int64_t version) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end() || found->second.version != version) return nullptr;
  found->second.last_used = ++clock_;
  return found->second.body;
}

void ListCache::Put(const std::string& key, std::int64_t version,
                    std::shared_ptr<const std::string> body) {
  if (max_entries_ == 0 || body == nullptr || body->size() > max_body_bytes_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end() && entries_.size() >= max_entries_) {
    auto oldest = entries_.begin();
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->second.last_used < oldest->second.last_used) oldest = it;
    }
    entries_.erase(oldest);
  }
  entries_[key] = Entry{version, std::move(body), ++clock_};
}

std::size_t ListCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

}  // namespace firsthire::http

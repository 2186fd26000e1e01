#include "http/list_snapshot.h"

#include <algorithm>
#include <utility>

#include "http/api_records.h"

namespace firsthire::http {

void ListSnapshot::Add(std::string_view row_json) {
  if (!starts_.empty()) rows_ += ',';
  starts_.push_back(rows_.size());
  rows_ += row_json;
}

std::string ListSnapshot::PageAnswer(const Page& page) const {
  const std::int64_t limit = page.limit <= 0 ? 50 : std::min(page.limit, 500);
  const std::int64_t first = std::max<std::int64_t>(page.offset, 0);
  const std::int64_t end = std::min(first + limit, total());
  std::string_view items;
  if (first < end) {
    const std::size_t from = starts_[first];
    const std::size_t to = end < total() ? starts_[end] - 1 : rows_.size();  // before the comma
    items = std::string_view(rows_).substr(from, to - from);
  }
  JsonWriter out(64 + items.size());
  WriteListing(
      out,
      [&] {
        out.BeginArray();
        out.WrittenElements(items);
        out.EndArray();
      },
      total(), page);
  return out.Take();
}

SnapshotCache::SnapshotCache(std::size_t budget_bytes, std::size_t max_keys)
    : budget_bytes_(budget_bytes), max_keys_(std::max<std::size_t>(max_keys, 1)) {}

SnapshotCache::Lookup SnapshotCache::Find(const std::string& key, std::int64_t version) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = entries_.find(key);
  if (found != entries_.end() && found->second.version == version) {
    found->second.last_used = ++clock_;
    if (found->second.state == State::kSeen) {  // the second miss: this caller builds
      found->second.state = State::kBuilding;
      return {nullptr, true};
    }
    return {found->second.snapshot, false};  // kept, or building, or too large
  }
  // The first miss at this version: only remembered (an older entry is
  // dropped), so a list asked once after each write costs one page query,
  // not a whole-list read.
  if (found != entries_.end()) Drop(found);
  entries_[key] = Entry{version, State::kSeen, nullptr, ++clock_};
  Shrink(key);
  return {nullptr, false};
}

SnapshotCache::Entry* SnapshotCache::Building(const std::string& key, std::int64_t version) {
  auto found = entries_.find(key);
  if (found == entries_.end() || found->second.version != version ||
      found->second.state != State::kBuilding) {
    return nullptr;
  }
  return &found->second;
}

void SnapshotCache::Finish(const std::string& key, std::int64_t version,
                           std::shared_ptr<const ListSnapshot> snapshot) {
  std::lock_guard<std::mutex> lock(mutex_);
  Entry* entry = Building(key, version);
  if (entry == nullptr) return;
  if (snapshot == nullptr) {
    entries_.erase(key);
    return;
  }
  entry->last_used = ++clock_;
  if (snapshot->bytes() > budget_bytes_) {
    entry->state = State::kTooLarge;
    return;
  }
  entry->state = State::kKept;
  bytes_ += snapshot->bytes();
  entry->snapshot = std::move(snapshot);
  Shrink(key);
}

void SnapshotCache::MarkTooLarge(const std::string& key, std::int64_t version) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (Entry* entry = Building(key, version)) entry->state = State::kTooLarge;
}

void SnapshotCache::Drop(std::unordered_map<std::string, Entry>::iterator entry) {
  if (entry->second.snapshot) bytes_ -= entry->second.snapshot->bytes();
  entries_.erase(entry);
}

void SnapshotCache::Shrink(const std::string& keep) {
  while (bytes_ > budget_bytes_ || entries_.size() > max_keys_) {
    auto oldest = entries_.end();
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->first == keep) continue;
      if (oldest == entries_.end() || it->second.last_used < oldest->second.last_used) oldest = it;
    }
    if (oldest == entries_.end()) return;
    Drop(oldest);
  }
}

std::size_t SnapshotCache::bytes() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

std::size_t SnapshotCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

}  // namespace firsthire::http

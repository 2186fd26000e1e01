#include "store/sqlite_change_watch.h"

#include <utility>

namespace firsthire {

SqliteChangeWatch::SqliteChangeWatch(std::unique_ptr<SqlConnection> connection,
                                     std::unique_ptr<WalIndexHeader> header,
                                     std::vector<ChangeListener*> listeners)
    : connection_(std::move(connection)),
      header_(std::move(header)),
      listeners_(std::move(listeners)) {
  std::lock_guard lock(mutex_);
  last_ = ReadDataVersion();
  for (ChangeListener* listener : listeners_) listener->SetListening(last_.has_value());
}

void SqliteChangeWatch::Poll() {
  // Read after the caller's request began, so any commit that ended before
  // it is in this header or an earlier one than it.
  std::optional<Words> header = header_ ? header_->Read() : std::nullopt;
  if (header && Unchanged(*header)) return;
  std::lock_guard lock(mutex_);
  // Another caller may have read data_version since this one looked.
  if (header && Unchanged(*header)) return;
  std::optional<std::string> now = ReadDataVersion();
  if (!now.has_value() || now != last_) {
    // Changed, or unreadable (then nothing is kept until it reads again).
    for (ChangeListener* listener : listeners_) {
      listener->Invalidate();
      listener->SetListening(now.has_value());
    }
    last_ = now;
  }
  // `header` was read before data_version: a commit after that read changes
  // the header, so a later Poll seeing this header saw no commit since.
  Publish(now.has_value() ? header : std::nullopt);
}

bool SqliteChangeWatch::Unchanged(const Words& header) const {
  const std::uint64_t before = sequence_.load(std::memory_order_acquire);
  if (before % 2 == 1) return false;
  bool same = true;
  for (std::size_t i = 0; i < header.size(); ++i) {
    same = same && published_[i].load(std::memory_order_relaxed) == header[i];
  }
  std::atomic_thread_fence(std::memory_order_acquire);
  return same && sequence_.load(std::memory_order_relaxed) == before;
}

void SqliteChangeWatch::Publish(const std::optional<Words>& header) {
  std::uint64_t sequence = sequence_.load(std::memory_order_relaxed);
  if (sequence % 2 == 0) sequence_.store(++sequence, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  if (!header) return;  // stays odd: nothing published
  for (std::size_t i = 0; i < header->size(); ++i) {
    published_[i].store((*header)[i], std::memory_order_relaxed);
  }
  sequence_.store(sequence + 1, std::memory_order_release);
}

std::optional<std::string> SqliteChangeWatch::ReadDataVersion() {
  reads_.fetch_add(1);
  auto rows = connection_->Query("PRAGMA data_version", {});
  if (!rows.ok() || rows->empty() || rows->front().empty() || !rows->front()[0]) {
    return std::nullopt;
  }
  return *rows->front()[0];
}

}  // namespace firsthire

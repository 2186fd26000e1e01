// VersionCache: the last value read of one database change counter (the
// candidates' counter behind Store::CandidatesVersion), kept in memory so
// that asking for an unchanged counter costs no database work.
//
// The kept value is answered only while both hold:
//   - the change feed is up (SetListening(true)): it is how this process
//     learns of other processes' commits (PostgreSQL: LISTEN on the channel a
//     trigger notifies, postgres_listener.h; SQLite: the file's data_version,
//     looked at before each look, sqlite_change_watch.h);
//   - no change was announced since it was read: Invalidate() (called by the
//     feed, and by the store after each of its own write transactions
//     commits) bumps a generation, and a value read under an older
//     generation is neither answered nor kept.
// There is no time-to-live: on PostgreSQL every write to the counted table
// notifies (a trigger, so SQL typed by hand does too), and on SQLite every
// commit to the file changes data_version. Thread-safe.
#ifndef FIRSTHIRE_STORE_VERSION_CACHE_H_
#define FIRSTHIRE_STORE_VERSION_CACHE_H_

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>

#include "store/change_feed.h"

namespace firsthire {

class VersionCache : public ChangeListener {
 public:
  // The kept value, or nullopt when the database must be asked.
  std::optional<std::int64_t> Find() const;
  // The generation to pass to Put: read it before the database read.
  std::uint64_t Generation() const { return generation_.load(); }
  // Keeps `value` unless a change was announced since `generation`.
  void Put(std::int64_t value, std::uint64_t generation);

  void Invalidate() override;
  void SetListening(bool listening) override;
  bool listening() const { return listening_.load(); }

 private:
  mutable std::mutex mutex_;
  std::atomic<std::uint64_t> generation_{0};
  std::atomic<bool> listening_{false};
  std::optional<std::int64_t> value_;  // guarded by mutex_
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_VERSION_CACHE_H_

// SqliteChangeWatch: how a process serving a SQLite file learns that the
// database changed under its caches (change_feed.h), whoever committed: this
// process's other connections, or another process (the CLI revoking a token
// or adding a candidate while the server runs).
//
// The authority is `PRAGMA data_version`, read on a connection of its own: it
// changes whenever another connection committed. Reading it starts a read
// transaction (file locks, a few system calls), so it is not read on every
// lookup: Poll() first reads the WAL index's header (sqlite_wal_index.h),
// which every commit rewrites, and compares it with the header read just
// before the last data_version read. Equal: nothing was committed since that
// read, whose news the listeners already had, and Poll returns at once,
// without a lock. Different (or unreadable): Poll reads data_version under a
// mutex and tells the listeners if it changed.
//
// The guarantee: a commit that ended before Poll() was called is seen by
// that call (its header differs from any read before the commit, so the
// call reads data_version, which the commit changed). There is no window.
// Without a WAL index to read (no WAL mode), every Poll reads data_version.
#ifndef FIRSTHIRE_STORE_SQLITE_CHANGE_WATCH_H_
#define FIRSTHIRE_STORE_SQLITE_CHANGE_WATCH_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/change_feed.h"
#include "store/sql_connection.h"
#include "store/sqlite_wal_index.h"

namespace firsthire {

class SqliteChangeWatch : public ChangeFeed {
 public:
  // `connection`: a connection of its own to the database; `header`: a view
  // of that connection's WAL index, or null. Reads data_version once and
  // tells the listeners whether it could (SetListening).
  SqliteChangeWatch(std::unique_ptr<SqlConnection> connection,
                    std::unique_ptr<WalIndexHeader> header, std::vector<ChangeListener*> listeners);

  void Poll() override;

  // How many times data_version was read, the first included (for tests).
  std::uint64_t data_version_reads() const { return reads_.load(); }

 private:
  using Words = WalIndexHeader::Words;

  // Whether `header` is the one published by the last data_version read.
  bool Unchanged(const Words& header) const;
  // Publishes `header` (read before the data_version read just handled), or
  // nothing: every Poll then reads data_version. mutex_ held.
  void Publish(const std::optional<Words>& header);
  std::optional<std::string> ReadDataVersion();  // mutex_ held

  std::mutex mutex_;
  std::unique_ptr<SqlConnection> connection_;     // guarded by mutex_
  const std::unique_ptr<WalIndexHeader> header_;  // maps connection_'s memory
  const std::vector<ChangeListener*> listeners_;
  std::optional<std::string> last_;  // guarded by mutex_
  std::atomic<std::uint64_t> reads_{0};
  // The published header, under a sequence lock: odd while being written or
  // when none is published; readers retry nothing, they take the slow path.
  std::atomic<std::uint64_t> sequence_{1};
  std::array<std::atomic<std::uint32_t>, std::tuple_size_v<Words>> published_{};
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SQLITE_CHANGE_WATCH_H_

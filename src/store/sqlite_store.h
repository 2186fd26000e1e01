// The SQLite backend: a Store on one database file.
//
// The file (and its parent directory) is created when absent. Every
// connection runs in WAL mode with synchronous=FULL (a write is on disk when
// the call returns), foreign keys on and a 5 s busy timeout. Up to
// kSqlitePoolSize connections serve concurrent callers: readers run in
// parallel, writers take the write lock at BEGIN IMMEDIATE and queue on the
// busy timeout (beyond it: kUnavailable).
#ifndef FIRSTHIRE_STORE_SQLITE_STORE_H_
#define FIRSTHIRE_STORE_SQLITE_STORE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "firsthire/status.h"
#include "store/change_feed.h"
#include "store/sqlite_change_watch.h"
#include "store/store.h"

namespace firsthire {

inline constexpr std::size_t kSqlitePoolSize = 4;

// Opens and migrates the SQLite database at `path` (a file path, not a URL).
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path,
                                               SchemaUpgrade upgrade = SchemaUpgrade::kApply,
                                               Clock clock = SystemMillis);

enum class WalIndexUse { kRead, kIgnore };

// The change feed OpenSqliteStore gives its caches: a connection of its own
// to the database at `path` and, with kRead, a view of its WAL index header
// (kIgnore: every Poll reads data_version; for tests).
Result<std::unique_ptr<SqliteChangeWatch>> OpenSqliteChangeWatch(
    const std::string& path, std::vector<ChangeListener*> listeners,
    WalIndexUse use = WalIndexUse::kRead);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SQLITE_STORE_H_

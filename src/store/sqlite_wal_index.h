// WalIndexHeader: a look, without a lock or a system call, at the header of
// a SQLite database's WAL index (the `-shm` file every connection to the
// database maps, in every process).
//
// SQLite keeps two copies of a 48-byte header at the start of the WAL index
// (documented with the file format: "WAL-index format", the "WAL-index
// header"). Every commit, by any connection of any process, rewrites both
// copies before it returns, and among other fields increments a change
// counter (`iChange`); a writer writes the second copy first, a reader reads
// the first copy first, and two equal copies make a consistent header. This
// is how SQLite itself notices, at the start of each read transaction, that
// another connection committed; `PRAGMA data_version` changes exactly then.
//
// So two reads that return the same header saw no commit between them, and
// a read that starts after a commit returns that commit's header or a later
// one. A header can repeat only if the 32-bit change counter wraps together
// with equal salts, frame count and checksums: not a concern in practice.
//
// Read() is nullopt when the header cannot be read consistently (a writer
// was writing it during each try) or is not initialised (no connection has
// built the index yet); callers then ask the database instead.
#ifndef FIRSTHIRE_STORE_SQLITE_WAL_INDEX_H_
#define FIRSTHIRE_STORE_SQLITE_WAL_INDEX_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>

struct sqlite3;  // <sqlite3.h>, included by the implementation only

namespace firsthire {

class WalIndexHeader {
 public:
  // The header's 48 bytes as native 32-bit words.
  using Words = std::array<std::uint32_t, 12>;

  // A view of the WAL index of `db`'s main database, or null when there is
  // none to map (the database is not in WAL mode, or its VFS shares no
  // memory). `db` must stay open, in WAL mode, while the view is used; it
  // must have run a read transaction already (so its WAL index is open).
  static std::unique_ptr<WalIndexHeader> Map(sqlite3* db);

  std::optional<Words> Read() const;

 private:
  explicit WalIndexHeader(volatile void* region) : region_(region) {}

  volatile void* region_;  // the WAL index's first 32 KiB, mapped by SQLite
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SQLITE_WAL_INDEX_H_

// ListSnapshot and SnapshotCache: a list's whole ordered result at one data
// version (e.g. every candidate a filter lists, at one
// Store::CandidatesVersion), kept as each row's JSON text, so that any page
// of it is cut and joined from memory with no database work.
//
// A page cut from a snapshot is written by WriteListing (api_records.h), as
// ListingResponse writes a page from records, so it is the same bytes for
// the same rows ({items, total, limit, offset}); the total is the number of
// rows. Like ListCache, a snapshot is used only at the version it was built
// at, so no answer is older than the data.
//
// SnapshotCache bounds memory by a byte budget over all snapshots (the
// least recently used go first); a snapshot larger than the whole budget is
// not kept, and that (key, version) is remembered as "too large" so it is
// not built again until the version changes. It also bounds the work: the
// first Find of a (key, version) only remembers it (one page from the
// database is cheaper than the whole list when the data changes between
// requests, as in a mix of writes and reads); the second hands the build to
// exactly one caller; the others get nothing while it runs (they answer from
// the database as before, so no caller waits). Thread-safe; snapshots are immutable and
// shared.
#ifndef FIRSTHIRE_HTTP_LIST_SNAPSHOT_H_
#define FIRSTHIRE_HTTP_LIST_SNAPSHOT_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/store.h"

namespace firsthire::http {

class ListSnapshot {
 public:
  // Appends one row (one JSON value) after the others.
  void Add(std::string_view row_json);

  std::int64_t total() const { return static_cast<std::int64_t>(starts_.size()); }
  // Memory held: the rows' text and their offsets.
  std::size_t bytes() const { return rows_.size() + starts_.size() * sizeof(std::size_t); }

  // The answer {items, total, limit, offset} to `page` (limit <= 0 means 50,
  // limits above 500 are cut to 500, as the store pages): the page's rows
  // are one contiguous run of the kept text, copied once.
  std::string PageAnswer(const Page& page) const;

 private:
  std::string rows_;                 // the rows' JSON, comma-separated, in order
  std::vector<std::size_t> starts_;  // where each row begins in rows_
};

class SnapshotCache {
 public:
  explicit SnapshotCache(std::size_t budget_bytes = std::size_t{64} << 20,
                         std::size_t max_keys = 256);

  struct Lookup {
    std::shared_ptr<const ListSnapshot> snapshot;  // kept at the version asked: use it
    bool build = false;  // none kept, and this caller builds it (then calls Finish)
  };
  // The snapshot kept for `key` at `version`. Without one, the first caller
  // gets neither (the pair is remembered), the second is told to build it
  // (build = true) and every other caller, until Finish, gets neither; so
  // do callers of a (key, version) found too large.
  Lookup Find(const std::string& key, std::int64_t version);

  // Ends the build Find handed out for (key, version): keeps `snapshot` if
  // it fits the budget (dropping the least recently used others until all
  // fit), else marks the pair too large. A null snapshot (the build failed)
  // forgets the build, so the next Find may try again. Ignored when another
  // version was asked for meanwhile.
  void Finish(const std::string& key, std::int64_t version,
              std::shared_ptr<const ListSnapshot> snapshot);

  // Ends the build of (key, version) without a snapshot, remembering that it
  // is too large to keep (e.g. more rows than the caller snapshots).
  void MarkTooLarge(const std::string& key, std::int64_t version);

  std::size_t bytes() const;  // held by the kept snapshots
  std::size_t size() const;   // keys known (kept, building or too large)

 private:
  enum class State { kSeen, kBuilding, kKept, kTooLarge };
  struct Entry {
    std::int64_t version = 0;
    State state = State::kBuilding;
    std::shared_ptr<const ListSnapshot> snapshot;  // when kKept
    std::uint64_t last_used = 0;
  };

  // The entry of a build handed out for (key, version); null when another
  // version was asked for meanwhile. mutex_ held.
  Entry* Building(const std::string& key, std::int64_t version);
  void Drop(std::unordered_map<std::string, Entry>::iterator entry);  // mutex_ held
  // Drops the least recently used entries (other than `keep`) while the
  // kept bytes exceed the budget or the keys exceed max_keys_. mutex_ held.
  void Shrink(const std::string& keep);

  const std::size_t budget_bytes_;
  const std::size_t max_keys_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
  std::uint64_t clock_ = 0;
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_LIST_SNAPSHOT_H_

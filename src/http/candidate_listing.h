// CandidateListing: the answers to GET /api/v1/candidates, from memory
// wherever the data allows.
//
// For a request (filter + page) at the candidates' current version
// (Store::CandidatesVersion, read first):
//   1. the whole answer kept in the list cache (list_cache.h), if any;
//   2. else the page cut from the filter's ordered snapshot (list_snapshot.h):
//      every row the filter lists, as JSON, built by one query the second
//      time the filter is asked at this version (the first goes on to 3),
//      by one request while the others go on to 3;
//   3. else the page read from the database (one statement), as before the
//      snapshot existed.
// Answers 2 and 3 are kept in the list cache. All three send the same bytes
// for the same data. A version that cannot be read skips 1 and 2 and keeps
// nothing. Thread-safe.
#ifndef FIRSTHIRE_HTTP_CANDIDATE_LISTING_H_
#define FIRSTHIRE_HTTP_CANDIDATE_LISTING_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "firsthire/status.h"
#include "http/list_cache.h"
#include "http/list_snapshot.h"
#include "store/store.h"

namespace firsthire::service {
class CandidateService;
}  // namespace firsthire::service

namespace firsthire::http {

class CandidateListing {
 public:
  struct Limits {
    std::size_t snapshot_bytes = std::size_t{64} << 20;  // all snapshots together
    std::int64_t snapshot_rows = 100000;  // a filter listing more is never snapshotted
    std::size_t list_entries = 64;        // whole answers in the list cache
  };
  // How many answers came from where, since the start.
  struct Counts {
    std::uint64_t cached = 0;           // 1: list cache
    std::uint64_t from_snapshot = 0;    // 2: cut from a snapshot
    std::uint64_t from_database = 0;    // 3: a page query
    std::uint64_t snapshot_builds = 0;  // snapshots built (one query each)
  };

  CandidateListing(service::CandidateService& candidates, Limits limits);
  explicit CandidateListing(service::CandidateService& candidates)
      : CandidateListing(candidates, Limits{}) {}

  // The answer's body ({items, total, limit, offset}), shared and immutable.
  Result<std::shared_ptr<const std::string>> Answer(const CandidateFilter& filter,
                                                    const Page& page);

  Counts counts() const;
  const SnapshotCache& snapshots() const { return snapshots_; }

 private:
  // The filter's snapshot at `version`, built now by one query; null when
  // the filter lists more than snapshot_rows or the query failed.
  std::shared_ptr<const ListSnapshot> Build(const CandidateFilter& filter, const std::string& key,
                                            std::int64_t version);

  service::CandidateService& candidates_;
  const Limits limits_;
  ListCache pages_;
  SnapshotCache snapshots_;
  std::atomic<std::uint64_t> cached_{0};
  std::atomic<std::uint64_t> from_snapshot_{0};
  std::atomic<std::uint64_t> from_database_{0};
  std::atomic<std::uint64_t> builds_{0};
};

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_CANDIDATE_LISTING_H_

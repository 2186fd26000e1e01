#include "http/candidate_listing.h"

#include <utility>

#include "http/api_records.h"
#include "service/candidates.h"

namespace firsthire::http {
namespace {

// What decides which rows a list holds and in what order, one unambiguous
// string (each text is length-prefixed, so no search text can imitate
// another request).
std::string FilterKey(const CandidateFilter& filter) {
  std::string key;
  for (const std::string* part :
       {&filter.text, &filter.opening_id, &filter.status, &filter.stage}) {
    key += std::to_string(part->size()) + ':' + *part;
  }
  return key + (filter.include_erased ? "+erased" : "");
}

std::string PageKey(const std::string& filter_key, const Page& page) {
  return filter_key + std::to_string(page.limit) + ',' + std::to_string(page.offset);
}

}  // namespace

CandidateListing::CandidateListing(service::CandidateService& candidates, Limits limits)
    : candidates_(candidates),
      limits_(limits),
      pages_(limits.list_entries),
      snapshots_(limits.snapshot_bytes) {}

Result<std::shared_ptr<const std::string>> CandidateListing::Answer(const CandidateFilter& filter,
                                                                    const Page& page) {
  // The version is read before the list, so whatever is kept under it is at
  // least as new as it (Store::CandidatesVersion).
  Result<std::int64_t> version = candidates_.ListVersion();
  const std::string filter_key = FilterKey(filter);
  const std::string page_key = PageKey(filter_key, page);
  if (version.ok()) {
    if (std::shared_ptr<const std::string> body = pages_.Find(page_key, *version)) {
      cached_.fetch_add(1);
      return body;
    }
    SnapshotCache::Lookup found = snapshots_.Find(filter_key, *version);
    std::shared_ptr<const ListSnapshot> snapshot = std::move(found.snapshot);
    if (found.build) snapshot = Build(filter, filter_key, *version);
    if (snapshot) {
      auto body = std::make_shared<const std::string>(snapshot->PageAnswer(page));
      pages_.Put(page_key, *version, body);
      from_snapshot_.fetch_add(1);
      return body;
    }
  }
  auto listing = candidates_.List(filter, page);
  if (!listing.ok()) return listing.status();
  from_database_.fetch_add(1);
  auto body = std::make_shared<const std::string>(
      std::move(ListingResponse(listing->items, listing->total, page).body));
  if (version.ok()) pages_.Put(page_key, *version, body);
  return body;
}

std::shared_ptr<const ListSnapshot> CandidateListing::Build(const CandidateFilter& filter,
                                                            const std::string& key,
                                                            std::int64_t version) {
  // One row more than the bound says whether the filter lists more.
  auto rows = candidates_.ListAll(filter, limits_.snapshot_rows + 1);
  if (!rows.ok()) {
    snapshots_.Finish(key, version, nullptr);  // the next request may try again
    return nullptr;
  }
  if (static_cast<std::int64_t>(rows->size()) > limits_.snapshot_rows) {
    snapshots_.MarkTooLarge(key, version);  // not read whole again at this version
    return nullptr;
  }
  builds_.fetch_add(1);
  auto snapshot = std::make_shared<ListSnapshot>();
  JsonWriter row(1024);
  for (const store::StoredCandidate& candidate : *rows) {
    WriteJson(row, candidate);
    snapshot->Add(row.Take());
  }
  snapshots_.Finish(key, version, snapshot);
  return snapshot;
}

CandidateListing::Counts CandidateListing::counts() const {
  return {cached_.load(), from_snapshot_.load(), from_database_.load(), builds_.load()};
}

}  // namespace firsthire::http

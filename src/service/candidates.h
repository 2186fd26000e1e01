// Candidates: the use cases on the people being hired for, shared by the API
// (/candidates): adding, importing and changing them (with their pipeline stage checked
// against the playbook's pipeline), erasure, the right of access, and
// decisions taken on evidence.
//
// Every method returns the store's errors as they are, and these of its own:
//   kNotFound      no such candidate, or an erased one (except Erase, which
//                  is idempotent on an erased candidate);
//   kInvalidInput  with the field named: "stage" (not a stage of the
//                  playbook's pipeline), "stage_reason" (a stage with
//                  needs_reason and no reason), "name" (emptied),
//                  "decision" (not a decision kind of the playbook),
//                  "reason" (a decision without one), "scorecards" (a
//                  decision before any scorecard is submitted),
//                  "opening_id" (a new candidate, or one moved, in a closed
//                  opening: service/opening_status.h).
// Threads: as safe as the Store; the service holds no state of its own.
#ifndef FIRSTHIRE_SERVICE_CANDIDATES_H_
#define FIRSTHIRE_SERVICE_CANDIDATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "input/candidate_import.h"
#include "store/store.h"

namespace firsthire::service {

// What a request changes about a candidate; absent fields stay. A new
// stage without a reason clears the old reason.
struct CandidateChange {
  std::optional<std::string> name;
  std::optional<std::string> email;
  std::optional<std::string> opening_id;
  std::optional<std::string> status;
  std::optional<std::string> profile_json;
  std::optional<std::string> stage;
  std::optional<std::string> stage_reason;
};

// A decision as a manager gives it: a kind of the playbook's
// pipeline.decisions and the reason (what the evidence shows).
struct DecisionRequest {
  std::string decision;
  std::string reason;
};

class CandidateService {
 public:
  // `store` and `playbook` must outlive this object.
  CandidateService(Store& store, const Playbook& playbook) : store_(store), playbook_(playbook) {}

  // The candidate with `id` unless erased.
  Result<store::StoredCandidate> Live(const std::string& id);

  // A page of live candidates, and the version to cache it under (read
  // first: see Store::CandidatesVersion).
  Result<std::int64_t> ListVersion();
  Result<Listing<store::StoredCandidate>> List(const CandidateFilter& filter, Page page);
  // Every live candidate `filter` lists, in list order, at most `max_rows`:
  // what a whole-list snapshot is built from (Store::ListCandidatesInOrder).
  Result<std::vector<store::StoredCandidate>> ListAll(const CandidateFilter& filter,
                                                      std::int64_t max_rows);

  // A new candidate (status "new", profile {} and the first stage unless the
  // change says otherwise).
  Result<store::StoredCandidate> Create(const CandidateChange& change, const std::string& actor);

  // Applies `change` to `candidate` (as Live returned it) and saves it.
  Result<store::StoredCandidate> Update(store::StoredCandidate candidate,
                                        const CandidateChange& change, const std::string& actor);

  // Imports rows an import reader accepted (input/candidate_import.h), all in
  // one transaction (Store::CreateCandidates): each "new", in `opening_id`
  // (may be ""), at the row's stage or the first one. Returns them as stored.
  Result<std::vector<store::StoredCandidate>> Import(std::vector<ImportRow> rows,
                                                     const std::string& opening_id,
                                                     const std::string& actor);
  // kNotFound unless the opening exists, kInvalidInput on "opening_id" when
  // it is closed (checked before a file is read).
  Status CheckOpening(const std::string& opening_id);

  // The right to erasure (Store::EraseCandidate).
  Status Erase(const std::string& id, const std::string& actor);

  // The right of access: every record about a live candidate; the export is
  // audited ("candidate.export") before it is answered.
  Result<store::CandidateRecords> Export(const std::string& id, const std::string& actor);

  // The candidate's decisions, newest first.
  Result<std::vector<store::StoredDecision>> Decisions(const std::string& id);

  // Records a decision: it carries its kind's playbook rule and moves the
  // candidate to the kind's stage, in one transaction with the check that a
  // scorecard is submitted (Store::DecideOnEvidence).
  Result<store::StoredDecision> Decide(const std::string& candidate_id,
                                       const DecisionRequest& request, const std::string& actor);

 private:
  Status Apply(const CandidateChange& change, bool creating, store::StoredCandidate& candidate);

  Store& store_;
  const Playbook& playbook_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_CANDIDATES_H_

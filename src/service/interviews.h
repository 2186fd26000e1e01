// Interviews: assigning an interviewer to a candidate (when, which kind,
// which of the playbook's interview categories to cover, when the scorecard
// is due) and who may read them, shared by the API (/interviews).
//
// Admins and hiring managers read every interview; an interviewer reads only
// their own (another's is kNotFound: not theirs, not there).
//
// Every method returns the store's errors as they are, and these of its own,
// kInvalidInput with the field named: "candidate_id" (no such live
// candidate), "interviewer_id" (no such user), "scheduled_at" / "due_at"
// (negative), "focus[i]" (not a category of the playbook, or listed twice).
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_INTERVIEWS_H_
#define FIRSTHIRE_SERVICE_INTERVIEWS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "service/reader.h"
#include "store/store.h"

namespace firsthire::service {

// What a request sets on an interview; absent fields stay. candidate_id is
// read on create only (an interview never moves to another candidate).
struct InterviewChange {
  std::string candidate_id;
  std::optional<std::string> interviewer_id;
  std::optional<std::int64_t> scheduled_at;
  std::optional<std::string> kind;
  std::optional<std::string> status;
  std::optional<std::string> notes;
  std::optional<std::int64_t> due_at;
  std::optional<std::vector<std::string>> focus;  // category ids
};

class InterviewService {
 public:
  // `store` and `playbook` must outlive this object.
  InterviewService(Store& store, const Playbook& playbook) : store_(store), playbook_(playbook) {}

  // A page of interviews; an interviewer's filter is narrowed to their own.
  Result<Listing<store::StoredInterview>> List(InterviewFilter filter, Page page,
                                               const Reader& reader);
  Result<store::StoredInterview> Get(const std::string& id, const Reader& reader);
  // A new interview, "scheduled" unless the change gives a status.
  Result<store::StoredInterview> Create(const InterviewChange& change, const std::string& actor);
  // Applies `change` to `interview` (as Get returned it) and saves it.
  Result<store::StoredInterview> Update(store::StoredInterview interview,
                                        const InterviewChange& change, const std::string& actor);
  Status Delete(const std::string& id, const std::string& actor);

 private:
  Status Apply(const InterviewChange& change, bool creating, store::StoredInterview& interview);
  Result<std::string> FocusJson(const std::vector<std::string>& focus) const;

  Store& store_;
  const Playbook& playbook_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_INTERVIEWS_H_

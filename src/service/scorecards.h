// Scorecards: saving an interviewer's own scorecard and reading them under
// the blind rule, shared by the API (/candidates/{id}/scorecards and
// /candidates/{id}/evaluation).
//
// The blind rule: admins and hiring managers read every scorecard (drafts
// too); an interviewer reads the others' submitted scorecards only once their
// own is submitted (kPermissionDenied before that), so nobody is anchored by
// a colleague's scores.
//
// Every method returns the store's errors as they are, and these of its own:
//   kNotFound          no such candidate, or an erased one;
//   kAlreadyExists     saving over the caller's submitted scorecard;
//   kPermissionDenied  the blind rule.
// The scorecard's content is checked by the caller (the scorecard loader's
// rules) before Save. Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_SCORECARDS_H_
#define FIRSTHIRE_SERVICE_SCORECARDS_H_

#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "service/reader.h"
#include "store/store.h"

namespace firsthire::service {

// One interviewer's scorecard as they save it (the JSON texts are stored as
// they are).
struct ScorecardDraft {
  std::string scores_json;     // {category id: score}
  std::string notes_json;      // {category id: text}
  std::string red_flags_json;  // [flag id]
  bool submit = true;          // false keeps a draft that may be saved again
};

struct SavedScorecard {
  store::StoredScorecard scorecard;
  bool created = false;  // false: a draft was replaced
};

// A submitted scorecard and the name its interviewer is shown by in an
// evaluation (distinct within one candidate's scorecards).
struct NamedScorecard {
  std::string interviewer;
  store::StoredScorecard scorecard;
};

class ScorecardService {
 public:
  // `store` and `playbook` must outlive this object.
  ScorecardService(Store& store, const Playbook& playbook) : store_(store), playbook_(playbook) {}

  // Saves `interviewer_id`'s scorecard for the live candidate `candidate_id`,
  // in one transaction with, when it is submitted, the move of a candidate
  // still in the pipeline's first_scorecard.from stages to its `to` stage.
  Result<SavedScorecard> Save(const std::string& candidate_id, const std::string& interviewer_id,
                              const ScorecardDraft& draft);

  // The scorecards `reader` may see, oldest first (see the blind rule).
  Result<std::vector<store::StoredScorecard>> Visible(const std::string& candidate_id,
                                                      const Reader& reader);

  // The reader's own scorecard, draft or submitted; kNotFound while none.
  Result<store::StoredScorecard> Mine(const std::string& candidate_id, const std::string& user_id);

  // The submitted scorecards an evaluation is built from, each with its
  // interviewer's name (their account name, else "interviewer" and the
  // start of their id; a repeated name gets that id start too); empty while
  // none is submitted. Same blind rule.
  Result<std::vector<NamedScorecard>> Submitted(const std::string& candidate_id,
                                                const Reader& reader);

 private:
  Result<std::vector<store::StoredScorecard>> Readable(const std::string& candidate_id,
                                                       const Reader& reader);
  std::string InterviewerName(const std::string& user_id);

  Store& store_;
  const Playbook& playbook_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_SCORECARDS_H_

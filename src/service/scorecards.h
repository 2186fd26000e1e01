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

#include <optional>
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
  std::string summary;         // the overall note; may be empty
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

// Who turned a submitted scorecard back into a draft, and when.
struct ScorecardReopening {
  std::string by;       // the manager's user id
  std::string by_name;  // their account name, else "a manager"
  Millis at = 0;
};

// The newest reopening of `card` (its "scorecard.reopen" audit entry) while
// it is a draft again; none when it is submitted or was never reopened.
Result<std::optional<ScorecardReopening>> LastReopening(Store& store,
                                                        const store::StoredScorecard& card);

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

  // A manager's correction: the submitted scorecard of `interviewer_id` for
  // the live candidate becomes a draft they may change and submit again
  // (Store::ReopenScorecard). Until then it counts nowhere: the evaluation
  // and decisions take submitted scorecards only, and the blind rule sees no
  // submitted scorecard of that interviewer. kNotFound without one;
  // kAlreadyExists when it is a draft. The caller checks the manager's role.
  Result<store::StoredScorecard> Reopen(const std::string& candidate_id,
                                        const std::string& interviewer_id,
                                        const std::string& actor);

  // The reader's own scorecard, draft or submitted; kNotFound while none.
  Result<store::StoredScorecard> Mine(const std::string& candidate_id, const std::string& user_id);

  // The submitted scorecards an evaluation is built from, each with its
  // interviewer's name (their account name, else "interviewer" and the
  // start of their id; a repeated name gets that id start too); empty while
  // none is submitted. Same blind rule.
  Result<std::vector<NamedScorecard>> Submitted(const std::string& candidate_id,
                                                const Reader& reader);

  // The name `user_id` is shown by: their account name, else "interviewer"
  // and the start of their id.
  std::string InterviewerName(const std::string& user_id);

 private:
  Result<std::vector<store::StoredScorecard>> Readable(const std::string& candidate_id,
                                                       const Reader& reader);

  Store& store_;
  const Playbook& playbook_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_SCORECARDS_H_

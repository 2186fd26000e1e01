// The stored hiring record read back as the engines' input: every
// candidate's submitted scorecards as CandidateScorecards, the interviewers
// named as people read them. Shared by calibration and outcomes.
#ifndef FIRSTHIRE_SERVICE_STORED_SCORECARDS_H_
#define FIRSTHIRE_SERVICE_STORED_SCORECARDS_H_

#include <map>
#include <string>
#include <vector>

#include "firsthire/scorecard.h"
#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

// The live (not erased) candidates, oldest first, all pages.
Result<std::vector<store::StoredCandidate>> AllLiveCandidates(Store& store);

// Names interviewers by their user's name; two users of the same name get
// the first six characters of their id added, so each stays one rater. A
// user who no longer exists is "interviewer <id prefix>".
class InterviewerNames {
 public:
  explicit InterviewerNames(Store& store) : store_(store) {}
  std::string NameOf(const std::string& user_id);

 private:
  Store& store_;
  std::map<std::string, std::string> by_id_;
  std::map<std::string, std::string> taken_;  // name -> the user id holding it
};

// `candidate`'s submitted scorecards (drafts left out) as the engines read
// them: scores and notes from the stored JSON; a category without a whole
// number is left out (missing, not zero). The scorecard list may be empty.
Result<CandidateScorecards> SubmittedScorecards(Store& store,
                                                const store::StoredCandidate& candidate,
                                                InterviewerNames& names);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_STORED_SCORECARDS_H_

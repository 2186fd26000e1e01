#include "service/calibration.h"

#include <vector>

#include "service/stored_scorecards.h"

namespace firsthire::service {

Result<Calibration> CalibrateStored(Store& store, const Playbook& playbook) {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredCandidate> candidates, AllLiveCandidates(store));
  InterviewerNames names(store);
  std::vector<CandidateScorecards> scored;
  for (const store::StoredCandidate& candidate : candidates) {
    FH_ASSIGN_OR_RETURN(CandidateScorecards cards, SubmittedScorecards(store, candidate, names));
    if (!cards.scorecards.empty()) scored.push_back(std::move(cards));
  }
  return Calibrate(playbook, scored);
}

}  // namespace firsthire::service

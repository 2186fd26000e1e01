// The team's hiring loop, read side, shared by the API (/openings/{id}/pipeline
// and /me/interviews): an opening's pipeline board and an interviewer's own
// interviews with where their scorecards stand. "Now" comes from the clock
// the service is given.
//
// Errors are the store's (kNotFound for an unknown opening).
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_HIRING_LOOP_H_
#define FIRSTHIRE_SERVICE_HIRING_LOOP_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/pipeline_funnel.h"
#include "firsthire/clock.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "service/scorecards.h"
#include "store/store.h"

namespace firsthire::service {

// One column of the board.
struct StageCount {
  std::string id;
  std::string title;
  std::int64_t count = 0;
  std::optional<Millis> median_ms_in_stage;  // the lower middle; none when empty
};

struct PipelineBoard {
  std::string opening_id;
  std::int64_t total = 0;  // live candidates of the opening
  Millis as_of = 0;
  // The playbook's stages in order, then the stages candidates hold that the
  // playbook no longer lists (titled by their id, in id order).
  std::vector<StageCount> stages;
  // How far the same candidates got (engine/pipeline_funnel.h), from the
  // stage moves in the audit log ("candidate.stage", and "candidate.update"
  // with a stage change).
  PipelineFunnel funnel;
};

// Where the caller's scorecard for an interview stands.
enum class ScorecardProgress { kToScore, kOverdue, kDone };
// "to_score", "overdue", "done".
const char* ScorecardProgressId(ScorecardProgress progress);

struct MyInterview {
  store::StoredInterview interview;
  std::string candidate_name;
  std::string candidate_stage;
  std::string opening_id;                    // "" when the candidate has none
  std::optional<std::string> opening_title;  // none when there is no opening
  ScorecardProgress scorecard = ScorecardProgress::kToScore;
  // Set while the caller's scorecard is a draft again because a manager
  // reopened it (to score again); none otherwise.
  std::optional<ScorecardReopening> reopened;
};

struct MyInterviews {
  // Cancelled interviews and erased candidates left out; open ones first,
  // soonest due first (no due time last), then by scheduled time; then the
  // done ones in the same order.
  std::vector<MyInterview> items;
  std::map<ScorecardProgress, std::int64_t> counts;  // every progress, 0 when none
  Millis as_of = 0;
};

class HiringLoopService {
 public:
  // `store` and `playbook` must outlive this object.
  HiringLoopService(Store& store, const Playbook& playbook, Clock clock)
      : store_(store), playbook_(playbook), clock_(std::move(clock)) {}

  Result<PipelineBoard> Pipeline(const std::string& opening_id);
  Result<MyInterviews> InterviewsOf(const std::string& user_id);

 private:
  Result<std::vector<store::StoredInterview>> AllInterviewsOf(const std::string& user_id);

  Store& store_;
  const Playbook& playbook_;
  Clock clock_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_HIRING_LOOP_H_

// Scorecards and their evaluation (docs/product.md section 6, `firsthire score`).
//
// Several interviewers score one candidate independently, 1..5 per interview
// category, with a note per score and the red flags they saw. Evaluate()
// aggregates them per category, applies the playbook's gate (a production
// first hire may not be weak on evaluation, security or cost), lists red
// flags, disagreements between interviewers and high scores without written
// evidence, and climbs the recommendation ladder. Every conclusion names its
// playbook rule and a reason filled from the playbook's texts.
//
// Evaluate is pure and total: (playbook, scorecards) -> Evaluation, no I/O,
// no clock, and its result does not depend on the order of the scorecards
// (lists of interviewers are sorted by name).
#ifndef FIRSTHIRE_SCORECARD_H_
#define FIRSTHIRE_SCORECARD_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/diagnostics.h"
#include "firsthire/evidence.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"

namespace firsthire {

// ---- Input ------------------------------------------------------------------

struct Scorecard {
  std::string interviewer;
  std::map<std::string, int> scores;          // category id -> score (playbook min..max)
  std::map<std::string, std::string> notes;   // category id -> evidence written down
  std::vector<std::string> red_flags;         // red flag ids, no duplicates
  std::string summary;                        // free text beside the notes; may be empty
  // Optional trait signals from the kit's trait probes: trait id -> 0..5.
  // Reported, never part of the recommendation.
  std::map<std::string, int> traits;
};

struct CandidateScorecards {
  std::string candidate_id;    // may be empty
  std::string candidate_name;
  std::vector<Scorecard> scorecards;  // at least one; interviewers are distinct
};

// Parses `{candidate: {id, name}, scorecards: [{interviewer, scores, notes,
// red_flags, traits}]}` (YAML or JSON); `traits` (optional) maps trait ids to
// whole numbers 0..5, unknown trait ids and values out of range are errors. Errors, each with file, line and column:
// unknown category or red flag ids (with did-you-mean), a score that is not a
// whole number within the playbook's min..max, no scorecards, a scorecard
// without scores, an interviewer named twice, a missing candidate name or
// interviewer. Unknown keys and notes on unscored categories are warnings.
// Every problem goes to `diagnostics`; the result is the first error.
Result<CandidateScorecards> LoadScorecards(std::string_view text, const std::string& source_name,
                                           const Playbook& playbook, Diagnostics* diagnostics);

// ---- Decision record ---------------------------------------------------------

struct InterviewerScore {
  std::string interviewer;
  int score = 0;
};

// One interview category across all interviewers. When nobody scored it,
// count is 0 and mean/min/max/spread are unset.
struct CategoryAggregate {
  std::string id;
  std::string title;
  std::optional<double> mean;
  std::optional<int> min;
  std::optional<int> max;
  std::optional<int> spread;  // max - min
  int count = 0;
  std::vector<InterviewerScore> scores;  // sorted by interviewer
};

struct GateResult {
  bool risky_first_hire = false;
  std::vector<std::string> failing;  // gate category ids, playbook order
  // Gate categories whose mean passes although an interviewer scored them
  // below the threshold (playbook order): the interviewers split.
  std::vector<std::string> split;
  std::string rule;
  std::string reason;
};

struct RaisedRedFlag {
  std::string id;
  std::string title;
  std::vector<std::string> raised_by;  // sorted
  // Steps this flag lowers the recommendation by: its playbook weight, plus
  // the shared-flag extra when enough interviewers raised it.
  int steps = 0;
};

// One trait's signals across interviewers (only traits someone gave).
struct TraitSignal {
  std::string id;
  std::string title;
  double mean = 0;
  std::vector<InterviewerScore> scores;  // sorted by interviewer
};

struct Disagreement {
  std::string category;
  int low = 0;
  int high = 0;
  std::vector<std::string> low_by;   // interviewers who gave `low`, sorted
  std::vector<std::string> high_by;  // interviewers who gave `high`, sorted
  std::string rule;
  std::string reason;
};

// A high score without a note. The single-interviewer warning is one of
// these too, with no category and no score.
struct WeakEvidence {
  std::string interviewer;
  std::string category;        // "" for the single-interviewer warning
  std::optional<int> score;
  std::string rule;
  std::string reason;
};

// Ordered worst to best; comparisons follow the ladder.
enum class HireDecision { kNoHire = 0, kRiskyFirstHire = 1, kHire = 2, kStrongHire = 3 };

// "no_hire", "risky_first_hire", "hire", "strong_hire".
const char* HireDecisionId(HireDecision decision);

struct Recommendation {
  HireDecision decision = HireDecision::kNoHire;
  std::string rule;
  std::string reason;  // names every raised red flag
  // The decision the scores and the gate alone give, before red flags.
  HireDecision before_red_flags = HireDecision::kNoHire;
  int red_flag_steps = 0;  // sum of the raised flags' steps
  std::string red_flags_rule;  // the red-flag rule when a flag was raised, else ""
};

// How many independent interviews the recommendation rests on; fewer than
// the playbook's calibration.few_interviews.min_interviews make it less
// certain (reason set only then).
struct InterviewCertainty {
  int interviews = 0;
  int min_interviews = 0;
  bool less_certain = false;
  std::string rule;
  std::string reason;
};

struct Evaluation {
  // Which playbook decided (so a stored record can be traced).
  PlaybookInfo playbook;
  std::string candidate_id;
  std::string candidate_name;
  int interviewers = 0;
  // Mean of the category means over the categories someone scored; 0 when
  // none was scored.
  double overall_mean = 0;
  std::vector<CategoryAggregate> categories;  // every playbook category, playbook order
  GateResult gate;
  std::vector<RaisedRedFlag> red_flags;       // playbook order
  std::vector<Disagreement> disagreements;    // playbook category order
  std::vector<WeakEvidence> weak_evidence;    // single-interviewer first, then by interviewer
  std::vector<TraitSignal> traits;            // playbook trait order
  Recommendation recommendation;
  InterviewCertainty certainty;
  std::vector<ScorecardEvidence> evidence;  // per scorecard, by interviewer (see evidence.h)
};

// Aggregates and decides. The ladder before red flags, first match wins:
// no_hire when the overall mean is below no_hire_below_mean; risky_first_hire
// when the gate fails (a gate category nobody scored fails it: missing
// evidence is not a pass); strong_hire when the mean reaches
// strong_hire_min_mean and every category was scored at or above the gate
// threshold; else hire. Red flags then lower that decision by the sum of
// their steps (never below no_hire), and distinct red flags reaching
// no_hire_red_flags mean no_hire; the reason names every raised flag.
// Last, a split gate (gate.split not empty) caps hire and strong_hire at
// hire, with the playbook's gate.split rule and reason (a follow-up
// interview).
// Raising a score never lowers the decision; adding a red flag never
// raises it.
Evaluation Evaluate(const Playbook& playbook, const CandidateScorecards& input);

}  // namespace firsthire

#endif  // FIRSTHIRE_SCORECARD_H_

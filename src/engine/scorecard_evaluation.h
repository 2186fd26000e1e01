// The steps of Evaluate() (include/firsthire/scorecard.h), exposed so each
// can be tested on its own. All are pure functions of their arguments.
#ifndef FIRSTHIRE_ENGINE_SCORECARD_EVALUATION_H_
#define FIRSTHIRE_ENGINE_SCORECARD_EVALUATION_H_

#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/scorecard.h"

namespace firsthire {

// Every playbook category, in playbook order, with the scores given to it.
std::vector<CategoryAggregate> AggregateCategories(const Playbook& playbook,
                                                   const std::vector<Scorecard>& scorecards);

// Mean of the category means over scored categories; 0 when none was scored.
double OverallMean(const std::vector<CategoryAggregate>& categories);

// The gate: fails on every gate category whose mean is below the threshold
// or that nobody scored; lists as split every passing gate category that an
// interviewer scored below the threshold.
GateResult ApplyGate(const Playbook& playbook, const std::vector<CategoryAggregate>& categories);

// Distinct red flags in playbook order, each with who raised it and the
// steps it lowers the recommendation by.
std::vector<RaisedRedFlag> CollectRedFlags(const Playbook& playbook,
                                           const std::vector<Scorecard>& scorecards);

// Every trait somebody gave a signal for, in playbook order, with the mean.
std::vector<TraitSignal> CollectTraitSignals(const Playbook& playbook,
                                             const std::vector<Scorecard>& scorecards);

// Categories whose max - min reaches the playbook's disagreement spread.
std::vector<Disagreement> FindDisagreements(const Playbook& playbook,
                                            const std::vector<CategoryAggregate>& categories);

// High scores without a note, plus the single-interviewer warning.
std::vector<WeakEvidence> FindWeakEvidence(const Playbook& playbook,
                                           const std::vector<Scorecard>& scorecards);

// The recommendation ladder, the red flags' steps down it, then the cap of a
// split gate at hire (see Evaluate).
Recommendation Recommend(const Playbook& playbook, const std::vector<CategoryAggregate>& categories,
                         double overall_mean, const GateResult& gate,
                         const std::vector<RaisedRedFlag>& red_flags);

// Whether `interviews` independent scorecards are fewer than the playbook's
// minimum for a confident recommendation.
InterviewCertainty AssessCertainty(const Playbook& playbook, int interviews);

// A score or mean for people: at most two decimals, no trailing zeros
// ("3", "3.5", "3.67").
std::string FormatScore(double value);

// "a", "a and b", "a, b and c".
std::string JoinWithAnd(const std::vector<std::string>& items);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_SCORECARD_EVALUATION_H_

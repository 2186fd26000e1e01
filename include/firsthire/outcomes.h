// Outcomes (docs/score-and-review.md, "Outcomes"): did the interview
// categories tell apart the hires who reached a 90-day `go` from those who
// did not?
//
// Input: every hire with a recorded 90-day decision (the 30-60-90 plan's
// final go/no-go) and that hire's submitted scorecards. Per category, a
// hire's score is the mean of their interviewers' scores in it; a hire no
// interviewer scored in that category is left out of it (missing, not zero).
// Per category: the go and no-go scores with n. Below the playbook's
// minimum (calibration.outcomes.min_outcomes, ten by default) hires with a
// score there, the category is a record (kind "record"), plainly not a
// correlation; from the minimum, the point-biserial correlation between the
// score and reaching go with its Fisher-z 95% interval (kind
// "correlation"), and the summary carries the range-restriction warning:
// only hired people have outcomes, so the correlation says little about the
// candidates who were turned down.
//
// SummariseOutcomes is pure and deterministic; hires are listed by
// decided_at, then candidate id.
#ifndef FIRSTHIRE_OUTCOMES_H_
#define FIRSTHIRE_OUTCOMES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "firsthire/calibration.h"
#include "firsthire/playbook.h"
#include "firsthire/scorecard.h"

namespace firsthire {

struct HireOutcome {
  CandidateScorecards hire;     // candidate id and name, submitted scorecards
  bool go = false;              // the 90-day decision: go (true) or no_go
  std::string decided_by;       // who recorded it
  std::int64_t decided_at = 0;  // when, milliseconds since 1970 UTC
};

struct OutcomeScores {
  int n = 0;
  std::vector<double> scores;  // one per hire, ascending
  std::optional<double> mean;  // nullopt when n = 0
};

struct CategoryOutcome {
  std::string category;
  int n = 0;  // hires with an outcome and a score in this category
  OutcomeScores go;
  OutcomeScores no_go;
  std::string kind;            // "record" or "correlation"
  std::string rule;            // the playbook rule of `text`
  std::string text;            // a sentence saying what the figures are (and are not)
  std::optional<double> r;     // point-biserial; nullopt for a record or no variation
  std::optional<Interval> ci;  // Fisher-z 95% interval of r
};

struct HireOutcomeRow {
  std::string candidate_id;
  std::string name;
  std::string outcome;  // "go" or "no_go"
  std::string decided_by;
  std::int64_t decided_at = 0;
  int scorecards = 0;
};

struct OutcomeSummary {
  PlaybookInfo playbook;
  int outcomes = 0;
  int go = 0;
  int no_go = 0;
  int min_outcomes = 10;
  std::vector<CategoryOutcome> categories;  // playbook order
  std::string warning_rule;                 // set (with warning) when any category is a correlation
  std::string warning;
  std::vector<HireOutcomeRow> hires;
};

// Pearson's r between `scores` and `go` (1 for go, 0 for no-go): the
// point-biserial correlation. nullopt when the sizes differ, fewer than two
// values, or either side has no variation.
std::optional<double> PointBiserial(const std::vector<double>& scores, const std::vector<bool>& go);

// The 95% interval of a correlation r over n pairs by Fisher's z
// (atanh(r) +- 1.96 / sqrt(n - 3), back through tanh); nullopt when n < 4.
std::optional<Interval> FisherInterval(double r, int n);

OutcomeSummary SummariseOutcomes(const Playbook& playbook, const std::vector<HireOutcome>& hires);

}  // namespace firsthire

#endif  // FIRSTHIRE_OUTCOMES_H_

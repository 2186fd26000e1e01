// Calibration (docs/score-and-review.md, "Calibration"): do interviewers
// agree, and is anyone consistently lenient or harsh?
//
// Over many candidates' scorecards (each candidate one unit), per category:
// Krippendorff's alpha, ordinal and interval, over the candidates with two
// or more raters (partial scorecards are normal: a category an interviewer
// did not assess is missing, not zero), with a seeded bootstrap 95% interval
// and the playbook's band. Per interviewer: the mean offset of their scores
// from the other raters' mean on the same candidate and category.
// Calibrate is pure and deterministic (the bootstrap is seeded by the playbook).
#ifndef FIRSTHIRE_CALIBRATION_H_
#define FIRSTHIRE_CALIBRATION_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/scorecard.h"

namespace firsthire {

enum class AlphaMetric { kNominal, kOrdinal, kInterval };

// Krippendorff's alpha. `units` holds, per unit, the values the raters gave
// (missing ones left out); units with fewer than two values are not
// pairable and ignored. nullopt when undefined: fewer than two pairable
// values in all, or no variation at all (expected disagreement is zero).
std::optional<double> KrippendorffAlpha(const std::vector<std::vector<int>>& units,
                                        AlphaMetric metric);

using Interval = std::pair<double, double>;

struct CategoryReliability {
  std::string category;
  std::optional<double> alpha_ordinal;
  std::optional<double> alpha_interval;
  std::optional<Interval> ci;  // bootstrap 95% interval of alpha_ordinal
  int units = 0;               // candidates with two or more raters
  int raters = 0;              // distinct interviewers among those
  std::string band;            // the playbook band of alpha_ordinal, or "undefined"
  std::string note;            // why alpha is undefined; empty otherwise
};

struct InterviewerCalibration {
  std::string interviewer;
  int scorecards = 0;
  int n = 0;                     // (candidate, category) pairs shared with another rater
  std::optional<double> offset;  // mean of (their score - the others' mean); nullopt when n = 0
  std::optional<Interval> ci;    // bootstrap 95% interval; nullopt when n < 2
  double without_notes = 0;      // share of their scorecards with no note and no summary
};

struct Calibration {
  PlaybookInfo playbook;
  int candidates = 0;
  std::vector<CategoryReliability> categories;      // playbook order
  std::vector<InterviewerCalibration> interviewers;  // by name
};

Calibration Calibrate(const Playbook& playbook, const std::vector<CandidateScorecards>& candidates);

}  // namespace firsthire

#endif  // FIRSTHIRE_CALIBRATION_H_

// Calibration (`firsthire calibrate`) for machines and for people.
#ifndef FIRSTHIRE_REPORT_CALIBRATION_REPORT_H_
#define FIRSTHIRE_REPORT_CALIBRATION_REPORT_H_

#include <nlohmann/json.hpp>

#include "firsthire/calibration.h"
#include "report/report.h"

namespace firsthire {

// `{playbook, candidates, categories: {category id: {alpha_ordinal,
// alpha_interval, ci: [low, high], units, raters, band, note}},
// interviewers: [{interviewer, scorecards, n, offset, ci, without_notes}]}`;
// an undefined alpha or interval is null.
nlohmann::json CalibrationToJson(const Calibration& calibration);

// One page: per category the alphas, interval and band; per interviewer the
// offset (positive = more lenient than colleagues) and notes discipline.
Report CalibrationReport(const Calibration& calibration);

}  // namespace firsthire

#endif  // FIRSTHIRE_REPORT_CALIBRATION_REPORT_H_

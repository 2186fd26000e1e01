// Calibration over the stored hiring record (GET /api/v1/calibration): the
// engine's Calibrate over every live candidate's submitted scorecards, so
// the answer is what `firsthire calibrate` gives for the same scorecards.
#ifndef FIRSTHIRE_SERVICE_CALIBRATION_H_
#define FIRSTHIRE_SERVICE_CALIBRATION_H_

#include "firsthire/calibration.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

// Candidates without a submitted scorecard are left out (`candidates` counts
// those with one); an empty workspace calibrates to undefined alphas with
// the playbook's note. Erased candidates are left out: their notes are gone,
// so the share of scorecards without notes would be wrong. Store errors as
// they are.
Result<Calibration> CalibrateStored(Store& store, const Playbook& playbook);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_CALIBRATION_H_

// Measuring evidence extraction against a labelled set of notes
// (tests/data/evidence_notes.yaml, bench/evidence_bench.cc).
//
// Each labelled note carries the signals a careful reader expects, as
// "category/polarity", and the red flag ids. A note's findings are compared
// as sets: a predicted key the labels lack is a false positive, a labelled
// key not predicted a false negative (so a strong found where fail was
// expected counts against both).
#ifndef FIRSTHIRE_ENGINE_EVIDENCE_ACCURACY_H_
#define FIRSTHIRE_ENGINE_EVIDENCE_ACCURACY_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/diagnostics.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"

namespace firsthire {

struct LabelledNote {
  std::string id;
  std::string split;  // "tune" | "holdout"
  std::string text;
  std::set<std::string> signals;    // "category/polarity"
  std::set<std::string> red_flags;  // red flag ids
};

// Parses `{notes: [{id, split, text, signals, red_flags}]}`; unknown
// categories, polarities, red flags or splits and duplicate ids are located
// errors.
Result<std::vector<LabelledNote>> LoadLabelledNotes(std::string_view text,
                                                    const std::string& source_name,
                                                    const Playbook& playbook,
                                                    Diagnostics* diagnostics);

struct Tally {
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  std::optional<double> Precision() const;  // nullopt when nothing was predicted
  std::optional<double> Recall() const;     // nullopt when nothing was expected
};

struct Accuracy {
  int notes = 0;
  std::map<std::string, Tally> categories;  // category id -> both polarities together
  Tally signals;                            // every category
  std::map<std::string, Tally> flags;       // red flag id
  Tally red_flags;                          // every red flag
  std::vector<std::string> misses;          // "id: +found -expected" per wrong note
};

// The predicted keys of one note: "category/polarity" and red flag ids.
std::pair<std::set<std::string>, std::set<std::string>> PredictedKeys(const Playbook& playbook,
                                                                      std::string_view text);

// Accuracy over the notes whose split is `split` ("" = all).
Accuracy MeasureAccuracy(const Playbook& playbook, const std::vector<LabelledNote>& notes,
                         std::string_view split);

// Agreement between two labellers of the same notes: `second`'s labels are
// scored as predictions against `reference`'s, on the notes both label
// (matched by id; `reference`'s split filter as in MeasureAccuracy). With
// the same conventions, this is the ceiling a method measured against
// `reference` can be expected to reach.
Accuracy MeasureAgreement(const std::vector<LabelledNote>& reference,
                          const std::vector<LabelledNote>& second, std::string_view split);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_EVIDENCE_ACCURACY_H_

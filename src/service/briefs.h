// Briefs and the openings made from them: a brief's change reaches every
// opening made from it in the same transaction, so no opening interviews for
// the old brief and a failure half way leaves nothing changed. What the
// engines make of a brief (its assessment, and its openings' kit, plan and
// first-hire archetype) is computed by the caller, who runs the engines, and
// passed in (as values, or as an OpeningDeriver).
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_BRIEFS_H_
#define FIRSTHIRE_SERVICE_BRIEFS_H_

#include <functional>
#include <optional>
#include <string>

#include "firsthire/status.h"
#include "service/record_change.h"
#include "store/store.h"

namespace firsthire::service {

// What an opening carries from its brief.
struct OpeningParts {
  std::string kit_json;
  std::string plan_json;
  std::string archetype;  // the brief's assessed first hire
};

// Saves `brief` (Store::UpdateBrief) and gives every opening made from it
// the kit and plan of `parts` (each keeps its title, status and archetype),
// in one transaction. `parts` may be an error: it is returned only when the
// brief has openings (a brief with none needs no kit). The store's errors
// otherwise; nothing is written on failure.
Result<store::StoredBrief> UpdateBriefAndOpenings(Store& store, const store::StoredBrief& brief,
                                                  const Result<OpeningParts>& parts,
                                                  const std::string& actor);

// What openings carry from a brief document (`input_json`, as stored);
// errors are located under `field` (e.g. "brief" or "brief_id").
using OpeningDeriver =
    std::function<Result<OpeningParts>(const std::string& input_json, const std::string& field)>;

// A change to a brief: a new title and/or a new brief document with the
// engines' assessment of it (JSON texts; `assessment_json` goes with
// `input_json`).
struct BriefChange {
  std::optional<std::string> title;
  std::optional<std::string> input_json;
  std::string assessment_json;
};

// Stores a new brief from `change`, whose input_json is required (else
// kInvalidInput, field "brief"). Without a title it is named after the
// brief's workflow.name, else "Untitled brief".
Result<store::StoredBrief> CreateBrief(Store& store, const BriefChange& change,
                                       const std::string& actor);

// Applies the change `read` gives to the brief `id`, then saves it with its
// openings' new kit and plan (UpdateBriefAndOpenings; `derive` is given the
// brief's document as changed, field "brief"). kNotFound for no such brief;
// the reader's and the store's errors; nothing is written on failure.
Result<store::StoredBrief> UpdateBrief(Store& store, const std::string& id,
                                       const ChangeReader<BriefChange>& read,
                                       const OpeningDeriver& derive, const std::string& actor);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_BRIEFS_H_

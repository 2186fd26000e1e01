// Briefs and the openings made from them: a brief's change reaches every
// opening made from it in the same transaction, so no opening interviews for
// the old brief and a failure half way leaves nothing changed. What the
// engines make of the new brief (its kit, plan and first-hire archetype) is
// computed by the caller, who runs the engines, and passed in.
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_BRIEFS_H_
#define FIRSTHIRE_SERVICE_BRIEFS_H_

#include <string>

#include "firsthire/status.h"
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

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_BRIEFS_H_

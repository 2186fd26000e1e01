// Openings: a role being hired for, made from a brief or on its own. An
// opening made from a brief carries the brief's interview kit and plan (and,
// unless one is chosen, its first-hire archetype), computed by the caller's
// OpeningDeriver when the brief is set; status "closed" takes no new
// candidates or interviews (opening_status.h).
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_OPENINGS_H_
#define FIRSTHIRE_SERVICE_OPENINGS_H_

#include <optional>
#include <string>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "service/briefs.h"
#include "service/record_change.h"
#include "store/store.h"

namespace firsthire::service {

// A change to an opening; what is absent stays as it is.
struct OpeningChange {
  std::optional<std::string> title;
  std::optional<std::string> status;
  std::optional<std::string> archetype;  // one of the playbook's, or "" for none
  std::optional<std::string> brief_id;   // "" detaches the opening from its brief
};

// Stores a new opening (status "open" unless the change gives one).
// kInvalidInput with the field named: "archetype" (not the playbook's),
// "brief_id" (no such brief), or under "brief_id" when the brief's openings
// cannot be derived; the store's errors otherwise.
Result<store::StoredOpening> CreateOpening(Store& store, const Playbook& playbook,
                                           const OpeningChange& change,
                                           const OpeningDeriver& derive, const std::string& actor);

// Applies the change `read` gives to the opening `id`, with CreateOpening's
// checks; setting brief_id again recomputes the kit and plan. kNotFound for
// no such opening; nothing is written on failure.
Result<store::StoredOpening> UpdateOpening(Store& store, const Playbook& playbook,
                                           const std::string& id,
                                           const ChangeReader<OpeningChange>& read,
                                           const OpeningDeriver& derive, const std::string& actor);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_OPENINGS_H_

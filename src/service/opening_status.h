// An opening's status is free text ("open" when made; a team may use words
// such as "interviewing"), except "closed": a closed opening takes no new
// candidates (create, move, import) and no new interview assignments until
// its status is set to something else again (reopened). What it already
// holds stays readable and changeable.
#ifndef FIRSTHIRE_SERVICE_OPENING_STATUS_H_
#define FIRSTHIRE_SERVICE_OPENING_STATUS_H_

#include <string>

#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

inline constexpr char kClosedStatus[] = "closed";

// Ok when `opening_id` is "" or names an opening that is not closed (an
// unknown id is left for the caller's store write to report). A closed one
// is kInvalidInput located at `field`, saying what `action` needs.
Status CheckOpeningTakesWork(Store& store, const std::string& opening_id, const std::string& field,
                             const std::string& action);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_OPENING_STATUS_H_

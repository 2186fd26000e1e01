#include "service/opening_status.h"

namespace firsthire::service {

Status CheckOpeningTakesWork(Store& store, const std::string& opening_id, const std::string& field,
                             const std::string& action) {
  if (opening_id.empty()) return Status::Ok();
  auto opening = store.GetOpening(opening_id);
  if (!opening.ok()) {
    return opening.status().code() == Code::kNotFound ? Status::Ok() : opening.status();
  }
  if (opening->status != kClosedStatus) return Status::Ok();
  Location where;
  where.field = field;
  return Status::InvalidInput(
      "the opening '" + opening->title + "' is closed: reopen it to " + action, where);
}

}  // namespace firsthire::service

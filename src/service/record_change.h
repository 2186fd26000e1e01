// What the hiring-record use cases (briefs, openings, team members,
// proposals) share: how a change reaches them, and the name a stored
// document gives itself.
#ifndef FIRSTHIRE_SERVICE_RECORD_CHANGE_H_
#define FIRSTHIRE_SERVICE_RECORD_CHANGE_H_

#include <functional>
#include <string>
#include <string_view>

#include "firsthire/status.h"

namespace firsthire::service {

// Reads a change to a stored record (e.g. from a request body). An update
// calls it only once the record is found, so an unknown id is kNotFound
// before any complaint about the change itself; its error is returned as is.
template <typename Change>
using ChangeReader = std::function<Result<Change>()>;

// The string at `<object>.name` of a document stored as JSON text (e.g.
// "workflow" of a brief, "vendor" of a proposal); "" when there is none.
std::string NameInDocument(std::string_view json_text, std::string_view object);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_RECORD_CHANGE_H_

#include "firsthire/diagnostics.h"

namespace firsthire {

std::string Diagnostic::ToString() const {
  std::string where_text = where.ToString();
  if (where.line == 0 && !where.field.empty()) {
    where_text += where_text.empty() ? where.field : " (" + where.field + ")";
  }
  return where_text.empty() ? message : where_text + ": " + message;
}

void Diagnostics::AddError(Location where, std::string message) {
  ++error_count_;
  if (errors_.size() < kMaxKept) errors_.push_back({std::move(where), std::move(message)});
}

void Diagnostics::AddWarning(Location where, std::string message) {
  if (warnings_.size() < kMaxKept) warnings_.push_back({std::move(where), std::move(message)});
}

Status Diagnostics::FirstError() const {
  if (errors_.empty()) return Status::Ok();
  return Status::InvalidInput(errors_.front().message, errors_.front().where);
}

}  // namespace firsthire

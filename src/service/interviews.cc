#include "service/interviews.h"

#include <set>

#include <nlohmann/json.hpp>

namespace firsthire::service {
namespace {

Status FieldError(const std::string& field, std::string message) {
  return Status::InvalidInput(std::move(message), Location{.field = field});
}

}  // namespace

Result<Listing<store::StoredInterview>> InterviewService::List(InterviewFilter filter, Page page,
                                                               const Reader& reader) {
  if (!reader.manager) filter.interviewer_id = reader.user_id;  // only their own
  return store_.ListInterviews(filter, page);
}

Result<store::StoredInterview> InterviewService::Get(const std::string& id, const Reader& reader) {
  FH_ASSIGN_OR_RETURN(store::StoredInterview interview, store_.GetInterview(id));
  if (!reader.manager && interview.interviewer_id != reader.user_id) {
    return Status::NotFound("no such interview");  // not theirs: not there
  }
  return interview;
}

Result<store::StoredInterview> InterviewService::Create(const InterviewChange& change,
                                                        const std::string& actor) {
  store::StoredInterview interview;
  interview.candidate_id = change.candidate_id;
  interview.status = "scheduled";
  FH_RETURN_IF_ERROR(Apply(change, /*creating=*/true, interview));
  return store_.CreateInterview(interview, actor);
}

Result<store::StoredInterview> InterviewService::Update(store::StoredInterview interview,
                                                        const InterviewChange& change,
                                                        const std::string& actor) {
  FH_RETURN_IF_ERROR(Apply(change, /*creating=*/false, interview));
  return store_.UpdateInterview(interview, actor);
}

Status InterviewService::Delete(const std::string& id, const std::string& actor) {
  return store_.DeleteInterview(id, actor);
}

Status InterviewService::Apply(const InterviewChange& change, bool creating,
                               store::StoredInterview& interview) {
  if (change.interviewer_id) interview.interviewer_id = *change.interviewer_id;
  if (change.scheduled_at) interview.scheduled_at = *change.scheduled_at;
  if (change.kind) interview.kind = *change.kind;
  if (change.status) interview.status = *change.status;
  if (change.notes) interview.notes = *change.notes;
  if (change.due_at) interview.due_at = *change.due_at;
  if (interview.scheduled_at < 0) return FieldError("scheduled_at", "scheduled_at must be >= 0");
  if (interview.due_at < 0) return FieldError("due_at", "due_at must be >= 0");
  if (change.focus) {
    FH_ASSIGN_OR_RETURN(interview.focus_json, FocusJson(*change.focus));
  }
  if (creating) {
    auto candidate = store_.GetCandidate(interview.candidate_id);
    if (!candidate.ok() && candidate.status().code() != Code::kNotFound) return candidate.status();
    if (!candidate.ok() || candidate->erased)
      return FieldError("candidate_id", "no such candidate");
  }
  if (!interview.interviewer_id.empty()) {
    auto user = store_.GetUser(interview.interviewer_id);
    if (!user.ok() && user.status().code() != Code::kNotFound) return user.status();
    if (!user.ok()) return FieldError("interviewer_id", "no such user");
  }
  return Status::Ok();
}

// The focus categories: distinct category ids of the playbook.
Result<std::string> InterviewService::FocusJson(const std::vector<std::string>& focus) const {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < focus.size(); ++i) {
    const std::string field = "focus[" + std::to_string(i) + "]";
    if (!playbook_.FindCategory(focus[i])) {
      std::string ids;
      for (const auto& c : playbook_.categories) ids += (ids.empty() ? "" : ", ") + c.id;
      return FieldError(field, "unknown category '" + focus[i] + "'; expected one of " + ids);
    }
    if (!seen.insert(focus[i]).second) {
      return FieldError(field, "category '" + focus[i] + "' is listed twice");
    }
  }
  return nlohmann::json(focus).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace firsthire::service

#include "service/candidates.h"

#include <nlohmann/json.hpp>

#include "service/opening_status.h"

namespace firsthire::service {
namespace {

bool Blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

Status FieldError(const std::string& field, std::string message) {
  return Status::InvalidInput(std::move(message), Location{.field = field});
}

// The ids of `items`, comma-separated, for messages.
template <typename T>
std::string IdList(const std::vector<T>& items) {
  std::string ids;
  for (const T& item : items) ids += (ids.empty() ? "" : ", ") + item.id;
  return ids;
}

// Sets the stage and its reason, checked against the playbook's pipeline.
Status ApplyStage(const PipelineRules& pipeline, const CandidateChange& change,
                  store::StoredCandidate& candidate) {
  if (!change.stage && !change.stage_reason) return Status::Ok();
  if (change.stage) {
    if (!pipeline.FindStage(*change.stage)) {
      return FieldError("stage", "unknown stage '" + *change.stage + "'; expected one of " +
                                     IdList(pipeline.stages));
    }
    if (*change.stage != candidate.stage) candidate.stage_reason.clear();
    candidate.stage = *change.stage;
  }
  if (change.stage_reason) candidate.stage_reason = *change.stage_reason;
  const PipelineStage* current = pipeline.FindStage(candidate.stage);
  if (current && current->needs_reason && Blank(candidate.stage_reason)) {
    return FieldError("stage_reason",
                      "moving a candidate to '" + current->id + "' needs a stage_reason");
  }
  return Status::Ok();
}

}  // namespace

Status CandidateService::Apply(const CandidateChange& change, bool creating,
                               store::StoredCandidate& candidate) {
  if (change.name) candidate.name = *change.name;
  if (change.email) candidate.email = *change.email;
  if (change.opening_id) candidate.opening_id = *change.opening_id;
  if (change.status) candidate.status = *change.status;
  if (change.profile_json) candidate.profile_json = *change.profile_json;
  FH_RETURN_IF_ERROR(ApplyStage(playbook_.pipeline, change, candidate));
  if (!creating && change.name && candidate.name.empty()) {
    return FieldError("name", "name must not be empty");
  }
  return Status::Ok();
}

Result<store::StoredCandidate> CandidateService::Live(const std::string& id) {
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, store_.GetCandidate(id));
  if (candidate.erased) return Status::NotFound("no such candidate");
  return candidate;
}

Result<std::int64_t> CandidateService::ListVersion() { return store_.CandidatesVersion(); }

Result<Listing<store::StoredCandidate>> CandidateService::List(const CandidateFilter& filter,
                                                               Page page) {
  return store_.ListCandidates(filter, page);
}

Result<std::vector<store::StoredCandidate>> CandidateService::ListAll(const CandidateFilter& filter,
                                                                      std::int64_t max_rows) {
  return store_.ListCandidatesInOrder(filter, max_rows);
}

Result<store::StoredCandidate> CandidateService::Create(const CandidateChange& change,
                                                        const std::string& actor) {
  store::StoredCandidate candidate;
  candidate.status = "new";
  candidate.profile_json = "{}";
  FH_RETURN_IF_ERROR(Apply(change, /*creating=*/true, candidate));
  FH_RETURN_IF_ERROR(
      CheckOpeningTakesWork(store_, candidate.opening_id, "opening_id", "add candidates"));
  return store_.CreateCandidate(candidate, actor);
}

Result<store::StoredCandidate> CandidateService::Update(store::StoredCandidate candidate,
                                                        const CandidateChange& change,
                                                        const std::string& actor) {
  const std::string opening_before = candidate.opening_id;
  FH_RETURN_IF_ERROR(Apply(change, /*creating=*/false, candidate));
  if (candidate.opening_id != opening_before) {
    FH_RETURN_IF_ERROR(
        CheckOpeningTakesWork(store_, candidate.opening_id, "opening_id", "add candidates"));
  }
  return store_.UpdateCandidate(candidate, actor);
}

Result<std::vector<store::StoredCandidate>> CandidateService::Import(std::vector<ImportRow> rows,
                                                                     const std::string& opening_id,
                                                                     const std::string& actor) {
  std::vector<store::StoredCandidate> candidates;
  candidates.reserve(rows.size());
  for (ImportRow& row : rows) {
    store::StoredCandidate candidate;
    candidate.opening_id = opening_id;
    candidate.name = std::move(row.name);
    candidate.email = std::move(row.email);
    candidate.stage = std::move(row.stage);
    candidate.status = "new";
    candidate.profile_json =
        row.profile.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    candidates.push_back(std::move(candidate));
  }
  return store_.CreateCandidates(candidates, actor);
}

Status CandidateService::CheckOpening(const std::string& opening_id) {
  FH_RETURN_IF_ERROR(store_.GetOpening(opening_id).status());
  return CheckOpeningTakesWork(store_, opening_id, "opening_id", "add candidates");
}

Status CandidateService::Erase(const std::string& id, const std::string& actor) {
  FH_RETURN_IF_ERROR(store_.GetCandidate(id).status());
  return store_.EraseCandidate(id, actor);
}

Result<store::CandidateRecords> CandidateService::Export(const std::string& id,
                                                         const std::string& actor) {
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, Live(id));
  FH_ASSIGN_OR_RETURN(store::CandidateRecords records, store_.ExportCandidate(candidate.id));
  FH_RETURN_IF_ERROR(store_.AppendAudit({.actor = actor,
                                         .action = "candidate.export",
                                         .object_type = "candidate",
                                         .object_id = candidate.id}));
  return records;
}

Result<std::vector<store::StoredDecision>> CandidateService::Decisions(const std::string& id) {
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, Live(id));
  return store_.ListDecisions(candidate.id);
}

Result<store::StoredDecision> CandidateService::Decide(const std::string& candidate_id,
                                                       const DecisionRequest& request,
                                                       const std::string& actor) {
  const DecisionKind* kind = playbook_.pipeline.FindDecision(request.decision);
  if (!kind) {
    return FieldError("decision",
                      "decision must be one of " + IdList(playbook_.pipeline.decisions));
  }
  if (Blank(request.reason)) {
    return FieldError("reason", "a decision needs a reason: what the evidence shows");
  }
  store::StoredDecision decision;
  decision.candidate_id = candidate_id;
  decision.decision = request.decision;
  decision.reason = request.reason;
  decision.rule = kind->rule;
  decision.decided_by = actor;
  return store_.DecideOnEvidence(decision, kind->stage, actor);
}

}  // namespace firsthire::service

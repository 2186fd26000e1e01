#include "http/api_records.h"

#include "http/api_request.h"

namespace firsthire::http {
namespace {

// "" for an absent reference is shown as null.
nlohmann::json OptionalId(const std::string& id) {
  return id.empty() ? nlohmann::json(nullptr) : nlohmann::json(id);
}

}  // namespace

nlohmann::json ToJson(const User& user) {
  return {{"id", user.id},
          {"email", user.email},
          {"name", user.name},
          {"role", user.role},
          {"active", user.active},
          {"created_at", user.created_at},
          {"updated_at", user.updated_at}};
}

nlohmann::json ToJson(const Brief& brief) {
  return {{"id", brief.id},
          {"title", brief.title},
          {"brief", StoredJson(brief.input_json)},
          {"assessment", StoredJson(brief.assessment_json)},
          {"created_at", brief.created_at},
          {"updated_at", brief.updated_at}};
}

nlohmann::json ToJson(const Opening& opening) {
  return {{"id", opening.id},
          {"title", opening.title},
          {"brief_id", OptionalId(opening.brief_id)},
          {"archetype", opening.archetype},
          {"status", opening.status},
          {"kit", StoredJson(opening.kit_json)},
          {"plan", StoredJson(opening.plan_json)},
          {"created_at", opening.created_at},
          {"updated_at", opening.updated_at}};
}

nlohmann::json ToJson(const Candidate& candidate) {
  return {{"id", candidate.id},
          {"opening_id", OptionalId(candidate.opening_id)},
          {"name", candidate.name},
          {"email", candidate.email},
          {"profile", StoredJson(candidate.profile_json)},
          {"status", candidate.status},
          {"erased", candidate.erased},
          {"created_at", candidate.created_at},
          {"updated_at", candidate.updated_at}};
}

nlohmann::json ToJson(const Interview& interview) {
  return {{"id", interview.id},
          {"candidate_id", interview.candidate_id},
          {"interviewer_id", OptionalId(interview.interviewer_id)},
          {"scheduled_at", interview.scheduled_at},
          {"kind", interview.kind},
          {"status", interview.status},
          {"notes", interview.notes},
          {"created_at", interview.created_at},
          {"updated_at", interview.updated_at}};
}

nlohmann::json ToJson(const Scorecard& scorecard) {
  return {{"id", scorecard.id},
          {"candidate_id", scorecard.candidate_id},
          {"interviewer_id", scorecard.interviewer_id},
          {"scores", StoredJson(scorecard.scores_json)},
          {"notes", StoredJson(scorecard.notes_json)},
          {"red_flags", StoredJson(scorecard.red_flags_json)},
          {"state", scorecard.state},
          {"submitted_at", scorecard.submitted_at},
          {"created_at", scorecard.created_at},
          {"updated_at", scorecard.updated_at}};
}

nlohmann::json ToJson(const TeamMember& member) {
  return {{"id", member.id},
          {"name", member.name},
          {"traits", StoredJson(member.traits_json)},
          {"codes", member.codes},
          {"created_at", member.created_at},
          {"updated_at", member.updated_at}};
}

nlohmann::json ToJson(const Proposal& proposal) {
  return {{"id", proposal.id},
          {"title", proposal.title},
          {"proposal", StoredJson(proposal.input_json)},
          {"review", StoredJson(proposal.review_json)},
          {"created_at", proposal.created_at},
          {"updated_at", proposal.updated_at}};
}

nlohmann::json ToJson(const Plan& plan) {
  nlohmann::json status = StoredJson(plan.status_json);
  if (status.is_null()) status = nlohmann::json::object();
  return {{"id", plan.id},
          {"opening_id", OptionalId(plan.opening_id)},
          {"candidate_id", OptionalId(plan.candidate_id)},
          {"plan", StoredJson(plan.plan_json)},
          {"status", std::move(status)},
          {"created_at", plan.created_at},
          {"updated_at", plan.updated_at}};
}

nlohmann::json ToJson(const Decision& decision) {
  return {{"id", decision.id},
          {"candidate_id", decision.candidate_id},
          {"decision", decision.decision},
          {"reason", decision.reason},
          {"rule", decision.rule},
          {"decided_by", decision.decided_by},
          {"created_at", decision.created_at}};
}

nlohmann::json ToJson(const AuditEntry& entry) {
  return {{"seq", entry.seq},
          {"at", entry.at},
          {"actor", entry.actor},
          {"action", entry.action},
          {"object_type", entry.object_type},
          {"object_id", entry.object_id},
          {"detail", entry.detail}};
}

}  // namespace firsthire::http

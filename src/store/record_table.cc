#include "store/record_table.h"

namespace firsthire {

template <>
const RecordTable<store::User>& TableOf<store::User>() {
  using T = store::User;
  static const RecordTable<T> table{
      "users",
      "user",
      {TextColumn<T>("id", &T::id), TextColumn<T>("email", &T::email),
       TextColumn<T>("name", &T::name), TextColumn<T>("role", &T::role),
       TextColumn<T>("password_hash", &T::password_hash), BoolColumn<T>("active", &T::active),
       IntColumn<T>("created_at", &T::created_at), IntColumn<T>("updated_at", &T::updated_at)}};
  return table;
}

template <>
const RecordTable<store::Session>& TableOf<store::Session>() {
  using T = store::Session;
  static const RecordTable<T> table{
      "sessions",
      "session",
      {TextColumn<T>("token_hash", &T::token_hash), TextColumn<T>("user_id", &T::user_id),
       TextColumn<T>("csrf_token", &T::csrf_token), IntColumn<T>("created_at", &T::created_at),
       IntColumn<T>("expires_at", &T::expires_at), IntColumn<T>("last_seen_at", &T::last_seen_at)}};
  return table;
}

template <>
const RecordTable<store::ApiToken>& TableOf<store::ApiToken>() {
  using T = store::ApiToken;
  static const RecordTable<T> table{
      "api_tokens",
      "api_token",
      {TextColumn<T>("id", &T::id), TextColumn<T>("token_hash", &T::token_hash),
       TextColumn<T>("user_id", &T::user_id), TextColumn<T>("name", &T::name),
       IntColumn<T>("created_at", &T::created_at), BoolColumn<T>("revoked", &T::revoked)}};
  return table;
}

template <>
const RecordTable<store::StoredBrief>& TableOf<store::StoredBrief>() {
  using T = store::StoredBrief;
  static const RecordTable<T> table{
      "briefs",
      "brief",
      {TextColumn<T>("id", &T::id), TextColumn<T>("title", &T::title),
       TextColumn<T>("input_json", &T::input_json),
       TextColumn<T>("assessment_json", &T::assessment_json),
       IntColumn<T>("created_at", &T::created_at), IntColumn<T>("updated_at", &T::updated_at)}};
  return table;
}

template <>
const RecordTable<store::StoredOpening>& TableOf<store::StoredOpening>() {
  using T = store::StoredOpening;
  static const RecordTable<T> table{
      "openings",
      "opening",
      {TextColumn<T>("id", &T::id), TextColumn<T>("title", &T::title),
       RefColumn<T>("brief_id", &T::brief_id), TextColumn<T>("archetype", &T::archetype),
       TextColumn<T>("kit_json", &T::kit_json), TextColumn<T>("plan_json", &T::plan_json),
       TextColumn<T>("status", &T::status), IntColumn<T>("created_at", &T::created_at),
       IntColumn<T>("updated_at", &T::updated_at)}};
  return table;
}

template <>
const RecordTable<store::StoredCandidate>& TableOf<store::StoredCandidate>() {
  using T = store::StoredCandidate;
  static const RecordTable<T> table{
      "candidates",
      "candidate",
      {TextColumn<T>("id", &T::id), RefColumn<T>("opening_id", &T::opening_id),
       TextColumn<T>("name", &T::name), TextColumn<T>("email", &T::email),
       TextColumn<T>("profile_json", &T::profile_json), TextColumn<T>("status", &T::status),
       BoolColumn<T>("erased", &T::erased), IntColumn<T>("created_at", &T::created_at),
       IntColumn<T>("updated_at", &T::updated_at), Later(TextColumn<T>("stage", &T::stage)),
       Later(TextColumn<T>("stage_reason", &T::stage_reason)),
       Later(IntColumn<T>("stage_entered_at", &T::stage_entered_at))}};
  return table;
}

template <>
const RecordTable<store::StoredInterview>& TableOf<store::StoredInterview>() {
  using T = store::StoredInterview;
  static const RecordTable<T> table{
      "interviews",
      "interview",
      {TextColumn<T>("id", &T::id), TextColumn<T>("candidate_id", &T::candidate_id),
       RefColumn<T>("interviewer_id", &T::interviewer_id),
       IntColumn<T>("scheduled_at", &T::scheduled_at), TextColumn<T>("kind", &T::kind),
       TextColumn<T>("status", &T::status), TextColumn<T>("notes", &T::notes),
       IntColumn<T>("created_at", &T::created_at), IntColumn<T>("updated_at", &T::updated_at),
       Later(TextColumn<T>("focus_json", &T::focus_json)),
       Later(IntColumn<T>("due_at", &T::due_at))}};
  return table;
}

template <>
const RecordTable<store::StoredScorecard>& TableOf<store::StoredScorecard>() {
  using T = store::StoredScorecard;
  static const RecordTable<T> table{
      "scorecards",
      "scorecard",
      {TextColumn<T>("id", &T::id), TextColumn<T>("candidate_id", &T::candidate_id),
       TextColumn<T>("interviewer_id", &T::interviewer_id),
       TextColumn<T>("scores_json", &T::scores_json), TextColumn<T>("notes_json", &T::notes_json),
       TextColumn<T>("red_flags_json", &T::red_flags_json), TextColumn<T>("state", &T::state),
       IntColumn<T>("submitted_at", &T::submitted_at), IntColumn<T>("created_at", &T::created_at),
       IntColumn<T>("updated_at", &T::updated_at), Later(TextColumn<T>("summary", &T::summary))}};
  return table;
}

template <>
const RecordTable<store::StoredTeamMember>& TableOf<store::StoredTeamMember>() {
  using T = store::StoredTeamMember;
  static const RecordTable<T> table{
      "team_members",
      "team_member",
      {TextColumn<T>("id", &T::id), TextColumn<T>("name", &T::name),
       TextColumn<T>("traits_json", &T::traits_json), BoolColumn<T>("codes", &T::codes),
       IntColumn<T>("created_at", &T::created_at), IntColumn<T>("updated_at", &T::updated_at)}};
  return table;
}

template <>
const RecordTable<store::StoredProposal>& TableOf<store::StoredProposal>() {
  using T = store::StoredProposal;
  static const RecordTable<T> table{
      "proposals",
      "proposal",
      {TextColumn<T>("id", &T::id), TextColumn<T>("title", &T::title),
       TextColumn<T>("input_json", &T::input_json), TextColumn<T>("review_json", &T::review_json),
       IntColumn<T>("created_at", &T::created_at), IntColumn<T>("updated_at", &T::updated_at)}};
  return table;
}

template <>
const RecordTable<store::StoredPlan>& TableOf<store::StoredPlan>() {
  using T = store::StoredPlan;
  static const RecordTable<T> table{
      "plans",
      "plan",
      {TextColumn<T>("id", &T::id), RefColumn<T>("opening_id", &T::opening_id),
       RefColumn<T>("candidate_id", &T::candidate_id), TextColumn<T>("plan_json", &T::plan_json),
       TextColumn<T>("status_json", &T::status_json), IntColumn<T>("created_at", &T::created_at),
       IntColumn<T>("updated_at", &T::updated_at), Later(TextColumn<T>("outcome", &T::outcome)),
       Later(TextColumn<T>("outcome_reason", &T::outcome_reason)),
       Later(TextColumn<T>("outcome_by", &T::outcome_by)),
       Later(IntColumn<T>("outcome_at", &T::outcome_at))}};
  return table;
}

template <>
const RecordTable<store::StoredDecision>& TableOf<store::StoredDecision>() {
  using T = store::StoredDecision;
  static const RecordTable<T> table{
      "decisions",
      "decision",
      {TextColumn<T>("id", &T::id), TextColumn<T>("candidate_id", &T::candidate_id),
       TextColumn<T>("decision", &T::decision), TextColumn<T>("reason", &T::reason),
       TextColumn<T>("rule", &T::rule), TextColumn<T>("decided_by", &T::decided_by),
       IntColumn<T>("created_at", &T::created_at)}};
  return table;
}

template <>
const RecordTable<store::AuditEntry>& TableOf<store::AuditEntry>() {
  using T = store::AuditEntry;
  static const RecordTable<T> table{
      "audit_log",
      "audit_entry",
      {IntColumn<T>("seq", &T::seq), IntColumn<T>("at", &T::at), TextColumn<T>("actor", &T::actor),
       TextColumn<T>("action", &T::action), TextColumn<T>("object_type", &T::object_type),
       TextColumn<T>("object_id", &T::object_id), TextColumn<T>("detail", &T::detail)}};
  return table;
}

}  // namespace firsthire

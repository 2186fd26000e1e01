#include "http/api_records.h"

namespace firsthire::http {

void WriteJson(JsonWriter& out, const store::User& user) {
  out.BeginObject();
  out.Key("id");
  out.String(user.id);
  out.Key("email");
  out.String(user.email);
  out.Key("name");
  out.String(user.name);
  out.Key("role");
  out.String(user.role);
  out.Key("active");
  out.Bool(user.active);
  out.Key("created_at");
  out.Int(user.created_at);
  out.Key("updated_at");
  out.Int(user.updated_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredBrief& brief) {
  out.BeginObject();
  out.Key("id");
  out.String(brief.id);
  out.Key("title");
  out.String(brief.title);
  out.Key("brief");
  out.Stored(brief.input_json);
  out.Key("assessment");
  out.Stored(brief.assessment_json);
  out.Key("created_at");
  out.Int(brief.created_at);
  out.Key("updated_at");
  out.Int(brief.updated_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredOpening& opening) {
  out.BeginObject();
  out.Key("id");
  out.String(opening.id);
  out.Key("title");
  out.String(opening.title);
  out.Key("brief_id");
  out.StringOrNull(opening.brief_id);
  out.Key("archetype");
  out.String(opening.archetype);
  out.Key("status");
  out.String(opening.status);
  out.Key("kit");
  out.Stored(opening.kit_json);
  out.Key("plan");
  out.Stored(opening.plan_json);
  out.Key("created_at");
  out.Int(opening.created_at);
  out.Key("updated_at");
  out.Int(opening.updated_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredCandidate& candidate) {
  out.BeginObject();
  out.Key("id");
  out.String(candidate.id);
  out.Key("opening_id");
  out.StringOrNull(candidate.opening_id);
  out.Key("name");
  out.String(candidate.name);
  out.Key("email");
  out.String(candidate.email);
  out.Key("profile");
  out.Stored(candidate.profile_json);
  out.Key("status");
  out.String(candidate.status);
  out.Key("erased");
  out.Bool(candidate.erased);
  out.Key("created_at");
  out.Int(candidate.created_at);
  out.Key("updated_at");
  out.Int(candidate.updated_at);
  out.Key("stage");
  out.String(candidate.stage);
  out.Key("stage_reason");
  out.String(candidate.stage_reason);
  out.Key("stage_entered_at");
  out.Int(candidate.stage_entered_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredInterview& interview) {
  out.BeginObject();
  WriteMembers(out, interview);
  out.EndObject();
}

void WriteMembers(JsonWriter& out, const store::StoredInterview& interview) {
  out.Key("id");
  out.String(interview.id);
  out.Key("candidate_id");
  out.String(interview.candidate_id);
  out.Key("interviewer_id");
  out.StringOrNull(interview.interviewer_id);
  out.Key("scheduled_at");
  out.Int(interview.scheduled_at);
  out.Key("kind");
  out.String(interview.kind);
  out.Key("status");
  out.String(interview.status);
  out.Key("notes");
  out.String(interview.notes);
  out.Key("created_at");
  out.Int(interview.created_at);
  out.Key("updated_at");
  out.Int(interview.updated_at);
  out.Key("focus");  // [] when the interview has no focus categories
  if (interview.focus_json.empty()) {
    out.BeginArray();
    out.EndArray();
  } else {
    out.Stored(interview.focus_json);
  }
  out.Key("due_at");
  out.Int(interview.due_at);
}

void WriteJson(JsonWriter& out, const store::StoredScorecard& scorecard) {
  out.BeginObject();
  out.Key("id");
  out.String(scorecard.id);
  out.Key("candidate_id");
  out.String(scorecard.candidate_id);
  out.Key("interviewer_id");
  out.String(scorecard.interviewer_id);
  out.Key("scores");
  out.Stored(scorecard.scores_json);
  out.Key("notes");
  out.Stored(scorecard.notes_json);
  out.Key("summary");
  out.String(scorecard.summary);
  out.Key("red_flags");
  out.Stored(scorecard.red_flags_json);
  out.Key("state");
  out.String(scorecard.state);
  out.Key("submitted_at");
  out.Int(scorecard.submitted_at);
  out.Key("created_at");
  out.Int(scorecard.created_at);
  out.Key("updated_at");
  out.Int(scorecard.updated_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredTeamMember& member) {
  out.BeginObject();
  out.Key("id");
  out.String(member.id);
  out.Key("name");
  out.String(member.name);
  out.Key("traits");
  out.Stored(member.traits_json);
  out.Key("codes");
  out.Bool(member.codes);
  out.Key("created_at");
  out.Int(member.created_at);
  out.Key("updated_at");
  out.Int(member.updated_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredProposal& proposal) {
  out.BeginObject();
  out.Key("id");
  out.String(proposal.id);
  out.Key("title");
  out.String(proposal.title);
  out.Key("proposal");
  out.Stored(proposal.input_json);
  out.Key("review");
  out.Stored(proposal.review_json);
  out.Key("created_at");
  out.Int(proposal.created_at);
  out.Key("updated_at");
  out.Int(proposal.updated_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredPlan& plan) {
  out.BeginObject();
  out.Key("id");
  out.String(plan.id);
  out.Key("opening_id");
  out.StringOrNull(plan.opening_id);
  out.Key("candidate_id");
  out.StringOrNull(plan.candidate_id);
  out.Key("plan");
  out.Stored(plan.plan_json);
  out.Key("status");  // {} until a deliverable has a status
  if (plan.status_json.empty()) {
    out.BeginObject();
    out.EndObject();
  } else {
    out.Stored(plan.status_json);
  }
  out.Key("created_at");
  out.Int(plan.created_at);
  out.Key("updated_at");
  out.Int(plan.updated_at);
  out.Key("outcome");  // null until the 90-day decision is recorded
  if (plan.outcome.empty()) {
    out.Null();
  } else {
    out.BeginObject();
    out.Key("decision");
    out.String(plan.outcome);
    out.Key("reason");
    out.String(plan.outcome_reason);
    out.Key("decided_by");
    out.String(plan.outcome_by);
    out.Key("decided_at");
    out.Int(plan.outcome_at);
    out.EndObject();
  }
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::StoredDecision& decision) {
  out.BeginObject();
  out.Key("id");
  out.String(decision.id);
  out.Key("candidate_id");
  out.String(decision.candidate_id);
  out.Key("decision");
  out.String(decision.decision);
  out.Key("reason");
  out.String(decision.reason);
  out.Key("rule");
  out.String(decision.rule);
  out.Key("decided_by");
  out.String(decision.decided_by);
  out.Key("created_at");
  out.Int(decision.created_at);
  out.Key("decided_at");  // when it was recorded (= created_at: decisions never change)
  out.Int(decision.created_at);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::AuditEntry& entry) {
  out.BeginObject();
  out.Key("seq");
  out.Int(entry.seq);
  out.Key("at");
  out.Int(entry.at);
  out.Key("actor");
  out.String(entry.actor);
  out.Key("action");
  out.String(entry.action);
  out.Key("object_type");
  out.String(entry.object_type);
  out.Key("object_id");
  out.String(entry.object_id);
  out.Key("detail");
  out.String(entry.detail);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::CandidateRecords& records) {
  out.BeginObject();
  out.Key("candidate");
  WriteJson(out, records.candidate);
  out.Key("interviews");
  WriteArray(out, records.interviews);
  out.Key("scorecards");
  WriteArray(out, records.scorecards);
  out.Key("decisions");
  WriteArray(out, records.decisions);
  out.Key("plans");
  WriteArray(out, records.plans);
  out.EndObject();
}

void WriteJson(JsonWriter& out, const store::OutboxMail& mail) {
  out.BeginObject();
  out.Key("id");
  out.String(mail.id);
  out.Key("kind");
  out.String(mail.kind);
  out.Key("recipient");
  out.String(mail.recipient);
  out.Key("state");
  out.String(mail.state);
  out.Key("attempts");
  out.Int(mail.attempts);
  out.Key("last_error");
  out.String(mail.last_error);
  out.Key("next_attempt_at");
  out.Int(mail.next_attempt_at);
  out.Key("created_at");
  out.Int(mail.created_at);
  out.Key("sent_at");
  out.Int(mail.sent_at);
  out.EndObject();
}

}  // namespace firsthire::http

// SqlStore: briefs, openings, interviews, scorecards, team members,
// proposals, plans and decisions.
#include <optional>

#include "store/sql_store_audited.h"

namespace firsthire {
namespace {

constexpr char kOldestFirst[] = "created_at, id";

// A foreign key that points nowhere is reported as the referenced record
// missing, which is what the caller can act on.
template <typename T>
Result<T> MissingReference(Result<T> result, const char* what) {
  if (!result.ok() && result.status().code() == Code::kInvalidInput) {
    return Status::NotFound(std::string(what) + " not found");
  }
  return result;
}

}  // namespace

// ---- Briefs
Result<store::StoredBrief> SqlStore::CreateBrief(const store::StoredBrief& brief,
                                                 const std::string& actor) {
  return CreateAudited(brief, actor);
}
Result<store::StoredBrief> SqlStore::GetBrief(const std::string& id) {
  return Get<store::StoredBrief>(id);
}
Result<store::StoredBrief> SqlStore::UpdateBrief(const store::StoredBrief& brief,
                                                 const std::string& actor) {
  return UpdateAudited(brief, actor);
}
Status SqlStore::DeleteBrief(const std::string& id, const std::string& actor) {
  return DeleteAudited<store::StoredBrief>(id, actor);
}
Result<Listing<store::StoredBrief>> SqlStore::ListBriefs(Page page) {
  Listing<store::StoredBrief> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::StoredBrief>(connection, {}, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Openings
Result<store::StoredOpening> SqlStore::CreateOpening(const store::StoredOpening& opening,
                                                     const std::string& actor) {
  return MissingReference(CreateAudited(opening, actor), "brief");
}
Result<store::StoredOpening> SqlStore::GetOpening(const std::string& id) {
  return Get<store::StoredOpening>(id);
}
Result<store::StoredOpening> SqlStore::UpdateOpening(const store::StoredOpening& opening,
                                                     const std::string& actor) {
  return MissingReference(UpdateAudited(opening, actor), "brief");
}
Status SqlStore::DeleteOpening(const std::string& id, const std::string& actor) {
  return DeleteAudited<store::StoredOpening>(id, actor);
}
Result<Listing<store::StoredOpening>> SqlStore::ListOpenings(const OpeningFilter& filter,
                                                             Page page) {
  Listing<store::StoredOpening> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.brief_id.empty()) where.Add("brief_id = ", filter.brief_id);
    if (!filter.status.empty()) where.Add("status = ", filter.status);
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::StoredOpening>(connection, where, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Interviews
Result<store::StoredInterview> SqlStore::CreateInterview(const store::StoredInterview& interview,
                                                         const std::string& actor) {
  return MissingReference(CreateAudited(interview, actor), "candidate or interviewer");
}
Result<store::StoredInterview> SqlStore::GetInterview(const std::string& id) {
  return Get<store::StoredInterview>(id);
}
Result<store::StoredInterview> SqlStore::UpdateInterview(const store::StoredInterview& interview,
                                                         const std::string& actor) {
  return MissingReference(UpdateAudited(interview, actor), "candidate or interviewer");
}
Status SqlStore::DeleteInterview(const std::string& id, const std::string& actor) {
  return DeleteAudited<store::StoredInterview>(id, actor);
}
Result<Listing<store::StoredInterview>> SqlStore::ListInterviews(const InterviewFilter& filter,
                                                                 Page page) {
  Listing<store::StoredInterview> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.candidate_id.empty()) where.Add("candidate_id = ", filter.candidate_id);
    if (!filter.interviewer_id.empty()) where.Add("interviewer_id = ", filter.interviewer_id);
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::StoredInterview>(connection, where, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Scorecards
Result<store::StoredScorecard> SqlStore::SaveScorecard(const store::StoredScorecard& scorecard,
                                                       const std::string& actor) {
  if (scorecard.state != "draft" && scorecard.state != "submitted") {
    return Status::InvalidInput("state must be draft or submitted", {.field = "state"});
  }
  store::StoredScorecard record = scorecard;
  Status status = InTransaction(true, [&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", record.candidate_id);
    where.Add("interviewer_id = ", record.interviewer_id);
    FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> existing,
                        SelectRecords<store::StoredScorecard>(connection, where));
    Millis now = Now();
    record.updated_at = now;
    record.submitted_at = record.state == "submitted" ? now : 0;
    if (existing.empty()) {
      record.id = NewId();
      record.created_at = now;
      FH_RETURN_IF_ERROR(InsertRecord(connection, record));
    } else {
      if (existing.front().state == "submitted") {
        return Status::AlreadyExists("this scorecard is already submitted");
      }
      record.id = existing.front().id;
      record.created_at = existing.front().created_at;
      FH_RETURN_IF_ERROR(UpdateRecord(connection, record));
    }
    return AppendAuditOn(
        connection, Now(),
        {.actor = actor,
         .action = record.state == "submitted" ? "scorecard.submit" : "scorecard.save",
         .object_type = "scorecard",
         .object_id = record.id});
  });
  if (status.code() == Code::kInvalidInput) {
    return Status::NotFound("candidate or interviewer not found");
  }
  FH_RETURN_IF_ERROR(status);
  return record;
}

Result<store::StoredScorecard> SqlStore::GetScorecard(const std::string& candidate_id,
                                                      const std::string& interviewer_id) {
  std::vector<store::StoredScorecard> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    where.Add("interviewer_id = ", interviewer_id);
    FH_ASSIGN_OR_RETURN(found, SelectRecords<store::StoredScorecard>(connection, where));
    return Status::Ok();
  }));
  if (found.empty()) return Status::NotFound("scorecard not found");
  return found.front();
}

Result<std::vector<store::StoredScorecard>> SqlStore::ListScorecards(
    const std::string& candidate_id) {
  std::vector<store::StoredScorecard> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    FH_ASSIGN_OR_RETURN(
        found, SelectRecords<store::StoredScorecard>(connection, where, "ORDER BY created_at, id"));
    return Status::Ok();
  }));
  return found;
}

Result<store::StoredScorecard> SqlStore::ReopenScorecard(const std::string& candidate_id,
                                                         const std::string& interviewer_id,
                                                         const std::string& actor) {
  store::StoredScorecard record;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    where.Add("interviewer_id = ", interviewer_id);
    FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> existing,
                        SelectRecords<store::StoredScorecard>(connection, where));
    if (existing.empty()) return Status::NotFound("scorecard not found");
    record = existing.front();
    if (record.state != "submitted") {
      return Status::AlreadyExists("this scorecard is a draft: there is nothing to reopen");
    }
    record.state = "draft";
    record.submitted_at = 0;
    record.updated_at = Now();
    FH_RETURN_IF_ERROR(UpdateRecord(connection, record));
    return AppendAuditOn(connection, record.updated_at,
                         {.actor = actor,
                          .action = "scorecard.reopen",
                          .object_type = "scorecard",
                          .object_id = record.id});
  }));
  return record;
}

// ---- Team members
Result<store::StoredTeamMember> SqlStore::CreateTeamMember(const store::StoredTeamMember& member,
                                                           const std::string& actor) {
  return CreateAudited(member, actor);
}
Result<store::StoredTeamMember> SqlStore::GetTeamMember(const std::string& id) {
  return Get<store::StoredTeamMember>(id);
}
Result<store::StoredTeamMember> SqlStore::UpdateTeamMember(const store::StoredTeamMember& member,
                                                           const std::string& actor) {
  return UpdateAudited(member, actor);
}
Status SqlStore::DeleteTeamMember(const std::string& id, const std::string& actor) {
  return DeleteAudited<store::StoredTeamMember>(id, actor);
}
Result<Listing<store::StoredTeamMember>> SqlStore::ListTeamMembers(Page page) {
  Listing<store::StoredTeamMember> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::StoredTeamMember>(connection, {}, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Proposals
Result<store::StoredProposal> SqlStore::CreateProposal(const store::StoredProposal& proposal,
                                                       const std::string& actor) {
  return CreateAudited(proposal, actor);
}
Result<store::StoredProposal> SqlStore::GetProposal(const std::string& id) {
  return Get<store::StoredProposal>(id);
}
Result<store::StoredProposal> SqlStore::UpdateProposal(const store::StoredProposal& proposal,
                                                       const std::string& actor) {
  return UpdateAudited(proposal, actor);
}
Status SqlStore::DeleteProposal(const std::string& id, const std::string& actor) {
  return DeleteAudited<store::StoredProposal>(id, actor);
}
Result<Listing<store::StoredProposal>> SqlStore::ListProposals(Page page) {
  Listing<store::StoredProposal> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::StoredProposal>(connection, {}, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Plans
Result<store::StoredPlan> SqlStore::CreatePlan(const store::StoredPlan& plan,
                                               const std::string& actor) {
  return MissingReference(CreateAudited(plan, actor), "opening or candidate");
}
Result<store::StoredPlan> SqlStore::GetPlan(const std::string& id) {
  return Get<store::StoredPlan>(id);
}
Result<store::StoredPlan> SqlStore::UpdatePlan(const store::StoredPlan& plan,
                                               const std::string& actor) {
  return MissingReference(UpdateAudited(plan, actor), "opening or candidate");
}
Status SqlStore::DeletePlan(const std::string& id, const std::string& actor) {
  return DeleteAudited<store::StoredPlan>(id, actor);
}
Result<Listing<store::StoredPlan>> SqlStore::ListPlans(const PlanFilter& filter, Page page) {
  Listing<store::StoredPlan> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.opening_id.empty()) where.Add("opening_id = ", filter.opening_id);
    if (!filter.candidate_id.empty()) where.Add("candidate_id = ", filter.candidate_id);
    FH_ASSIGN_OR_RETURN(listing,
                        ListRecords<store::StoredPlan>(connection, where, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Decisions
Result<store::StoredDecision> SqlStore::CreateDecision(const store::StoredDecision& decision,
                                                       const std::string& actor) {
  return MissingReference(CreateAudited(decision, actor), "candidate");
}
Result<store::StoredDecision> SqlStore::DecideOnEvidence(const store::StoredDecision& decision,
                                                         const std::string& stage,
                                                         const std::string& actor) {
  store::StoredDecision record = decision;
  record.id = NewId();
  record.created_at = Now();
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate,
                        SelectByKey<store::StoredCandidate>(connection, record.candidate_id));
    if (candidate.erased) return Status::NotFound("candidate not found (erased)");
    WhereClause submitted;
    submitted.Add("candidate_id = ", record.candidate_id);
    submitted.AddRaw("state = 'submitted'");
    FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> cards,
                        SelectRecords<store::StoredScorecard>(connection, submitted, "LIMIT 1"));
    if (cards.empty()) {
      return Status::InvalidInput(
          "a decision needs at least one submitted scorecard for the candidate",
          {.field = "scorecards"});
    }
    FH_RETURN_IF_ERROR(InsertRecord(connection, record));
    FH_RETURN_IF_ERROR(AppendAuditOn(connection, Now(),
                                     {.actor = actor,
                                      .action = "decision.create",
                                      .object_type = "decision",
                                      .object_id = record.id,
                                      .detail = record.decision}));
    if (stage.empty()) return Status::Ok();
    return MoveStageOn(connection, Now(), candidate, stage, record.reason, actor);
  }));
  return record;
}

Result<std::vector<store::StoredDecision>> SqlStore::ListDecisions(
    const std::string& candidate_id) {
  std::vector<store::StoredDecision> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    FH_ASSIGN_OR_RETURN(found, SelectRecords<store::StoredDecision>(
                                   connection, where, "ORDER BY created_at DESC, id DESC"));
    return Status::Ok();
  }));
  return found;
}

}  // namespace firsthire

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
Result<Brief> SqlStore::CreateBrief(const Brief& brief, const std::string& actor) {
  return CreateAudited(brief, actor);
}
Result<Brief> SqlStore::GetBrief(const std::string& id) { return Get<Brief>(id); }
Result<Brief> SqlStore::UpdateBrief(const Brief& brief, const std::string& actor) {
  return UpdateAudited(brief, actor);
}
Status SqlStore::DeleteBrief(const std::string& id, const std::string& actor) {
  return DeleteAudited<Brief>(id, actor);
}
Result<Listing<Brief>> SqlStore::ListBriefs(Page page) {
  Listing<Brief> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing, ListRecords<Brief>(connection, {}, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Openings
Result<Opening> SqlStore::CreateOpening(const Opening& opening, const std::string& actor) {
  return MissingReference(CreateAudited(opening, actor), "brief");
}
Result<Opening> SqlStore::GetOpening(const std::string& id) { return Get<Opening>(id); }
Result<Opening> SqlStore::UpdateOpening(const Opening& opening, const std::string& actor) {
  return MissingReference(UpdateAudited(opening, actor), "brief");
}
Status SqlStore::DeleteOpening(const std::string& id, const std::string& actor) {
  return DeleteAudited<Opening>(id, actor);
}
Result<Listing<Opening>> SqlStore::ListOpenings(const OpeningFilter& filter, Page page) {
  Listing<Opening> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.brief_id.empty()) where.Add("brief_id = ", filter.brief_id);
    if (!filter.status.empty()) where.Add("status = ", filter.status);
    FH_ASSIGN_OR_RETURN(listing, ListRecords<Opening>(connection, where, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Interviews
Result<Interview> SqlStore::CreateInterview(const Interview& interview, const std::string& actor) {
  return MissingReference(CreateAudited(interview, actor), "candidate or interviewer");
}
Result<Interview> SqlStore::GetInterview(const std::string& id) { return Get<Interview>(id); }
Result<Interview> SqlStore::UpdateInterview(const Interview& interview, const std::string& actor) {
  return MissingReference(UpdateAudited(interview, actor), "candidate or interviewer");
}
Status SqlStore::DeleteInterview(const std::string& id, const std::string& actor) {
  return DeleteAudited<Interview>(id, actor);
}
Result<Listing<Interview>> SqlStore::ListInterviews(const InterviewFilter& filter, Page page) {
  Listing<Interview> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.candidate_id.empty()) where.Add("candidate_id = ", filter.candidate_id);
    if (!filter.interviewer_id.empty()) where.Add("interviewer_id = ", filter.interviewer_id);
    FH_ASSIGN_OR_RETURN(listing, ListRecords<Interview>(connection, where, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Scorecards
Result<Scorecard> SqlStore::SaveScorecard(const Scorecard& scorecard, const std::string& actor) {
  if (scorecard.state != "draft" && scorecard.state != "submitted") {
    return Status::InvalidInput("state must be draft or submitted", {.field = "state"});
  }
  Scorecard record = scorecard;
  Status status = InTransaction(true, [&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", record.candidate_id);
    where.Add("interviewer_id = ", record.interviewer_id);
    FH_ASSIGN_OR_RETURN(std::vector<Scorecard> existing,
                        SelectRecords<Scorecard>(connection, where));
    Millis now = NowMillis();
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
        connection, {.actor = actor,
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

Result<Scorecard> SqlStore::GetScorecard(const std::string& candidate_id,
                                         const std::string& interviewer_id) {
  std::vector<Scorecard> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    where.Add("interviewer_id = ", interviewer_id);
    FH_ASSIGN_OR_RETURN(found, SelectRecords<Scorecard>(connection, where));
    return Status::Ok();
  }));
  if (found.empty()) return Status::NotFound("scorecard not found");
  return found.front();
}

Result<std::vector<Scorecard>> SqlStore::ListScorecards(const std::string& candidate_id) {
  std::vector<Scorecard> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    FH_ASSIGN_OR_RETURN(found,
                        SelectRecords<Scorecard>(connection, where, "ORDER BY created_at, id"));
    return Status::Ok();
  }));
  return found;
}

// ---- Team members
Result<TeamMember> SqlStore::CreateTeamMember(const TeamMember& member, const std::string& actor) {
  return CreateAudited(member, actor);
}
Result<TeamMember> SqlStore::GetTeamMember(const std::string& id) { return Get<TeamMember>(id); }
Result<TeamMember> SqlStore::UpdateTeamMember(const TeamMember& member, const std::string& actor) {
  return UpdateAudited(member, actor);
}
Status SqlStore::DeleteTeamMember(const std::string& id, const std::string& actor) {
  return DeleteAudited<TeamMember>(id, actor);
}
Result<Listing<TeamMember>> SqlStore::ListTeamMembers(Page page) {
  Listing<TeamMember> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing, ListRecords<TeamMember>(connection, {}, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Proposals
Result<Proposal> SqlStore::CreateProposal(const Proposal& proposal, const std::string& actor) {
  return CreateAudited(proposal, actor);
}
Result<Proposal> SqlStore::GetProposal(const std::string& id) { return Get<Proposal>(id); }
Result<Proposal> SqlStore::UpdateProposal(const Proposal& proposal, const std::string& actor) {
  return UpdateAudited(proposal, actor);
}
Status SqlStore::DeleteProposal(const std::string& id, const std::string& actor) {
  return DeleteAudited<Proposal>(id, actor);
}
Result<Listing<Proposal>> SqlStore::ListProposals(Page page) {
  Listing<Proposal> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing, ListRecords<Proposal>(connection, {}, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Plans
Result<Plan> SqlStore::CreatePlan(const Plan& plan, const std::string& actor) {
  return MissingReference(CreateAudited(plan, actor), "opening or candidate");
}
Result<Plan> SqlStore::GetPlan(const std::string& id) { return Get<Plan>(id); }
Result<Plan> SqlStore::UpdatePlan(const Plan& plan, const std::string& actor) {
  return MissingReference(UpdateAudited(plan, actor), "opening or candidate");
}
Status SqlStore::DeletePlan(const std::string& id, const std::string& actor) {
  return DeleteAudited<Plan>(id, actor);
}
Result<Listing<Plan>> SqlStore::ListPlans(const PlanFilter& filter, Page page) {
  Listing<Plan> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    WhereClause where;
    if (!filter.opening_id.empty()) where.Add("opening_id = ", filter.opening_id);
    if (!filter.candidate_id.empty()) where.Add("candidate_id = ", filter.candidate_id);
    FH_ASSIGN_OR_RETURN(listing, ListRecords<Plan>(connection, where, kOldestFirst, page));
    return Status::Ok();
  }));
  return listing;
}

// ---- Decisions
Result<Decision> SqlStore::CreateDecision(const Decision& decision, const std::string& actor) {
  return MissingReference(CreateAudited(decision, actor), "candidate");
}
Result<Decision> SqlStore::DecideOnEvidence(const Decision& decision, const std::string& stage,
                                            const std::string& actor) {
  Decision record = decision;
  record.id = NewId();
  record.created_at = NowMillis();
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(Candidate candidate,
                        SelectByKey<Candidate>(connection, record.candidate_id));
    if (candidate.erased) return Status::NotFound("candidate not found (erased)");
    WhereClause submitted;
    submitted.Add("candidate_id = ", record.candidate_id);
    submitted.AddRaw("state = 'submitted'");
    FH_ASSIGN_OR_RETURN(std::vector<Scorecard> cards,
                        SelectRecords<Scorecard>(connection, submitted, "LIMIT 1"));
    if (cards.empty()) {
      return Status::InvalidInput(
          "a decision needs at least one submitted scorecard for the candidate",
          {.field = "scorecards"});
    }
    FH_RETURN_IF_ERROR(InsertRecord(connection, record));
    FH_RETURN_IF_ERROR(AppendAuditOn(connection, {.actor = actor,
                                                  .action = "decision.create",
                                                  .object_type = "decision",
                                                  .object_id = record.id,
                                                  .detail = record.decision}));
    if (stage.empty()) return Status::Ok();
    return MoveStageOn(connection, candidate, stage, record.reason, actor);
  }));
  return record;
}

Result<std::vector<Decision>> SqlStore::ListDecisions(const std::string& candidate_id) {
  std::vector<Decision> found;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("candidate_id = ", candidate_id);
    FH_ASSIGN_OR_RETURN(
        found, SelectRecords<Decision>(connection, where, "ORDER BY created_at DESC, id DESC"));
    return Status::Ok();
  }));
  return found;
}

}  // namespace firsthire

#include "service/scorecards.h"

#include <set>

namespace firsthire::service {
namespace {

constexpr char kBlindMessage[] =
    "submit your own scorecard for this candidate before reading the others'";

bool OwnSubmitted(const std::vector<store::StoredScorecard>& cards, const std::string& user_id) {
  for (const store::StoredScorecard& card : cards) {
    if (card.interviewer_id == user_id && card.state == "submitted") return true;
  }
  return false;
}

// kNotFound unless the candidate exists and is not erased.
Status CheckLive(Store& store, const std::string& candidate_id) {
  FH_ASSIGN_OR_RETURN(store::StoredCandidate candidate, store.GetCandidate(candidate_id));
  if (candidate.erased) return Status::NotFound("no such candidate");
  return Status::Ok();
}

}  // namespace

Result<std::optional<ScorecardReopening>> LastReopening(Store& store,
                                                        const store::StoredScorecard& card) {
  using Found = std::optional<ScorecardReopening>;
  if (card.state == "submitted" || card.id.empty()) return Found();
  AuditFilter filter{.object_type = "scorecard", .object_id = card.id};
  // Newest first: saves of the draft come after the reopening it follows.
  for (Page page{.limit = 50, .offset = 0};; page.offset += page.limit) {
    FH_ASSIGN_OR_RETURN(Listing<store::AuditEntry> entries, store.ListAudit(filter, page));
    for (const store::AuditEntry& entry : entries.items) {
      if (entry.action == "scorecard.submit") return Found();
      if (entry.action != "scorecard.reopen") continue;
      auto user = store.GetUser(entry.actor);
      if (!user.ok() && user.status().code() != Code::kNotFound) return user.status();
      std::string name = user.ok() && !user->name.empty() ? user->name : "a manager";
      return Found(
          ScorecardReopening{.by = entry.actor, .by_name = std::move(name), .at = entry.at});
    }
    if (entries.items.empty() || page.offset + page.limit >= entries.total) return Found();
  }
}

Result<SavedScorecard> ScorecardService::Save(const std::string& candidate_id,
                                              const std::string& interviewer_id,
                                              const ScorecardDraft& draft) {
  SavedScorecard out;
  FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
    FH_RETURN_IF_ERROR(CheckLive(tx, candidate_id));
    auto existing = tx.GetScorecard(candidate_id, interviewer_id);
    if (!existing.ok() && existing.status().code() != Code::kNotFound) return existing.status();
    if (existing.ok() && existing->state == "submitted") {
      return Status::AlreadyExists(
          "your scorecard for this candidate is submitted and cannot change");
    }
    store::StoredScorecard scorecard;
    scorecard.candidate_id = candidate_id;
    scorecard.interviewer_id = interviewer_id;
    scorecard.scores_json = draft.scores_json;
    scorecard.notes_json = draft.notes_json;
    scorecard.red_flags_json = draft.red_flags_json;
    scorecard.summary = draft.summary;
    scorecard.state = draft.submit ? "submitted" : "draft";
    FH_ASSIGN_OR_RETURN(out.scorecard, tx.SaveScorecard(scorecard, interviewer_id));
    out.created = !existing.ok();
    const PipelineRules& pipeline = playbook_.pipeline;
    if (draft.submit && !pipeline.scored_to.empty()) {
      FH_RETURN_IF_ERROR(tx.AdvanceCandidateStage(candidate_id, pipeline.scored_from,
                                                  pipeline.scored_to, interviewer_id)
                             .status());
    }
    return Status::Ok();
  }));
  return out;
}

Result<store::StoredScorecard> ScorecardService::Reopen(const std::string& candidate_id,
                                                        const std::string& interviewer_id,
                                                        const std::string& actor) {
  FH_RETURN_IF_ERROR(CheckLive(store_, candidate_id));
  return store_.ReopenScorecard(candidate_id, interviewer_id, actor);
}

Result<std::vector<store::StoredScorecard>> ScorecardService::Readable(
    const std::string& candidate_id, const Reader& reader) {
  FH_RETURN_IF_ERROR(CheckLive(store_, candidate_id));
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> cards,
                      store_.ListScorecards(candidate_id));
  if (!reader.manager && !OwnSubmitted(cards, reader.user_id)) {
    return Status::PermissionDenied(kBlindMessage);
  }
  return cards;
}

Result<std::vector<store::StoredScorecard>> ScorecardService::Visible(
    const std::string& candidate_id, const Reader& reader) {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> cards, Readable(candidate_id, reader));
  if (reader.manager) return cards;
  std::erase_if(cards, [&](const store::StoredScorecard& card) {
    return card.state != "submitted" && card.interviewer_id != reader.user_id;
  });
  return cards;
}

Result<store::StoredScorecard> ScorecardService::Mine(const std::string& candidate_id,
                                                      const std::string& user_id) {
  FH_RETURN_IF_ERROR(CheckLive(store_, candidate_id));
  auto mine = store_.GetScorecard(candidate_id, user_id);
  if (!mine.ok() && mine.status().code() == Code::kNotFound) {
    return Status::NotFound("you have no scorecard for this candidate yet");
  }
  return mine;
}

Result<std::vector<NamedScorecard>> ScorecardService::Submitted(const std::string& candidate_id,
                                                                const Reader& reader) {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> cards, Readable(candidate_id, reader));
  std::vector<NamedScorecard> out;
  std::set<std::string> names;
  for (store::StoredScorecard& card : cards) {
    if (card.state != "submitted") continue;
    std::string name = InterviewerName(card.interviewer_id);
    if (!names.insert(name).second) {
      name += " (" + card.interviewer_id.substr(0, 6) + ")";
      names.insert(name);
    }
    out.push_back({std::move(name), std::move(card)});
  }
  return out;
}

std::string ScorecardService::InterviewerName(const std::string& user_id) {
  auto user = store_.GetUser(user_id);
  if (user.ok() && !user->name.empty()) return user->name;
  return "interviewer " + user_id.substr(0, 6);
}

}  // namespace firsthire::service

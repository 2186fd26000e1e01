#include "service/stored_scorecards.h"

#include <nlohmann/json.hpp>

namespace firsthire::service {
namespace {

nlohmann::json Parsed(const std::string& text) {
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

}  // namespace

Result<std::vector<store::StoredCandidate>> AllLiveCandidates(Store& store) {
  std::vector<store::StoredCandidate> all;
  Page page{.limit = 500, .offset = 0};
  while (true) {
    FH_ASSIGN_OR_RETURN(Listing<store::StoredCandidate> listing,
                        store.ListCandidates(CandidateFilter{}, page));
    for (auto& candidate : listing.items) all.push_back(std::move(candidate));
    page.offset += static_cast<std::int64_t>(listing.items.size());
    if (listing.items.empty() || page.offset >= listing.total) break;
  }
  return all;
}

std::string InterviewerNames::NameOf(const std::string& user_id) {
  if (auto it = by_id_.find(user_id); it != by_id_.end()) return it->second;
  auto user = store_.GetUser(user_id);
  std::string name =
      user.ok() && !user->name.empty() ? user->name : "interviewer " + user_id.substr(0, 6);
  if (auto holder = taken_.find(name); holder != taken_.end() && holder->second != user_id) {
    name += " (" + user_id.substr(0, 6) + ")";
  }
  taken_.emplace(name, user_id);
  by_id_[user_id] = name;
  return name;
}

Result<CandidateScorecards> SubmittedScorecards(Store& store,
                                                const store::StoredCandidate& candidate,
                                                InterviewerNames& names) {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredScorecard> cards,
                      store.ListScorecards(candidate.id));
  CandidateScorecards out;
  out.candidate_id = candidate.id;
  out.candidate_name = candidate.name;
  for (const store::StoredScorecard& stored : cards) {
    if (stored.state != "submitted") continue;
    Scorecard card;
    card.interviewer = names.NameOf(stored.interviewer_id);
    const nlohmann::json scores = Parsed(stored.scores_json);
    if (scores.is_object()) {
      for (const auto& [category, score] : scores.items()) {
        if (score.is_number_integer()) card.scores[category] = score.get<int>();
      }
    }
    const nlohmann::json notes = Parsed(stored.notes_json);
    if (notes.is_object()) {
      for (const auto& [category, text] : notes.items()) {
        if (text.is_string() && !text.get<std::string>().empty()) {
          card.notes[category] = text.get<std::string>();
        }
      }
    }
    out.scorecards.push_back(std::move(card));
  }
  return out;
}

}  // namespace firsthire::service

#include "http/engine_json.h"

#include <string>
#include <utility>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/candidate_pool.h"
#include "firsthire/kit.h"
#include "firsthire/plan.h"
#include "firsthire/review.h"
#include "firsthire/scorecard.h"
#include "firsthire/team.h"
#include "input/record_readers.h"
#include "report/assessment_report.h"
#include "report/evaluation_report.h"
#include "report/kit_report.h"
#include "report/plan_report.h"
#include "report/review_report.h"
#include "report/team_report.h"

namespace firsthire::http {
namespace {

// A document the server kept, read as the input layer reads a body. Stored
// values were checked when they were saved, so their text has no position
// worth naming: line and column are dropped from any error.
template <typename Read>
auto FromStored(const nlohmann::json& value, Read read) -> decltype(read(std::declval<Document&>())) {
  std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  auto document = Document::ParseJson(text, "stored");
  if (!document.ok()) return document.status();
  auto result = read(*document);
  if (!result.ok()) {
    Location where = result.status().location();
    where.file.clear();
    where.line = where.column = 0;
    return Status::InvalidInput(result.status().message(), std::move(where));
  }
  return result;
}

Result<Brief> BriefOf(const Playbook& playbook, const Document& document) {
  Diagnostics diagnostics;
  return ReadBrief(document.root(&diagnostics), playbook);
}

}  // namespace

Result<nlohmann::json> AssessJson(const Playbook& playbook, const Document& brief) {
  FH_ASSIGN_OR_RETURN(Brief loaded, BriefOf(playbook, brief));
  return AssessmentToJson(Assess(playbook, loaded));
}

Result<nlohmann::json> AssessJson(const Playbook& playbook, const nlohmann::json& brief) {
  return FromStored(brief, [&](const Document& d) { return AssessJson(playbook, d); });
}

Result<nlohmann::json> KitJson(const Playbook& playbook, const Document& brief,
                               bool for_candidate) {
  FH_ASSIGN_OR_RETURN(Brief loaded, BriefOf(playbook, brief));
  return KitToJson(BuildKit(playbook, loaded),
                   for_candidate ? KitAudience::kCandidate : KitAudience::kInterviewer);
}

Result<nlohmann::json> KitJson(const Playbook& playbook, const nlohmann::json& brief,
                               bool for_candidate) {
  return FromStored(brief, [&](const Document& d) { return KitJson(playbook, d, for_candidate); });
}

Result<nlohmann::json> PlanJson(const Playbook& playbook, const Document& brief) {
  FH_ASSIGN_OR_RETURN(Brief loaded, BriefOf(playbook, brief));
  return PlanToJson(BuildPlan(playbook, loaded));
}

Result<nlohmann::json> PlanJson(const Playbook& playbook, const nlohmann::json& brief) {
  return FromStored(brief, [&](const Document& d) { return PlanJson(playbook, d); });
}

Result<OpeningFromBrief> OpeningJson(const Playbook& playbook, const nlohmann::json& brief) {
  return FromStored(brief, [&](const Document& d) -> Result<OpeningFromBrief> {
    FH_ASSIGN_OR_RETURN(Brief loaded, BriefOf(playbook, d));
    return OpeningFromBrief{.kit = KitToJson(BuildKit(playbook, loaded), KitAudience::kInterviewer),
                            .plan = PlanToJson(BuildPlan(playbook, loaded)),
                            .archetype = Assess(playbook, loaded).first_hire.archetype};
  });
}

Result<nlohmann::json> ScoreJson(const Playbook& playbook, const Document& scorecards) {
  Diagnostics diagnostics;
  FH_ASSIGN_OR_RETURN(CandidateScorecards loaded,
                      ReadScorecards(scorecards.root(&diagnostics), playbook));
  return EvaluationToJson(Evaluate(playbook, loaded));
}

Result<nlohmann::json> ScoreJson(const Playbook& playbook, const nlohmann::json& scorecards) {
  return FromStored(scorecards, [&](const Document& d) { return ScoreJson(playbook, d); });
}

Result<nlohmann::json> ReviewJson(const Playbook& playbook, const Document& proposal) {
  Diagnostics diagnostics;
  FH_ASSIGN_OR_RETURN(Proposal loaded, ReadProposal(proposal.root(&diagnostics), playbook));
  return ProposalReviewToJson(Review(playbook, loaded));
}

Result<nlohmann::json> ReviewJson(const Playbook& playbook, const nlohmann::json& proposal) {
  return FromStored(proposal, [&](const Document& d) { return ReviewJson(playbook, d); });
}

Result<nlohmann::json> TeamJson(const Playbook& playbook, const Document& body, int hires,
                                std::optional<double> budget, std::size_t max_pool,
                                std::function<bool()> should_stop) {
  Diagnostics diagnostics;
  InputNode root = body.root(&diagnostics);
  // The pool travels in the same body under "candidates" (the --candidates
  // file's list); the rest is the TEAM document.
  InputNode list = root.Get("candidates");
  std::optional<CandidatePool> candidates;
  if (list.IsSequence() && list.yaml().size() > max_pool) {
    return Status::InvalidInput("the pool has more than " + std::to_string(max_pool) +
                                    " candidates (the server's --max-team-pool)",
                                Location{"", 0, 0, "candidates"});
  }
  FH_ASSIGN_OR_RETURN(Team loaded, ReadTeam(root, playbook, {"candidates"}));
  if (list.present()) {
    FH_ASSIGN_OR_RETURN(candidates, ReadPoolCandidates(list, playbook, PoolLoadOptions{}));
  }
  TeamRequest request;
  request.pool = candidates ? &*candidates : nullptr;
  request.hires = hires;
  request.budget = budget;
  request.should_stop = std::move(should_stop);
  return TeamToJson(EvaluateTeam(playbook, loaded, request));
}

Status CheckScorecard(const Playbook& playbook, const Document& body) {
  Diagnostics diagnostics;
  return ReadOneScorecard(body.root(&diagnostics), playbook, /*interviewer_given=*/false,
                          {"submit"})
      .status();
}

Status CheckTeamMember(const Playbook& playbook, const nlohmann::json& member) {
  return FromStored(member, [&](const Document& d) {
           Diagnostics diagnostics;
           return ReadTeamMember(d.root(&diagnostics), playbook);
         }).status();
}

}  // namespace firsthire::http

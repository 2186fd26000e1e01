#include "http/engine_json.h"

#include <string>
#include <string_view>
#include <utility>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/candidate_pool.h"
#include "firsthire/kit.h"
#include "firsthire/plan.h"
#include "firsthire/review.h"
#include "firsthire/scorecard.h"
#include "firsthire/team.h"
#include "report/assessment_report.h"
#include "report/evaluation_report.h"
#include "report/kit_report.h"
#include "report/plan_report.h"
#include "report/review_report.h"
#include "report/team_report.h"

namespace firsthire::http {
namespace {

// Name of the request body in loader messages ("body:3:7: ...").
constexpr char kSource[] = "body";

std::string Text(const nlohmann::json& document) {
  return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The loader's error with `prefix` removed from the front of its field path,
// for documents this file wraps around what the client sent.
Status Unwrapped(const Status& status, std::string_view prefix) {
  Location where = status.location();
  if (where.field.rfind(prefix, 0) == 0) {
    where.field.erase(0, prefix.size());
    if (!where.field.empty() && where.field.front() == '.') where.field.erase(0, 1);
  }
  // Line and column refer to the wrapped text, not to what the client sent.
  where.line = 0;
  where.column = 0;
  where.file.clear();
  std::string message = status.message();
  return Status::InvalidInput(std::move(message), std::move(where));
}

Result<Brief> ReadBrief(const Playbook& playbook, const nlohmann::json& brief) {
  Diagnostics diagnostics;
  return LoadBrief(Text(brief), kSource, playbook, &diagnostics);
}

}  // namespace

Result<nlohmann::json> AssessJson(const Playbook& playbook, const nlohmann::json& brief) {
  FH_ASSIGN_OR_RETURN(Brief loaded, ReadBrief(playbook, brief));
  return AssessmentToJson(Assess(playbook, loaded));
}

Result<nlohmann::json> KitJson(const Playbook& playbook, const nlohmann::json& brief,
                               bool for_candidate) {
  FH_ASSIGN_OR_RETURN(Brief loaded, ReadBrief(playbook, brief));
  return KitToJson(BuildKit(playbook, loaded),
                   for_candidate ? KitAudience::kCandidate : KitAudience::kInterviewer);
}

Result<nlohmann::json> PlanJson(const Playbook& playbook, const nlohmann::json& brief) {
  FH_ASSIGN_OR_RETURN(Brief loaded, ReadBrief(playbook, brief));
  return PlanToJson(BuildPlan(playbook, loaded));
}

Result<nlohmann::json> ScoreJson(const Playbook& playbook, const nlohmann::json& scorecards) {
  Diagnostics diagnostics;
  FH_ASSIGN_OR_RETURN(CandidateScorecards loaded,
                      LoadScorecards(Text(scorecards), kSource, playbook, &diagnostics));
  return EvaluationToJson(Evaluate(playbook, loaded));
}

Result<nlohmann::json> ReviewJson(const Playbook& playbook, const nlohmann::json& proposal) {
  Diagnostics diagnostics;
  FH_ASSIGN_OR_RETURN(Proposal loaded,
                      LoadProposal(Text(proposal), kSource, playbook, &diagnostics));
  return ProposalReviewToJson(Review(playbook, loaded));
}

Result<nlohmann::json> TeamJson(const Playbook& playbook, const nlohmann::json& team,
                                const nlohmann::json* pool, int hires,
                                std::optional<double> budget,
                                std::function<bool()> should_stop) {
  Diagnostics diagnostics;
  FH_ASSIGN_OR_RETURN(Team loaded, LoadTeam(Text(team), kSource, playbook, &diagnostics));
  std::optional<CandidatePool> candidates;
  if (pool != nullptr) {
    Diagnostics pool_diagnostics;
    auto read = LoadPoolJson(Text(*pool), kSource, playbook, PoolLoadOptions{}, &pool_diagnostics);
    if (!read.ok()) return Unwrapped(read.status(), "");
    candidates = std::move(read).value();
  }
  TeamRequest request;
  request.pool = candidates ? &*candidates : nullptr;
  request.hires = hires;
  request.budget = budget;
  request.should_stop = std::move(should_stop);
  return TeamToJson(EvaluateTeam(playbook, loaded, request));
}

Status CheckScorecard(const Playbook& playbook, const nlohmann::json& scorecard) {
  nlohmann::json card = scorecard;
  card["interviewer"] = "you";
  nlohmann::json document = {{"candidate", {{"id", "c"}, {"name", "candidate"}}},
                             {"scorecards", nlohmann::json::array({card})}};
  Diagnostics diagnostics;
  auto loaded = LoadScorecards(Text(document), kSource, playbook, &diagnostics);
  if (!loaded.ok()) return Unwrapped(loaded.status(), "scorecards[0]");
  return Status::Ok();
}

Status CheckTeamMember(const Playbook& playbook, const nlohmann::json& member) {
  nlohmann::json document = {{"members", nlohmann::json::array({member})}};
  Diagnostics diagnostics;
  auto loaded = LoadTeam(Text(document), kSource, playbook, &diagnostics);
  if (!loaded.ok()) return Unwrapped(loaded.status(), "members[0]");
  return Status::Ok();
}

}  // namespace firsthire::http

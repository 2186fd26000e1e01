// The team's hiring loop, read side:
//
//   GET /api/v1/openings/{id}/pipeline  the opening's board: every stage of
//       the playbook's pipeline in order, with how many live candidates are
//       in it and the median time they have spent there so far (null when
//       none). Stages a candidate holds that the playbook no longer lists
//       follow, titled by their id. Any signed-in role (the board shows
//       counts only).
//   GET /api/v1/me/interviews  the caller's own interviews (cancelled ones
//       left out), each with the candidate's name and stage, the opening, and
//       where the caller's scorecard stands: "done" (submitted), "overdue"
//       (due_at has passed) or "to_score". Open items first, soonest due
//       first (no due time last); then done ones.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "http/api_records.h"
#include "http/api_routes.h"

namespace firsthire::http {
namespace {

// The median of `values` (sorted here); the lower middle for an even count.
Millis Median(std::vector<Millis> values) {
  std::sort(values.begin(), values.end());
  return values[(values.size() - 1) / 2];
}

nlohmann::json StageJson(const std::string& id, const std::string& title,
                         const std::vector<Millis>& times_in_stage) {
  return {{"id", id},
          {"title", title},
          {"count", times_in_stage.size()},
          {"median_ms_in_stage", times_in_stage.empty() ? nlohmann::json(nullptr)
                                                        : nlohmann::json(Median(times_in_stage))}};
}

// Where the caller's scorecard for an interview stands.
std::string ScorecardProgress(const Result<store::StoredScorecard>& mine,
                              const store::StoredInterview& interview, Millis now) {
  if (mine.ok() && mine->state == "submitted") return "done";
  if (interview.due_at > 0 && interview.due_at < now) return "overdue";
  return "to_score";
}

class LoopEndpoints {
 public:
  explicit LoopEndpoints(ApiContext context)
      : store_(context.store), pipeline_(context.playbook.pipeline), clock_(context.clock) {}

  Response Pipeline(const Request& request) {
    auto opening = store_.GetOpening(std::string(request.Param("id")));
    if (!opening.ok()) return ErrorResponse(opening.status());
    auto stages = store_.ListCandidateStages(opening->id);
    if (!stages.ok()) return ErrorResponse(stages.status());
    const Millis now = clock_();
    std::map<std::string, std::vector<Millis>> times;
    for (const store::CandidateStage& entry : *stages) {
      times[entry.stage].push_back(std::max<Millis>(0, now - entry.stage_entered_at));
    }
    nlohmann::json out_stages = nlohmann::json::array();
    for (const PipelineStage& stage : pipeline_.stages) {
      out_stages.push_back(StageJson(stage.id, stage.title, times[stage.id]));
      times.erase(stage.id);
    }
    for (const auto& [id, in_stage] : times) out_stages.push_back(StageJson(id, id, in_stage));
    return JsonResponse(200, {{"opening_id", opening->id},
                              {"total", stages->size()},
                              {"as_of", now},
                              {"stages", std::move(out_stages)}});
  }

  Response MyInterviews(const Request& request) {
    const std::string me = ActorOf(request);
    auto interviews = AllInterviewsOf(me);
    if (!interviews.ok()) return ErrorResponse(interviews.status());
    const Millis now = clock_();
    std::vector<nlohmann::json> items;
    std::map<std::string, int> counts = {{"to_score", 0}, {"overdue", 0}, {"done", 0}};
    for (const store::StoredInterview& interview : *interviews) {
      if (interview.status == "cancelled") continue;
      auto candidate = store_.GetCandidate(interview.candidate_id);
      if (!candidate.ok() && candidate.status().code() != Code::kNotFound) {
        return ErrorResponse(candidate.status());
      }
      if (!candidate.ok() || candidate->erased) continue;
      nlohmann::json opening_title = nullptr;
      if (!candidate->opening_id.empty()) {
        auto opening = store_.GetOpening(candidate->opening_id);
        if (opening.ok()) opening_title = opening->title;
      }
      auto mine = store_.GetScorecard(candidate->id, me);
      if (!mine.ok() && mine.status().code() != Code::kNotFound)
        return ErrorResponse(mine.status());
      std::string progress = ScorecardProgress(mine, interview, now);
      ++counts[progress];
      nlohmann::json item = ToJson(interview);
      item["candidate_name"] = candidate->name;
      item["candidate_stage"] = candidate->stage;
      item["opening_id"] = candidate->opening_id.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(candidate->opening_id);
      item["opening_title"] = opening_title;
      item["scorecard"] = progress;
      items.push_back(std::move(item));
    }
    std::stable_sort(
        items.begin(), items.end(),
        [](const nlohmann::json& a, const nlohmann::json& b) { return SortKey(a) < SortKey(b); });
    return JsonResponse(
        200, {{"items", items}, {"total", items.size()}, {"counts", counts}, {"as_of", now}});
  }

 private:
  // Open before done; then by due time (none last), then scheduled time.
  static std::tuple<bool, Millis, Millis> SortKey(const nlohmann::json& item) {
    Millis due = item["due_at"].get<Millis>();
    return {item["scorecard"] == "done", due > 0 ? due : std::numeric_limits<Millis>::max(),
            item["scheduled_at"].get<Millis>()};
  }

  Result<std::vector<store::StoredInterview>> AllInterviewsOf(const std::string& user_id) {
    InterviewFilter filter;
    filter.interviewer_id = user_id;
    std::vector<store::StoredInterview> all;
    Page page{.limit = 500, .offset = 0};
    while (true) {
      FH_ASSIGN_OR_RETURN(Listing<store::StoredInterview> listing,
                          store_.ListInterviews(filter, page));
      for (store::StoredInterview& interview : listing.items) all.push_back(std::move(interview));
      page.offset += static_cast<std::int64_t>(listing.items.size());
      if (listing.items.empty() || page.offset >= listing.total) return all;
    }
  }

  Store& store_;
  const PipelineRules& pipeline_;
  Clock clock_;
};

}  // namespace

Status AddLoopRoutes(Router& router, ApiContext context) {
  auto endpoints = std::make_shared<LoopEndpoints>(context);
  FH_RETURN_IF_ERROR(router.Add("GET", "/api/v1/openings/{id}/pipeline", Access::SignedIn(),
                                [endpoints](const Request& r) { return endpoints->Pipeline(r); }));
  FH_RETURN_IF_ERROR(
      router.Add("GET", "/api/v1/me/interviews", Access::SignedIn(),
                 [endpoints](const Request& r) { return endpoints->MyInterviews(r); }));
  return Status::Ok();
}

}  // namespace firsthire::http

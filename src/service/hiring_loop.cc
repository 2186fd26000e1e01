#include "service/hiring_loop.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

#include <nlohmann/json.hpp>

namespace firsthire::service {
namespace {

// The median of `values` (sorted here); the lower middle for an even count.
Millis Median(std::vector<Millis> values) {
  std::sort(values.begin(), values.end());
  return values[(values.size() - 1) / 2];
}

StageCount Column(const std::string& id, const std::string& title,
                  const std::vector<Millis>& times_in_stage) {
  StageCount column{.id = id, .title = title};
  column.count = static_cast<std::int64_t>(times_in_stage.size());
  if (!times_in_stage.empty()) column.median_ms_in_stage = Median(times_in_stage);
  return column;
}

ScorecardProgress ProgressOf(const Result<store::StoredScorecard>& mine,
                             const store::StoredInterview& interview, Millis now) {
  if (mine.ok() && mine->state == "submitted") return ScorecardProgress::kDone;
  if (interview.due_at > 0 && interview.due_at < now) return ScorecardProgress::kOverdue;
  return ScorecardProgress::kToScore;
}

// Open before done; then by due time (none last), then scheduled time.
std::tuple<bool, Millis, Millis> SortKey(const MyInterview& item) {
  Millis due = item.interview.due_at;
  return {item.scorecard == ScorecardProgress::kDone,
          due > 0 ? due : std::numeric_limits<Millis>::max(), item.interview.scheduled_at};
}

// Every stage each live candidate held, oldest first, ending where they are
// now: rebuilt from the opening's stage moves (`moves`, oldest first, each
// detail {"from", "to"}) read in one query.
std::vector<std::vector<std::string>> StageHistories(
    const std::vector<store::CandidateStage>& candidates,
    const std::vector<store::AuditEntry>& moves) {
  std::map<std::string, std::vector<std::string>> paths;
  for (const store::AuditEntry& entry : moves) {
    const nlohmann::json move = nlohmann::json::parse(entry.detail, nullptr, false);
    if (!move.is_object()) continue;
    const nlohmann::json from = move.value("from", nlohmann::json());
    const nlohmann::json to = move.value("to", nlohmann::json());
    if (!from.is_string() || !to.is_string()) continue;
    std::vector<std::string>& path = paths[entry.object_id];
    if (path.empty()) path.push_back(from.get<std::string>());
    path.push_back(to.get<std::string>());
  }
  std::vector<std::vector<std::string>> histories;
  for (const store::CandidateStage& candidate : candidates) {
    std::vector<std::string> history = std::move(paths[candidate.candidate_id]);
    if (history.empty() || history.back() != candidate.stage) history.push_back(candidate.stage);
    histories.push_back(std::move(history));
  }
  return histories;
}

}  // namespace

const char* ScorecardProgressId(ScorecardProgress progress) {
  switch (progress) {
    case ScorecardProgress::kToScore:
      return "to_score";
    case ScorecardProgress::kOverdue:
      return "overdue";
    case ScorecardProgress::kDone:
      return "done";
  }
  return "to_score";
}

Result<PipelineBoard> HiringLoopService::Pipeline(const std::string& opening_id) {
  FH_ASSIGN_OR_RETURN(store::StoredOpening opening, store_.GetOpening(opening_id));
  FH_ASSIGN_OR_RETURN(std::vector<store::CandidateStage> stages,
                      store_.ListCandidateStages(opening.id));
  PipelineBoard board{.opening_id = opening.id,
                      .total = static_cast<std::int64_t>(stages.size()),
                      .as_of = clock_()};
  std::map<std::string, std::vector<Millis>> times;
  for (const store::CandidateStage& entry : stages) {
    times[entry.stage].push_back(std::max<Millis>(0, board.as_of - entry.stage_entered_at));
  }
  for (const PipelineStage& stage : playbook_.pipeline.stages) {
    board.stages.push_back(Column(stage.id, stage.title, times[stage.id]));
    times.erase(stage.id);
  }
  for (const auto& [id, in_stage] : times) board.stages.push_back(Column(id, id, in_stage));
  FH_ASSIGN_OR_RETURN(std::vector<store::AuditEntry> moves, store_.ListStageMoves(opening.id));
  board.funnel = BuildPipelineFunnel(playbook_.pipeline, StageHistories(stages, moves));
  return board;
}

Result<MyInterviews> HiringLoopService::InterviewsOf(const std::string& user_id) {
  FH_ASSIGN_OR_RETURN(std::vector<store::StoredInterview> interviews, AllInterviewsOf(user_id));
  MyInterviews out{.as_of = clock_()};
  for (ScorecardProgress p :
       {ScorecardProgress::kToScore, ScorecardProgress::kOverdue, ScorecardProgress::kDone}) {
    out.counts[p] = 0;
  }
  for (store::StoredInterview& interview : interviews) {
    if (interview.status == "cancelled") continue;
    auto candidate = store_.GetCandidate(interview.candidate_id);
    if (!candidate.ok() && candidate.status().code() != Code::kNotFound) return candidate.status();
    if (!candidate.ok() || candidate->erased) continue;
    MyInterview item{.candidate_name = candidate->name,
                     .candidate_stage = candidate->stage,
                     .opening_id = candidate->opening_id};
    if (!candidate->opening_id.empty()) {
      auto opening = store_.GetOpening(candidate->opening_id);
      if (opening.ok()) item.opening_title = opening->title;
    }
    auto mine = store_.GetScorecard(candidate->id, user_id);
    if (!mine.ok() && mine.status().code() != Code::kNotFound) return mine.status();
    item.scorecard = ProgressOf(mine, interview, out.as_of);
    if (mine.ok()) {
      FH_ASSIGN_OR_RETURN(item.reopened, LastReopening(store_, *mine));
    }
    ++out.counts[item.scorecard];
    item.interview = std::move(interview);
    out.items.push_back(std::move(item));
  }
  std::stable_sort(
      out.items.begin(), out.items.end(),
      [](const MyInterview& a, const MyInterview& b) { return SortKey(a) < SortKey(b); });
  return out;
}

Result<std::vector<store::StoredInterview>> HiringLoopService::AllInterviewsOf(
    const std::string& user_id) {
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

}  // namespace firsthire::service

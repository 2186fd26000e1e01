// The team's hiring loop, read side:
//
//   GET /api/v1/openings/{id}/pipeline  the opening's board: every stage of
//       the playbook's pipeline in order, with how many live candidates are
//       in it and the median time they have spent there so far (null when
//       none). Stages a candidate holds that the playbook no longer lists
//       follow, titled by their id. "funnel": for each stage of the
//       playbook's order, how many of the same candidates reached it (from
//       the stage moves in the audit log) and the share of the previous
//       stage's; the stages that need a reason (rejected, withdrawn) counted
//       apart as exits (engine/pipeline_funnel.h). Any signed-in role (the
//       board shows counts only).
//   GET /api/v1/me/interviews  the caller's own interviews (cancelled ones
//       left out), each with the candidate's name and stage, the opening, and
//       where the caller's scorecard stands: "done" (submitted), "overdue"
//       (due_at has passed) or "to_score". Open items first, soonest due
//       first (no due time last); then done ones. "reopened" says who
//       reopened the caller's scorecard and when ({by, by_name, at}) while it
//       is a draft again after a manager's reopening (to score again); null
//       otherwise.
// Both are service::HiringLoopService's; the handlers write its answers.
#include <string>

#include "engine/pipeline_funnel.h"
#include "http/api_records.h"
#include "http/api_routes.h"
#include "service/hiring_loop.h"

namespace firsthire::http {
namespace {

void WriteJson(JsonWriter& out, const service::StageCount& stage) {
  out.BeginObject();
  out.Key("id");
  out.String(stage.id);
  out.Key("title");
  out.String(stage.title);
  out.Key("count");
  out.Int(stage.count);
  out.Key("median_ms_in_stage");
  out.OptionalInt(stage.median_ms_in_stage);
  out.EndObject();
}

// {candidates, stages: [{id, title, reached, share_of_previous}], exits:
// [{id, title, count}]}.
void WriteJson(JsonWriter& out, const PipelineFunnel& funnel) {
  out.BeginObject();
  out.Key("candidates");
  out.Int(funnel.candidates);
  out.Key("stages");
  out.BeginArray();
  for (const FunnelStep& step : funnel.steps) {
    out.BeginObject();
    out.Key("id");
    out.String(step.id);
    out.Key("title");
    out.String(step.title);
    out.Key("reached");
    out.Int(step.reached);
    out.Key("share_of_previous");
    out.OptionalDouble(step.share_of_previous);
    out.EndObject();
  }
  out.EndArray();
  out.Key("exits");
  out.BeginArray();
  for (const FunnelExit& exit : funnel.exits) {
    out.BeginObject();
    out.Key("id");
    out.String(exit.id);
    out.Key("title");
    out.String(exit.title);
    out.Key("count");
    out.Int(exit.count);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

// The interview's members, then who and where the candidate is and where the
// caller's scorecard stands.
void WriteJson(JsonWriter& out, const service::MyInterview& item) {
  out.BeginObject();
  WriteMembers(out, item.interview);
  out.Key("candidate_name");
  out.String(item.candidate_name);
  out.Key("candidate_stage");
  out.String(item.candidate_stage);
  out.Key("opening_id");
  out.StringOrNull(item.opening_id);
  out.Key("opening_title");
  out.OptionalString(item.opening_title);
  out.Key("scorecard");
  out.String(service::ScorecardProgressId(item.scorecard));
  out.Key("reopened");
  if (item.reopened) {
    out.BeginObject();
    out.Key("by");
    out.String(item.reopened->by);
    out.Key("by_name");
    out.String(item.reopened->by_name);
    out.Key("at");
    out.Int(item.reopened->at);
    out.EndObject();
  } else {
    out.Null();
  }
  out.EndObject();
}

class LoopEndpoints {
 public:
  explicit LoopEndpoints(ApiContext context)
      : loop_(context.store, context.playbook, context.clock) {}

  Response Pipeline(const Request& request) {
    auto board = loop_.Pipeline(std::string(request.Param("id")));
    if (!board.ok()) return ErrorResponse(board.status());
    JsonWriter out;
    out.BeginObject();
    out.Key("opening_id");
    out.String(board->opening_id);
    out.Key("total");
    out.Int(board->total);
    out.Key("as_of");
    out.Int(board->as_of);
    out.Key("stages");
    out.BeginArray();
    for (const service::StageCount& stage : board->stages) WriteJson(out, stage);
    out.EndArray();
    out.Key("funnel");
    WriteJson(out, board->funnel);
    out.EndObject();
    return JsonTextResponse(200, out.Take());
  }

  Response MyInterviews(const Request& request) {
    auto mine = loop_.InterviewsOf(ActorOf(request));
    if (!mine.ok()) return ErrorResponse(mine.status());
    JsonWriter out(256 + 640 * mine->items.size());
    out.BeginObject();
    out.Key("items");
    out.BeginArray();
    for (const service::MyInterview& item : mine->items) WriteJson(out, item);
    out.EndArray();
    out.Key("total");
    out.Int(static_cast<std::int64_t>(mine->items.size()));
    out.Key("counts");
    out.BeginObject();
    for (const auto& [progress, count] : mine->counts) {
      out.Key(service::ScorecardProgressId(progress));
      out.Int(count);
    }
    out.EndObject();
    out.Key("as_of");
    out.Int(mine->as_of);
    out.EndObject();
    return JsonTextResponse(200, out.Take());
  }

 private:
  service::HiringLoopService loop_;
};

// The declarations of the hiring loop's routes, next to their handlers.
const EndpointTable<LoopEndpoints>& LoopTable() {
  using E = LoopEndpoints;
  static const EndpointTable<E> kTable = {
      {{.method = "GET",
        .path = "/api/v1/openings/{id}/pipeline",
        .access = Access::SignedIn(),
        .tag = "openings",
        .summary = "The opening's pipeline: live candidates per stage and their median time there",
        .response = "Pipeline",
        .errors = kReadErrors},
       &E::Pipeline},
      {{.method = "GET",
        .path = "/api/v1/me/interviews",
        .access = Access::SignedIn(),
        .tag = "interviews",
        .summary = "The caller's interviews and whether their scorecard is to score, overdue or "
                   "done",
        .response = "MyInterviews",
        .errors = {401, 403}},
       &E::MyInterviews},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> LoopOperations() { return OperationsOf(LoopTable()); }

Status AddLoopRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<LoopEndpoints>(context), LoopTable());
}

}  // namespace firsthire::http

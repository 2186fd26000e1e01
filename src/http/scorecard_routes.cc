// Scorecards and the evaluation built from them, under the blind rule.
//
//   POST /api/v1/candidates/{id}/scorecards  {scores, notes, red_flags,
//        submit}: saves the caller's own scorecard (any signed-in role; one
//        per interviewer and candidate). Checked by the scorecard loader's
//        rules (422 with the field). "submit": false keeps a draft that may
//        be saved again; submitting (the default) locks it: saving over a
//        submitted scorecard is 409. 201 when new, 200 when a draft was
//        replaced. The first submitted scorecard moves a candidate still in
//        the playbook's pipeline.first_scorecard.from stages (applied,
//        screen) to its `to` stage (interviews).
//   GET  /api/v1/candidates/{id}/scorecards  admins and hiring managers see
//        every scorecard (drafts too). An interviewer sees the others'
//        submitted scorecards only once their own is submitted; before that
//        403, so nobody is anchored by a colleague's scores.
//   GET  /api/v1/candidates/{id}/scorecards/mine  the caller's own scorecard
//        (draft or submitted; any signed-in role), as POST answers it; 404
//        while they have none. It shows nothing but the caller's own, so the
//        blind rule needs no check here.
//   GET  /api/v1/candidates/{id}/evaluation  what `firsthire score` gives
//        for the submitted scorecards; same blind rule; 409 while none is
//        submitted.
// The handlers read the request and answer; saving and the blind rule are
// service::ScorecardService's, the evaluation is the engine's.
#include <optional>
#include <string>

#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/json_body.h"
#include "input/yaml_json.h"
#include "service/candidates.h"
#include "service/scorecards.h"

namespace firsthire::http {
namespace {

// The scorecard a body gives {scores, notes, red_flags, submit}, read once:
// `submit` a JSON boolean, the rest checked by the scorecard loader's rules
// and kept as given.
Result<service::ScorecardDraft> ReadDraft(const Playbook& playbook, const Document& body) {
  Diagnostics diagnostics;
  InputNode root = body.root(&diagnostics);
  service::ScorecardDraft draft;
  InputNode submit = root.Get("submit");
  if (submit.present()) {
    std::optional<bool> value =
        submit.IsScalar() && submit.yaml().Tag() != "!" ? submit.Bool() : std::nullopt;
    if (!value) return Status::InvalidInput("submit must be true or false", submit.location());
    draft.submit = *value;
  }
  FH_RETURN_IF_ERROR(CheckScorecard(playbook, body));
  auto kept = [&](std::string_view name, nlohmann::json absent) {
    InputNode node = root.Get(name);
    return JsonText(node.present() ? YamlToJson(node.yaml()) : std::move(absent));
  };
  draft.scores_json = kept("scores", nlohmann::json::object());
  draft.notes_json = kept("notes", nlohmann::json::object());
  draft.red_flags_json = kept("red_flags", nlohmann::json::array());
  return draft;
}

class ScorecardEndpoints {
 public:
  explicit ScorecardEndpoints(ApiContext context)
      : playbook_(context.playbook),
        candidates_(context.store, context.playbook),
        scorecards_(context.store, context.playbook) {}

  Response Save(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    std::optional<Document> body;
    if (auto error = ParseJsonDocument(request, body)) return *error;
    auto draft = ReadDraft(playbook_, *body);
    if (!draft.ok()) return ErrorResponse(draft.status());
    auto saved = scorecards_.Save(candidate->id, ActorOf(request), *draft);
    if (!saved.ok()) return ErrorResponse(saved.status());
    return RecordResponse(saved->created ? 201 : 200, saved->scorecard);
  }

  Response List(const Request& request) {
    auto cards = scorecards_.Visible(Id(request), ReaderOf(request));
    if (!cards.ok()) return ErrorResponse(cards.status());
    return ItemsResponse(*cards);
  }

  Response Mine(const Request& request) {
    auto mine = scorecards_.Mine(Id(request), ActorOf(request));
    if (!mine.ok()) return ErrorResponse(mine.status());
    return RecordResponse(200, *mine);
  }

  Response Evaluation(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    auto cards = scorecards_.Submitted(candidate->id, ReaderOf(request));
    if (!cards.ok()) return ErrorResponse(cards.status());
    if (cards->empty()) {
      return ErrorResponse(409, "no_submitted_scorecards",
                           "no scorecard for this candidate has been submitted yet");
    }
    nlohmann::json scorecards = nlohmann::json::array();
    for (const service::NamedScorecard& card : *cards) {
      scorecards.push_back({{"interviewer", card.interviewer},
                            {"scores", StoredJson(card.scorecard.scores_json)},
                            {"notes", StoredJson(card.scorecard.notes_json)},
                            {"red_flags", StoredJson(card.scorecard.red_flags_json)}});
    }
    nlohmann::json document = {{"candidate", {{"id", candidate->id}, {"name", candidate->name}}},
                               {"scorecards", std::move(scorecards)}};
    auto evaluation = ScoreJson(playbook_, document);
    if (!evaluation.ok()) return ErrorResponse(evaluation.status());
    return JsonResponse(200, *evaluation);
  }

 private:
  static std::string Id(const Request& request) { return std::string(request.Param("id")); }
  static service::Reader ReaderOf(const Request& request) {
    return {.user_id = ActorOf(request), .manager = IsManager(request)};
  }

  const Playbook& playbook_;
  service::CandidateService candidates_;
  service::ScorecardService scorecards_;
};

// The declarations of the scorecards' routes, next to their handlers.
const EndpointTable<ScorecardEndpoints>& ScorecardTable() {
  using E = ScorecardEndpoints;
  const std::string scorecards = "/api/v1/candidates/{id}/scorecards";
  static const EndpointTable<E> kTable = {
      {{.method = "GET",
        .path = scorecards,
        .access = Access::SignedIn(),
        .tag = "scorecards",
        .summary = "Scorecards (an interviewer only after submitting their own)",
        .response = "ScorecardList",
        .errors = kReadErrors},
       &E::List},
      {{.method = "POST",
        .path = scorecards,
        .access = Access::SignedIn(),
        .tag = "scorecards",
        .summary = "Save the caller's scorecard (a draft, or submitted and locked)",
        .request = "ScorecardInput",
        .success = 201,
        .response = "Scorecard",
        .errors = {400, 401, 403, 404, 409, 413, 415, 422}},
       &E::Save},
      {{.method = "GET",
        .path = scorecards + "/mine",
        .access = Access::SignedIn(),
        .tag = "scorecards",
        .summary = "The caller's own scorecard for the candidate, draft or submitted (404 while "
                   "none)",
        .response = "Scorecard",
        .errors = kReadErrors},
       &E::Mine},
      {{.method = "GET",
        .path = "/api/v1/candidates/{id}/evaluation",
        .access = Access::SignedIn(),
        .tag = "scorecards",
        .summary = "firsthire score over the submitted scorecards",
        .response = "Evaluation",
        .errors = {401, 403, 404, 409}},
       &E::Evaluation},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> ScorecardOperations() { return OperationsOf(ScorecardTable()); }

Status AddScorecardRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<ScorecardEndpoints>(context), ScorecardTable());
}

}  // namespace firsthire::http

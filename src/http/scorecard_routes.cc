// Scorecards and the evaluation built from them, under the blind rule.
//
//   POST /api/v1/candidates/{id}/scorecards  {scores, notes, summary,
//        red_flags, submit}: saves the caller's own scorecard (any signed-in role; one
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
//   POST /api/v1/candidates/{id}/scorecards/check  the same body: the
//        evidence in the caller's own draft (signals, suggested red flags,
//        mismatches), so they can check it before submitting. Stores
//        nothing and reads nothing but the body, so it never shows another
//        interviewer's notes: the blind rule holds without a check.
//   GET  /api/v1/candidates/{id}/evaluation  what `firsthire score` gives
//        for the submitted scorecards; same blind rule; 409 while none is
//        submitted.
//   POST /api/v1/candidates/{id}/scorecards/{interviewer_id}/reopen
//        (admins and hiring managers) turns that interviewer's submitted
//        scorecard back into a draft they may change and submit again; 409
//        when it is a draft. Until it is submitted again it counts nowhere:
//        not in the evaluation, not for decisions, and not as the
//        interviewer's own for the blind rule (they again see no one else's).
//        With SMTP on, the interviewer is emailed ("scorecard_reopened"); their
//        GET /me/interviews says who reopened it and when.
// The handlers read the request and answer; saving and the blind rule are
// service::ScorecardService's, the evaluation is the engine's.
#include <map>
#include <optional>
#include <string>

#include "http/account_links.h"
#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/json_body.h"
#include "input/yaml_json.h"
#include "service/candidates.h"
#include "service/notifications.h"
#include "service/scorecards.h"

namespace firsthire::http {
namespace {

// The scorecard a body gives {scores, notes, summary, red_flags, submit}, read once:
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
  InputNode summary = root.Get("summary");
  if (summary.present()) draft.summary = summary.String().value_or("");
  return draft;
}

class ScorecardEndpoints {
 public:
  explicit ScorecardEndpoints(ApiContext context)
      : store_(context.store),
        playbook_(context.playbook),
        candidates_(context.store, context.playbook),
        scorecards_(context.store, context.playbook),
        notifier_(context.notifier),
        public_url_(context.public_url),
        secure_(context.secure) {}

  Response Save(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    std::optional<Document> body;
    if (auto error = ParseJsonDocument(request, body)) return *error;
    auto draft = ReadDraft(playbook_, *body);
    if (!draft.ok()) return ErrorResponse(draft.status());
    auto saved = SaveAndNotify(request, candidate->id, *draft);
    if (!saved.ok()) return ErrorResponse(saved.status());
    return RecordResponse(saved->created ? 201 : 200, saved->scorecard);
  }

  Response List(const Request& request) {
    auto cards = scorecards_.Visible(Id(request), ReaderOf(request));
    if (!cards.ok()) return ErrorResponse(cards.status());
    return ItemsResponse(*cards);
  }

  Response Check(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    std::optional<Document> body;
    if (auto error = ParseJsonDocument(request, body)) return *error;
    const std::string me = ActorOf(request);
    auto evidence = DraftEvidenceJson(playbook_, *body, scorecards_.InterviewerName(me));
    if (!evidence.ok()) return ErrorResponse(evidence.status());
    (*evidence)["interviewer_id"] = me;
    return JsonResponse(200, *evidence);
  }

  Response Mine(const Request& request) {
    auto mine = scorecards_.Mine(Id(request), ActorOf(request));
    if (!mine.ok()) return ErrorResponse(mine.status());
    return RecordResponse(200, *mine);
  }

  Response Reopen(const Request& request) {
    auto reopened = ReopenAndNotify(request, std::string(request.Param("interviewer_id")));
    if (!reopened.ok()) return ErrorResponse(reopened.status());
    return RecordResponse(200, *reopened);
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
    std::map<std::string, std::string> id_of_name;
    for (const service::NamedScorecard& card : *cards) {
      id_of_name[card.interviewer] = card.scorecard.interviewer_id;
      scorecards.push_back({{"interviewer", card.interviewer},
                            {"scores", StoredJson(card.scorecard.scores_json)},
                            {"notes", StoredJson(card.scorecard.notes_json)},
                            {"summary", card.scorecard.summary},
                            {"red_flags", StoredJson(card.scorecard.red_flags_json)}});
    }
    nlohmann::json document = {{"candidate", {{"id", candidate->id}, {"name", candidate->name}}},
                               {"scorecards", std::move(scorecards)}};
    auto evaluation = ScoreJson(playbook_, document);
    if (!evaluation.ok()) return ErrorResponse(evaluation.status());
    // The engine knows interviewers by name (distinct per candidate); the
    // page matches evidence to scorecards by user id.
    for (nlohmann::json& evidence : (*evaluation)["evidence"]["scorecards"]) {
      evidence["interviewer_id"] = id_of_name[evidence.value("interviewer", "")];
    }
    return JsonResponse(200, *evaluation);
  }

 private:
  static std::string Id(const Request& request) { return std::string(request.Param("id")); }
  static service::Reader ReaderOf(const Request& request) {
    return {.user_id = ActorOf(request), .manager = IsManager(request)};
  }

  // Saves the caller's scorecard; with SMTP on, a submission also queues
  // "all scorecards in" when it was the last one due, in the same
  // transaction (service/notifications.h).
  Result<service::SavedScorecard> SaveAndNotify(const Request& request,
                                                const std::string& candidate_id,
                                                const service::ScorecardDraft& draft) {
    if (notifier_ == nullptr || !draft.submit) {
      return scorecards_.Save(candidate_id, ActorOf(request), draft);
    }
    service::SavedScorecard saved;
    FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
      service::ScorecardService scorecards(tx, playbook_);
      FH_ASSIGN_OR_RETURN(saved, scorecards.Save(candidate_id, ActorOf(request), draft));
      return notifier_->QueueIfScorecardsIn(tx, candidate_id,
                                            LinkBaseUrl(request, public_url_, secure_));
    }));
    return saved;
  }

  // Reopens the interviewer's scorecard; with SMTP on, also queues the
  // "scorecard reopened" email to them in the same transaction.
  Result<store::StoredScorecard> ReopenAndNotify(const Request& request,
                                                 const std::string& interviewer_id) {
    if (notifier_ == nullptr) {
      return scorecards_.Reopen(Id(request), interviewer_id, ActorOf(request));
    }
    store::StoredScorecard reopened;
    FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
      service::ScorecardService scorecards(tx, playbook_);
      FH_ASSIGN_OR_RETURN(reopened,
                          scorecards.Reopen(Id(request), interviewer_id, ActorOf(request)));
      return notifier_->QueueScorecardReopened(tx, reopened, ActorOf(request),
                                               LinkBaseUrl(request, public_url_, secure_));
    }));
    return reopened;
  }

  Store& store_;
  const Playbook& playbook_;
  service::CandidateService candidates_;
  service::ScorecardService scorecards_;
  const service::Notifier* notifier_;
  std::string public_url_;
  bool secure_;
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
      {{.method = "POST",
        .path = scorecards + "/check",
        .access = Access::SignedIn(),
        .tag = "scorecards",
        .summary = "The evidence in the caller's draft scorecard (signals, suggested red flags, "
                   "mismatches); stores nothing",
        .request = "ScorecardInput",
        .response = "ScorecardEvidence",
        .errors = {400, 401, 403, 404, 413, 415, 422}},
       &E::Check},
      {{.method = "GET",
        .path = scorecards + "/mine",
        .access = Access::SignedIn(),
        .tag = "scorecards",
        .summary = "The caller's own scorecard for the candidate, draft or submitted (404 while "
                   "none)",
        .response = "Scorecard",
        .errors = kReadErrors},
       &E::Mine},
      {{.method = "POST",
        .path = scorecards + "/{interviewer_id}/reopen",
        .access = ManagersOnly(),
        .tag = "scorecards",
        .summary = "Reopen an interviewer's submitted scorecard as a draft they may change and "
                   "submit again (409 when it is a draft)",
        .response = "Scorecard",
        .errors = {401, 403, 404, 409}},
       &E::Reopen},
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

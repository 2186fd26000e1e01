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
#include <map>
#include <set>
#include <string>

#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/json_body.h"

namespace firsthire::http {
namespace {

constexpr char kBlindMessage[] =
    "submit your own scorecard for this candidate before reading the others'";

class ScorecardEndpoints {
 public:
  explicit ScorecardEndpoints(ApiContext context)
      : store_(context.store), playbook_(context.playbook) {}

  Response Save(const Request& request) {
    auto candidate = LiveCandidate(request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    bool submit = fields.Bool("submit").value_or(true);
    if (!fields.ok()) return ErrorResponse(fields.status());
    nlohmann::json card = {{"scores", body.value("scores", nlohmann::json())},
                           {"notes", body.value("notes", nlohmann::json::object())},
                           {"red_flags", body.value("red_flags", nlohmann::json::array())}};
    if (card["notes"].is_null()) card["notes"] = nlohmann::json::object();
    if (card["red_flags"].is_null()) card["red_flags"] = nlohmann::json::array();
    const nlohmann::json summary = body.value("summary", nlohmann::json(""));
    if (!summary.is_string()) {
      return ErrorResponse(422, "invalid_input", "summary must be text", "summary");
    }
    if (card["scores"].is_null()) {
      return ErrorResponse(422, "invalid_input", "scores is required", "scores");
    }
    std::optional<Document> document;
    if (auto error = ParseJsonDocument(request, document)) return *error;
    Status checked = CheckScorecard(playbook_, *document);
    if (!checked.ok()) return ErrorResponse(checked);

    const std::string me = ActorOf(request);
    auto existing = store_.GetScorecard(candidate->id, me);
    if (existing.ok() && existing->state == "submitted") {
      return ErrorResponse(409, "already_exists",
                           "your scorecard for this candidate is submitted and cannot change");
    }
    if (!existing.ok() && existing.status().code() != Code::kNotFound) {
      return ErrorResponse(existing.status());
    }
    store::StoredScorecard scorecard;
    scorecard.candidate_id = candidate->id;
    scorecard.interviewer_id = me;
    scorecard.scores_json = JsonText(card["scores"]);
    scorecard.notes_json = JsonText(card["notes"]);
    scorecard.red_flags_json = JsonText(card["red_flags"]);
    scorecard.state = submit ? "submitted" : "draft";
    scorecard.summary = summary.get<std::string>();
    auto saved = store_.SaveScorecard(scorecard, me);
    if (!saved.ok()) return ErrorResponse(saved.status());
    const PipelineRules& pipeline = playbook_.pipeline;
    if (submit && !pipeline.scored_to.empty()) {
      auto moved =
          store_.AdvanceCandidateStage(candidate->id, pipeline.scored_from, pipeline.scored_to, me);
      if (!moved.ok()) return ErrorResponse(moved.status());
    }
    return RecordResponse(existing.ok() ? 200 : 201, *saved);
  }

  Response List(const Request& request) {
    auto candidate = LiveCandidate(request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    auto cards = store_.ListScorecards(candidate->id);
    if (!cards.ok()) return ErrorResponse(cards.status());
    nlohmann::json items = nlohmann::json::array();
    if (IsManager(request)) {
      for (const store::StoredScorecard& card : *cards) items.push_back(ToJson(card));
    } else {
      const std::string me = ActorOf(request);
      if (!OwnSubmitted(*cards, me)) return ErrorResponse(Status::PermissionDenied(kBlindMessage));
      for (const store::StoredScorecard& card : *cards) {
        if (card.state == "submitted" || card.interviewer_id == me) items.push_back(ToJson(card));
      }
    }
    return JsonResponse(200, {{"items", std::move(items)}});
  }

  Response Check(const Request& request) {
    auto candidate = LiveCandidate(request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    std::optional<Document> document;
    if (auto error = ParseJsonDocument(request, document)) return *error;
    auto evidence = DraftEvidenceJson(playbook_, *document, InterviewerName(ActorOf(request)));
    if (!evidence.ok()) return ErrorResponse(evidence.status());
    (*evidence)["interviewer_id"] = ActorOf(request);
    return JsonResponse(200, *evidence);
  }

  Response Mine(const Request& request) {
    auto candidate = LiveCandidate(request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    auto mine = store_.GetScorecard(candidate->id, ActorOf(request));
    if (!mine.ok()) {
      if (mine.status().code() == Code::kNotFound) {
        return ErrorResponse(404, "not_found", "you have no scorecard for this candidate yet");
      }
      return ErrorResponse(mine.status());
    }
    return RecordResponse(200, *mine);
  }

  Response Evaluation(const Request& request) {
    auto candidate = LiveCandidate(request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    auto cards = store_.ListScorecards(candidate->id);
    if (!cards.ok()) return ErrorResponse(cards.status());
    if (!IsManager(request) && !OwnSubmitted(*cards, ActorOf(request))) {
      return ErrorResponse(Status::PermissionDenied(kBlindMessage));
    }
    nlohmann::json scorecards = nlohmann::json::array();
    std::set<std::string> names;
    std::map<std::string, std::string> id_of_name;
    for (const store::StoredScorecard& card : *cards) {
      if (card.state != "submitted") continue;
      std::string name = InterviewerName(card.interviewer_id);
      if (!names.insert(name).second) {
        name += " (" + card.interviewer_id.substr(0, 6) + ")";
        names.insert(name);
      }
      id_of_name[name] = card.interviewer_id;
      scorecards.push_back({{"interviewer", name},
                            {"scores", StoredJson(card.scores_json)},
                            {"notes", StoredJson(card.notes_json)},
                            {"summary", card.summary},
                            {"red_flags", StoredJson(card.red_flags_json)}});
    }
    if (scorecards.empty()) {
      return ErrorResponse(409, "no_submitted_scorecards",
                           "no scorecard for this candidate has been submitted yet");
    }
    nlohmann::json document = {{"candidate", {{"id", candidate->id}, {"name", candidate->name}}},
                               {"scorecards", std::move(scorecards)}};
    auto evaluation = ScoreJson(playbook_, document);
    if (!evaluation.ok()) return ErrorResponse(evaluation.status());
    // The engine knows interviewers by name; the page matches evidence to
    // scorecards by user id.
    for (nlohmann::json& evidence : (*evaluation)["evidence"]["scorecards"]) {
      evidence["interviewer_id"] = id_of_name[evidence.value("interviewer", "")];
    }
    return JsonResponse(200, *evaluation);
  }

 private:
  Result<store::StoredCandidate> LiveCandidate(const Request& request) {
    auto candidate = store_.GetCandidate(std::string(request.Param("id")));
    if (!candidate.ok()) return candidate.status();
    if (candidate->erased) return Status::NotFound("no such candidate");
    return candidate;
  }

  static bool OwnSubmitted(const std::vector<store::StoredScorecard>& cards,
                           const std::string& me) {
    for (const store::StoredScorecard& card : cards) {
      if (card.interviewer_id == me && card.state == "submitted") return true;
    }
    return false;
  }

  std::string InterviewerName(const std::string& user_id) {
    auto user = store_.GetUser(user_id);
    if (user.ok() && !user->name.empty()) return user->name;
    return "interviewer " + user_id.substr(0, 6);
  }

  Store& store_;
  const Playbook& playbook_;
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

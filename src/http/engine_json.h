// The decision engines behind request bodies, for the HTTP handlers.
//
// Each function takes the same document the matching CLI verb reads — the
// request body read once through the input layer (http/json_body.h
// ParseJsonDocument), so every value keeps its line and column — runs it
// through the same reader and engine as the CLI, and returns the same JSON
// `--format json` prints (the report layer's *ToJson). Nothing here copies
// engine logic.
//
// Failure: the reader's first error as kInvalidInput whose Location names
// the body's line and column and the path to the offending value (e.g.
// "workflow.name"); the HTTP layer answers it with 422 and that field.
//
// The overloads on nlohmann::json are for documents the server kept (a
// stored brief or proposal), which have no request text to point into.
//
// This header deliberately names no engine record types: the engine's
// Brief/Scorecard/Plan/... share names with the store's records, so handler
// files that include store/store.h reach the engines only through here.
#ifndef FIRSTHIRE_HTTP_ENGINE_JSON_H_
#define FIRSTHIRE_HTTP_ENGINE_JSON_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "input/document.h"

namespace firsthire::http {

// POST /assess: a brief (docs/product.md section 2) -> the assessment.
Result<nlohmann::json> AssessJson(const Playbook& playbook, const Document& brief);
Result<nlohmann::json> AssessJson(const Playbook& playbook, const nlohmann::json& brief);

// POST /kit: a brief -> the interview kit; `for_candidate` drops the
// scoring anchors exactly as `kit --for candidate` does.
Result<nlohmann::json> KitJson(const Playbook& playbook, const Document& brief,
                               bool for_candidate);
Result<nlohmann::json> KitJson(const Playbook& playbook, const nlohmann::json& brief,
                               bool for_candidate);

// POST /plan: a brief -> the 30-60-90 plan.
Result<nlohmann::json> PlanJson(const Playbook& playbook, const Document& brief);
Result<nlohmann::json> PlanJson(const Playbook& playbook, const nlohmann::json& brief);

// What an opening carries from a stored brief, from one read of it: the
// interview kit and the plan (as KitJson for interviewers and PlanJson give
// them) and the archetype of the brief's assessed first hire.
struct OpeningFromBrief {
  nlohmann::json kit;
  nlohmann::json plan;
  std::string archetype;
};
Result<OpeningFromBrief> OpeningJson(const Playbook& playbook, const nlohmann::json& brief);

// POST /score: {candidate: {id, name}, scorecards: [...]} -> the evaluation.
Result<nlohmann::json> ScoreJson(const Playbook& playbook, const Document& scorecards);
Result<nlohmann::json> ScoreJson(const Playbook& playbook, const nlohmann::json& scorecards);

// POST /review: a proposal -> its review.
Result<nlohmann::json> ReviewJson(const Playbook& playbook, const Document& proposal);
Result<nlohmann::json> ReviewJson(const Playbook& playbook, const nlohmann::json& proposal);

// POST /team: a TEAM document whose optional `candidates` member is the
// pool (the `--candidates` file's list): then also the best `hires` picks
// within `budget`. A pool longer than `max_pool` is kInvalidInput on field
// "candidates". `should_stop` (may be empty) is polled during the search;
// when it turns true the answer is the best choice found so far, optimal:
// false, with the bound.
Result<nlohmann::json> TeamJson(const Playbook& playbook, const Document& body, int hires,
                                std::optional<double> budget, std::size_t max_pool,
                                std::function<bool()> should_stop = nullptr);

// Checks one interviewer's scorecard {scores, notes, red_flags, submit}
// (the body of POST /candidates/{id}/scorecards; the interviewer is the
// caller) by the scorecard loader's rules (known category and red flag ids,
// whole scores in the playbook's range, at least one score). Fields are
// relative to the body, e.g. "scores.eval_discipline".
Status CheckScorecard(const Playbook& playbook, const Document& body);

// Checks one team member {name, traits, codes} against the team loader's
// rules; fields relative to the member, e.g. "traits.design".
Status CheckTeamMember(const Playbook& playbook, const nlohmann::json& member);

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_ENGINE_JSON_H_

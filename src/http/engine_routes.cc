// The stateless endpoints: the CLI's verbs over HTTP. Each body is the
// document the verb reads, each answer the JSON `--format json` prints.
// Every engine call runs through the context's ComputeGate (a slot, a
// deadline, the client's connection watched).
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "firsthire/playbook.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/fixed_document.h"
#include "http/json_body.h"
#include "http/openapi.h"

namespace firsthire::http {
namespace {

using EngineCall = Result<nlohmann::json> (*)(const Playbook&, const Document&);

// The playbook's stale warning on today's date, or null when it is fresh.
nlohmann::json StaleNow(const Playbook& playbook) {
  auto stale = StalePlaybookWarning(playbook, TodayUtc());
  return stale ? nlohmann::json(*stale) : nlohmann::json(nullptr);
}

// The engine's record with `playbook.stale` added: the warning the CLI prints
// on stderr reaches API clients in the answer itself.
Response Answer(const Playbook& playbook, Result<nlohmann::json> result) {
  if (!result.ok()) return ErrorResponse(result.status());
  if (auto it = result->find("playbook"); it != result->end() && it->is_object()) {
    (*it)["stale"] = StaleNow(playbook);
  }
  return JsonResponse(200, *result);
}

// The body is parsed inside the slot too: a busy server answers 503 without
// spending a worker on a megabyte of JSON.
Response BriefLike(const ApiContext& context, const Request& request, EngineCall call) {
  return context.compute->Run(request, [&](const StopCheck&) {
    std::optional<Document> body;
    if (auto error = ParseJsonDocument(request, body)) return *error;
    return Answer(context.playbook, call(context.playbook, *body));
  });
}

Response Kit(ApiContext context, const Request& request) {
  std::optional<std::string> audience = request.QueryParam("for");
  if (audience && *audience != "interviewer" && *audience != "candidate") {
    return ErrorResponse(422, "invalid_input", "for must be interviewer or candidate", "for");
  }
  bool for_candidate = audience && *audience == "candidate";
  return context.compute->Run(request, [&](const StopCheck&) {
    std::optional<Document> body;
    if (auto error = ParseJsonDocument(request, body)) return *error;
    return Answer(context.playbook, KitJson(context.playbook, *body, for_candidate));
  });
}

// Runs in a compute slot (see Team below).
Response TeamInSlot(const ApiContext& context, const Request& request,
                    const StopCheck& should_stop) {
  int hires = 1;
  if (auto text = request.QueryParam("hires")) {
    if (*text != "1" && *text != "2" && *text != "3" && *text != "4" && *text != "5") {
      return ErrorResponse(422, "invalid_input", "hires must be a whole number from 1 to 5",
                           "hires");
    }
    hires = std::stoi(*text);
  }
  std::optional<double> budget;
  if (auto text = request.QueryParam("budget")) {
    char* end = nullptr;
    double value = std::strtod(text->c_str(), &end);
    if (text->empty() || end != text->c_str() + text->size() || !(value >= 0) || value > 1e15) {
      return ErrorResponse(422, "invalid_input", "budget must be a number of 0 or more", "budget");
    }
    budget = value;
  }
  std::optional<Document> body;
  if (auto error = ParseJsonDocument(request, body)) return *error;
  return Answer(context.playbook,
                TeamJson(context.playbook, *body, hires, budget,
                         context.compute->options().max_team_pool, should_stop));
}

Response Team(ApiContext context, const Request& request) {
  return context.compute->Run(request, [&](const StopCheck& should_stop) {
    return TeamInSlot(context, request, should_stop);
  });
}

// A document that cannot change while the server runs (the playbook in use,
// the OpenAPI description) is serialised, tagged and compressed once, when
// the route is added (http/fixed_document.h).
Result<Handler> FixedJson(std::string body) {
  FH_ASSIGN_OR_RETURN(FixedDocument document,
                      FixedDocument::Make(std::move(body), "application/json; charset=utf-8"));
  auto shared = std::make_shared<const FixedDocument>(std::move(document));
  return Handler([shared](const Request& request) { return shared->Answer(request); });
}

// The playbook document with the day's `stale` field, as a FixedDocument made
// again when the day changes (the stale warning depends on the date).
struct DailyDocument {
  nlohmann::json document;
  const Playbook* playbook = nullptr;
  std::mutex mutex;
  std::string day;
  std::shared_ptr<const FixedDocument> prepared;

  Response Answer(const Request& request) {
    std::shared_ptr<const FixedDocument> current;
    {
      std::lock_guard<std::mutex> lock(mutex);
      std::string today = TodayUtc();
      if (!prepared || day != today) {
        nlohmann::json answer = document;
        answer["stale"] = StaleNow(*playbook);
        auto made = FixedDocument::Make(
            answer.dump(2, ' ', false, nlohmann::json::error_handler_t::replace),
            "application/json; charset=utf-8");
        if (!made.ok()) return ErrorResponse(made.status());
        prepared = std::make_shared<const FixedDocument>(std::move(made).value());
        day = today;
      }
      current = prepared;
    }
    return current->Answer(request);
  }
};

// {id, label} for each item of a playbook list, its title as the label.
template <typename T>
nlohmann::json Terms(const std::vector<T>& items) {
  nlohmann::json terms = nlohmann::json::array();
  for (const T& item : items) {
    terms.push_back({{"id", item.id}, {"label", item.title.empty() ? item.id : item.title}});
  }
  return terms;
}

// GET /api/v1/playbook's `vocabularies`: every closed vocabulary with the
// playbook's labels, then the playbook's own lists (docs/api.md).
nlohmann::json Vocabularies(const Playbook& playbook) {
  nlohmann::json out = nlohmann::json::object();
  for (const Vocabulary& vocabulary : playbook.vocabularies) {
    nlohmann::json terms = nlohmann::json::array();
    for (const VocabularyTerm& term : vocabulary.terms) {
      terms.push_back({{"id", term.id}, {"label", term.label}});
    }
    out[vocabulary.name] = std::move(terms);
  }
  out["traits"] = Terms(playbook.traits);
  out["categories"] = Terms(playbook.categories);
  out["red_flags"] = Terms(playbook.red_flags);
  out["shapes"] = Terms(playbook.shapes);
  out["routes"] = Terms(playbook.routes.routes);
  out["stages"] = Terms(playbook.pipeline.stages);
  out["decisions"] = Terms(playbook.pipeline.decisions);
  return out;
}

// What the engine routes answer with: the context, the playbook document and
// this API's OpenAPI document (both prepared once).
struct EngineEndpoints {
  ApiContext context;
  std::shared_ptr<DailyDocument> playbook;
  Handler openapi;

  Response Assess(const Request& r) { return BriefLike(context, r, AssessJson); }
  Response Kit(const Request& r) { return http::Kit(context, r); }
  Response Plan(const Request& r) { return BriefLike(context, r, PlanJson); }
  Response Score(const Request& r) { return BriefLike(context, r, ScoreJson); }
  Response Review(const Request& r) { return BriefLike(context, r, ReviewJson); }
  Response Team(const Request& r) { return http::Team(context, r); }
  Response PlaybookDocument(const Request& r) { return playbook->Answer(r); }
  Response OpenApi(const Request& r) { return openapi(r); }
};

Result<std::shared_ptr<EngineEndpoints>> MakeEngineEndpoints(ApiContext context) {
  auto playbook_json = PlaybookJsonText(context.playbook);
  if (!playbook_json.ok()) return playbook_json.status();
  // The file's YAML as JSON, except that the version is always the string the
  // engines stamp on their records (an unquoted `version: 3` would be a number).
  nlohmann::json playbook_document = nlohmann::json::parse(*playbook_json);
  playbook_document["version"] = context.playbook.version;
  playbook_document["vocabularies"] = Vocabularies(context.playbook);
  // `stale`: the filled stale warning on the day of the request, or null. The
  // document is prepared (tagged, compressed) once a day, on the first request.
  auto daily = std::make_shared<DailyDocument>();
  daily->document = std::move(playbook_document);
  daily->playbook = &context.playbook;
  FH_ASSIGN_OR_RETURN(Handler openapi, FixedJson(OpenApiDocument().dump()));
  return std::make_shared<EngineEndpoints>(
      EngineEndpoints{std::move(context), std::move(daily), std::move(openapi)});
}

// The declarations of the engine and service documents' routes.
const EndpointTable<EngineEndpoints>& EngineTable() {
  using E = EngineEndpoints;
  static const EndpointTable<E> kTable = {
      {{.method = "GET",
        .path = "/api/v1/openapi.json",
        .access = Access::Public(),
        .tag = "service",
        .summary = "This document (strong ETag: If-None-Match answers 304; gzip when accepted)",
        .response = "OpenApiDocument"},
       &E::OpenApi},
      {{.method = "GET",
        .path = "/api/v1/playbook",
        .access = Access::Public(),
        .tag = "service",
        .summary = "The playbook in use, as JSON (strong ETag: If-None-Match answers 304; gzip "
                   "when accepted)",
        .response = "PlaybookDocument"},
       &E::PlaybookDocument},
      {{.method = "POST",
        .path = "/api/v1/assess",
        .access = Access::SignedIn(),
        .tag = "engines",
        .summary = "firsthire assess: readiness, first hire, route",
        .request = "BriefDocument",
        .response = "Assessment",
        .errors = kEngineErrors},
       &E::Assess},
      {{.method = "POST",
        .path = "/api/v1/kit",
        .access = Access::SignedIn(),
        .tag = "engines",
        .summary = "firsthire kit: the interview kit for the brief's role",
        .request = "BriefDocument",
        .response = "Kit",
        .errors = kEngineErrors,
        .query = {"for"}},
       &E::Kit},
      {{.method = "POST",
        .path = "/api/v1/plan",
        .access = Access::SignedIn(),
        .tag = "engines",
        .summary = "firsthire plan: the 30-60-90 day plan",
        .request = "BriefDocument",
        .response = "PlanRecord",
        .errors = kEngineErrors},
       &E::Plan},
      {{.method = "POST",
        .path = "/api/v1/score",
        .access = Access::SignedIn(),
        .tag = "engines",
        .summary = "firsthire score: one candidate's scorecards evaluated",
        .request = "ScorecardsDocument",
        .response = "Evaluation",
        .errors = kEngineErrors},
       &E::Score},
      {{.method = "POST",
        .path = "/api/v1/review",
        .access = Access::SignedIn(),
        .tag = "engines",
        .summary = "firsthire review: a vendor proposal reviewed",
        .request = "ProposalDocument",
        .response = "ProposalReview",
        .errors = kEngineErrors},
       &E::Review},
      {{.method = "POST",
        .path = "/api/v1/team",
        .access = Access::SignedIn(),
        .tag = "engines",
        .summary = "firsthire team: coverage, gaps, warnings and (with candidates) the best hires",
        .request = "TeamDocument",
        .response = "TeamRecord",
        .errors = kEngineErrors,
        .query = {"hires", "budget"}},
       &E::Team},
  };
  return kTable;
}

}  // namespace

Access ManagersOnly() { return Access::Roles({Role::kAdmin, Role::kHiringManager}); }
Access AdminsOnly() { return Access::Roles({Role::kAdmin}); }

std::vector<Operation> EngineOperations() { return OperationsOf(EngineTable()); }

Status AddEngineRoutes(Router& router, ApiContext context) {
  FH_ASSIGN_OR_RETURN(std::shared_ptr<EngineEndpoints> endpoints,
                      MakeEngineEndpoints(std::move(context)));
  return AddEndpoints(router, std::move(endpoints), EngineTable());
}

}  // namespace firsthire::http

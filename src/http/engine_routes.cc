// The stateless endpoints: the CLI's verbs over HTTP. Each body is the
// document the verb reads, each answer the JSON `--format json` prints.
#include <memory>
#include <optional>
#include <string>

#include "firsthire/playbook.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/json_body.h"
#include "http/openapi.h"

namespace firsthire::http {
namespace {

using EngineCall = Result<nlohmann::json> (*)(const Playbook&, const nlohmann::json&);

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

Handler BriefLike(ApiContext context, EngineCall call) {
  return [context, call](const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    return Answer(context.playbook, call(context.playbook, body));
  };
}

Response Kit(ApiContext context, const Request& request) {
  std::optional<std::string> audience = request.QueryParam("for");
  if (audience && *audience != "interviewer" && *audience != "candidate") {
    return ErrorResponse(422, "invalid_input", "for must be interviewer or candidate", "for");
  }
  nlohmann::json body;
  if (auto error = ParseJsonObject(request, body)) return *error;
  return Answer(context.playbook,
                KitJson(context.playbook, body, audience && *audience == "candidate"));
}

Response Team(ApiContext context, const Request& request) {
  nlohmann::json body;
  if (auto error = ParseJsonObject(request, body)) return *error;
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
  // The pool travels in the same body under "candidates" (the --candidates
  // file's {candidates: [...]}); the rest is the TEAM document.
  std::optional<nlohmann::json> pool;
  if (auto it = body.find("candidates"); it != body.end()) {
    pool = nlohmann::json{{"candidates", *it}};
    body.erase("candidates");
  }
  return Answer(context.playbook,
                TeamJson(context.playbook, body, pool ? &*pool : nullptr, hires, budget));
}

// A document that cannot change while the server runs (the playbook in use,
// the OpenAPI description) is serialised once, when the route is added.
Handler FixedJson(std::string body) {
  auto shared = std::make_shared<const std::string>(std::move(body));
  return [shared](const Request&) {
    Response response;
    response.status = 200;
    response.content_type = "application/json; charset=utf-8";
    response.body = *shared;
    return response;
  };
}

}  // namespace

Access ManagersOnly() { return Access::Roles({Role::kAdmin, Role::kHiringManager}); }
Access AdminsOnly() { return Access::Roles({Role::kAdmin}); }

Status AddEngineRoutes(Router& router, ApiContext context) {
  FH_RETURN_IF_ERROR(
      router.Add("POST", "/api/v1/assess", Access::SignedIn(), BriefLike(context, AssessJson)));
  FH_RETURN_IF_ERROR(router.Add("POST", "/api/v1/kit", Access::SignedIn(),
                                [context](const Request& r) { return Kit(context, r); }));
  FH_RETURN_IF_ERROR(
      router.Add("POST", "/api/v1/plan", Access::SignedIn(), BriefLike(context, PlanJson)));
  FH_RETURN_IF_ERROR(
      router.Add("POST", "/api/v1/score", Access::SignedIn(), BriefLike(context, ScoreJson)));
  FH_RETURN_IF_ERROR(
      router.Add("POST", "/api/v1/review", Access::SignedIn(), BriefLike(context, ReviewJson)));
  FH_RETURN_IF_ERROR(router.Add("POST", "/api/v1/team", Access::SignedIn(),
                                [context](const Request& r) { return Team(context, r); }));
  auto playbook_json = PlaybookJsonText(context.playbook);
  if (!playbook_json.ok()) return playbook_json.status();
  // The file's YAML as JSON, except that the version is always the string the
  // engines stamp on their records (an unquoted `version: 3` would be a number).
  nlohmann::json playbook_document = nlohmann::json::parse(*playbook_json);
  playbook_document["version"] = context.playbook.version;
  // `stale`: the filled stale warning on the day of the request, or null.
  auto document = std::make_shared<const nlohmann::json>(std::move(playbook_document));
  const Playbook* playbook = &context.playbook;
  FH_RETURN_IF_ERROR(router.Add("GET", "/api/v1/playbook", Access::Public(),
                                [document, playbook](const Request&) {
                                  nlohmann::json answer = *document;
                                  answer["stale"] = StaleNow(*playbook);
                                  return JsonResponse(200, answer);
                                }));
  FH_RETURN_IF_ERROR(router.Add("GET", "/api/v1/openapi.json", Access::Public(),
                                FixedJson(OpenApiDocument().dump())));
  return Status::Ok();
}

}  // namespace firsthire::http

// Candidates: list (paginated, ?q= full text, ?opening_id=, ?status=,
// ?stage=), get, create, update (also their pipeline stage), erase (DELETE:
// the right to erasure), export (the right of access) and their hiring
// decisions.
//
// Stages are the playbook's pipeline.stages; a stage with needs_reason
// (rejected, withdrawn) needs a stage_reason. A decision needs a reason and
// at least one submitted scorecard (422 otherwise), carries the playbook's
// rule for its kind, and moves the candidate to the kind's stage (hire ->
// hired, reject -> rejected) in the same transaction.
//
// Who: every signed-in role reads candidates (interviewers need the person
// they interview; the small teams firsthire is for interview together);
// admins and hiring managers write them, erase them, export them and record
// decisions. An erased candidate is gone for everyone: 404, except that
// erasing again is a no-op (204). A closed opening takes no new candidate
// (create, or a change of opening_id: 422 on opening_id).
//
// The handlers read the request and answer; the use cases (the stage rules,
// decisions, erasure, the export) are service::CandidateService's.
#include <memory>
#include <optional>
#include <string>

#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/json_body.h"
#include "http/candidate_listing.h"
#include "service/candidates.h"

namespace firsthire::http {
namespace {

// The writable fields of a candidate body (type and size checks only: the
// service checks what they mean); `creating` makes name required.
Result<service::CandidateChange> ReadCandidate(const nlohmann::json& body, bool creating) {
  BodyFields fields(body);
  service::CandidateChange change;
  change.name = fields.String("name", creating);
  change.email = fields.String("email");
  change.opening_id = fields.String("opening_id", false, 64);
  change.status = fields.String("status", false, 64);
  if (auto profile = fields.Object("profile")) change.profile_json = JsonText(*profile);
  change.stage = fields.String("stage", false, 64);
  change.stage_reason = fields.String("stage_reason", false, 4096);
  FH_RETURN_IF_ERROR(fields.status());
  return change;
}

// `response` sending `body` (shared with the list's caches) instead of its own.
Response WithSharedBody(Response response, std::shared_ptr<const std::string> body) {
  response.body.clear();
  response.shared_body = std::move(body);
  return response;
}

class CandidateEndpoints {
 public:
  explicit CandidateEndpoints(ApiContext context)
      : candidates_(context.store, context.playbook), listing_(candidates_) {}

  Response List(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    CandidateFilter filter;
    filter.text = request.QueryParam("q").value_or("");
    filter.opening_id = request.QueryParam("opening_id").value_or("");
    filter.status = request.QueryParam("status").value_or("");
    filter.stage = request.QueryParam("stage").value_or("");
    // From memory where the data allows (candidate_listing.h): no copy now,
    // none on a later hit.
    auto body = listing_.Answer(filter, *page);
    if (!body.ok()) return ErrorResponse(body.status());
    return WithSharedBody(JsonTextResponse(200, {}), std::move(body).value());
  }

  Response Get(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    return RecordResponse(200, *candidate);
  }

  Response Create(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    auto change = ReadCandidate(body, /*creating=*/true);
    if (!change.ok()) return ErrorResponse(change.status());
    auto created = candidates_.Create(*change, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    Response response = RecordResponse(201, *created);
    response.SetHeader("Location", CreatedLocation(request, created->id));
    return response;
  }

  Response Update(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    auto change = ReadCandidate(body, /*creating=*/false);
    if (!change.ok()) return ErrorResponse(change.status());
    auto updated = candidates_.Update(std::move(*candidate), *change, ActorOf(request));
    if (!updated.ok()) return ErrorResponse(updated.status());
    return RecordResponse(200, *updated);
  }

  Response Erase(const Request& request) {
    Status erased = candidates_.Erase(Id(request), ActorOf(request));
    if (!erased.ok()) return ErrorResponse(erased);
    return NoContentResponse();
  }

  Response Export(const Request& request) {
    auto records = candidates_.Export(Id(request), ActorOf(request));
    if (!records.ok()) return ErrorResponse(records.status());
    Response response = RecordResponse(200, *records);
    response.SetHeader("Content-Disposition",
                       "attachment; filename=\"candidate-" + records->candidate.id + ".json\"");
    return response;
  }

  Response ListDecisions(const Request& request) {
    auto decisions = candidates_.Decisions(Id(request));
    if (!decisions.ok()) return ErrorResponse(decisions.status());
    return ItemsResponse(*decisions);
  }

  Response Decide(const Request& request) {
    auto candidate = candidates_.Live(Id(request));
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    service::DecisionRequest decision;
    decision.decision = fields.String("decision", true, 64).value_or("");
    decision.reason = fields.String("reason", true).value_or("");
    if (!fields.ok()) return ErrorResponse(fields.status());
    auto created = candidates_.Decide(candidate->id, decision, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return RecordResponse(201, *created);
  }

 private:
  static std::string Id(const Request& request) { return std::string(request.Param("id")); }

  service::CandidateService candidates_;
  CandidateListing listing_;  // recent answers and whole-list snapshots
};

// The declarations of the candidates' routes, next to their handlers.
const EndpointTable<CandidateEndpoints>& CandidateTable() {
  using E = CandidateEndpoints;
  const std::string collection = "/api/v1/candidates";
  const std::string item = collection + "/{id}";
  static const EndpointTable<E> kTable = {
      {{.method = "GET",
        .path = collection,
        .access = Access::SignedIn(),
        .tag = "candidates",
        .summary = "List and search candidates",
        .response = "Candidate",
        .errors = kListErrors,
        .query = {"limit", "offset", "q", "opening_id", "status", "stage"},
        .list = true},
       &E::List},
      {{.method = "POST",
        .path = collection,
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Add a candidate",
        .request = "CandidateInput",
        .success = 201,
        .response = "Candidate",
        .errors = kCreateErrors},
       &E::Create},
      {{.method = "GET",
        .path = item,
        .access = Access::SignedIn(),
        .tag = "candidates",
        .summary = "One candidate",
        .response = "Candidate",
        .errors = kReadErrors},
       &E::Get},
      {{.method = "PATCH",
        .path = item,
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Change a candidate",
        .request = "CandidateInput",
        .response = "Candidate",
        .errors = kWriteErrors},
       &E::Update},
      {{.method = "DELETE",
        .path = item,
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Erase a candidate's personal data (scorecards kept anonymised)",
        .success = 204,
        .errors = {401, 403, 404}},
       &E::Erase},
      {{.method = "GET",
        .path = item + "/export",
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Everything stored about a candidate",
        .response = "CandidateExport",
        .errors = kReadErrors},
       &E::Export},
      {{.method = "GET",
        .path = item + "/decisions",
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Decisions, newest first",
        .response = "DecisionList",
        .errors = kReadErrors},
       &E::ListDecisions},
      {{.method = "POST",
        .path = item + "/decisions",
        .access = ManagersOnly(),
        .tag = "candidates",
        .summary = "Record a decision: needs a reason and a submitted scorecard (else 422); hire "
                   "and reject move the candidate's stage",
        .request = "DecisionInput",
        .success = 201,
        .response = "Decision",
        .errors = kWriteErrors},
       &E::Decide},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> CandidateOperations() { return OperationsOf(CandidateTable()); }

Status AddCandidateRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<CandidateEndpoints>(context), CandidateTable());
}

}  // namespace firsthire::http

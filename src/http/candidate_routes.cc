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
#include <optional>
#include <set>
#include <string>

#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/json_body.h"
#include "http/list_cache.h"
#include "http/opening_status.h"

namespace firsthire::http {
namespace {

bool Blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Reads stage and stage_reason into `candidate`, checked against the
// playbook's pipeline. A new stage without a reason clears the old reason.
void ReadStage(const PipelineRules& pipeline, BodyFields& fields,
               store::StoredCandidate& candidate) {
  std::optional<std::string> stage = fields.String("stage", false, 64);
  std::optional<std::string> reason = fields.String("stage_reason", false, 4096);
  if (!fields.ok() || (!stage && !reason)) return;
  if (stage) {
    const PipelineStage* known = pipeline.FindStage(*stage);
    if (!known) {
      std::string ids;
      for (const auto& s : pipeline.stages) ids += (ids.empty() ? "" : ", ") + s.id;
      fields.Fail("stage", "unknown stage '" + *stage + "'; expected one of " + ids);
      return;
    }
    if (*stage != candidate.stage) candidate.stage_reason.clear();
    candidate.stage = *stage;
  }
  if (reason) candidate.stage_reason = *reason;
  const PipelineStage* current = pipeline.FindStage(candidate.stage);
  if (current && current->needs_reason && Blank(candidate.stage_reason)) {
    fields.Fail("stage_reason", "moving a candidate to '" + current->id + "' needs a stage_reason");
  }
}

// The live (not erased) candidate of the route's {id}, or the 404 to send.
Result<store::StoredCandidate> LiveCandidate(Store& store, const Request& request) {
  auto candidate = store.GetCandidate(std::string(request.Param("id")));
  if (!candidate.ok()) return candidate.status();
  if (candidate->erased) return Status::NotFound("no such candidate");
  return candidate;
}

// Reads the writable fields into `candidate`; `creating` makes name required.
Status ReadCandidate(const PipelineRules& pipeline, const nlohmann::json& body, bool creating,
                     store::StoredCandidate& candidate) {
  BodyFields fields(body);
  if (auto name = fields.String("name", creating)) candidate.name = *name;
  if (auto email = fields.String("email")) candidate.email = *email;
  if (auto opening = fields.String("opening_id", false, 64)) candidate.opening_id = *opening;
  if (auto status = fields.String("status", false, 64)) candidate.status = *status;
  if (auto profile = fields.Object("profile")) candidate.profile_json = JsonText(*profile);
  ReadStage(pipeline, fields, candidate);
  if (!creating && fields.Has("name") && candidate.name.empty()) {
    fields.Fail("name", "name must not be empty");
  }
  return fields.status();
}

// What a candidate list answer depends on, one unambiguous string (each
// text is length-prefixed, so no search text can imitate another request).
std::string ListKey(const CandidateFilter& filter, const Page& page) {
  std::string key;
  for (const std::string* part :
       {&filter.text, &filter.opening_id, &filter.status, &filter.stage}) {
    key += std::to_string(part->size()) + ':' + *part;
  }
  return key + std::to_string(page.limit) + ',' + std::to_string(page.offset);
}

class CandidateEndpoints {
 public:
  explicit CandidateEndpoints(ApiContext context)
      : store_(context.store), pipeline_(context.playbook.pipeline) {}

  Response List(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    CandidateFilter filter;
    filter.text = request.QueryParam("q").value_or("");
    filter.opening_id = request.QueryParam("opening_id").value_or("");
    filter.status = request.QueryParam("status").value_or("");
    filter.stage = request.QueryParam("stage").value_or("");
    // The version is read before the list, so the answer kept under it is at
    // least as new as it (Store::CandidatesVersion). Without a version the
    // list is computed and not kept.
    Result<std::int64_t> version = store_.CandidatesVersion();
    std::string key = ListKey(filter, *page);
    if (version.ok()) {
      if (std::optional<std::string> body = cache_.Find(key, *version)) {
        return JsonTextResponse(200, std::move(*body));
      }
    }
    auto listing = store_.ListCandidates(filter, *page);
    if (!listing.ok()) return ErrorResponse(listing.status());
    Response response = ListingResponse(listing->items, listing->total, *page);
    if (version.ok()) cache_.Put(key, *version, response.body);
    return response;
  }

  Response Get(const Request& request) {
    auto candidate = LiveCandidate(store_, request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    return RecordResponse(200, *candidate);
  }

  Response Create(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    store::StoredCandidate candidate;
    candidate.status = "new";
    candidate.profile_json = "{}";
    Status read = ReadCandidate(pipeline_, body, /*creating=*/true, candidate);
    if (read.ok()) {
      read = CheckOpeningTakesWork(store_, candidate.opening_id, "opening_id", "add candidates");
    }
    if (!read.ok()) return ErrorResponse(read);
    auto created = store_.CreateCandidate(candidate, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    Response response = RecordResponse(201, *created);
    response.SetHeader("Location", CreatedLocation(request, created->id));
    return response;
  }

  Response Update(const Request& request) {
    auto candidate = LiveCandidate(store_, request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    const std::string opening_before = candidate->opening_id;
    Status read = ReadCandidate(pipeline_, body, /*creating=*/false, *candidate);
    if (read.ok() && candidate->opening_id != opening_before) {
      read = CheckOpeningTakesWork(store_, candidate->opening_id, "opening_id", "add candidates");
    }
    if (!read.ok()) return ErrorResponse(read);
    auto updated = store_.UpdateCandidate(*candidate, ActorOf(request));
    if (!updated.ok()) return ErrorResponse(updated.status());
    return RecordResponse(200, *updated);
  }

  Response Erase(const Request& request) {
    std::string id(request.Param("id"));
    auto candidate = store_.GetCandidate(id);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    Status erased = store_.EraseCandidate(id, ActorOf(request));
    if (!erased.ok()) return ErrorResponse(erased);
    return NoContentResponse();
  }

  Response Export(const Request& request) {
    auto candidate = LiveCandidate(store_, request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    auto text = store_.ExportCandidate(candidate->id);
    if (!text.ok()) return ErrorResponse(text.status());
    store::AuditEntry entry;
    entry.actor = ActorOf(request);
    entry.action = "candidate.export";
    entry.object_type = "candidate";
    entry.object_id = candidate->id;
    Status audited = store_.AppendAudit(entry);
    if (!audited.ok()) return ErrorResponse(audited);
    Response response;
    response.status = 200;
    response.content_type = "application/json; charset=utf-8";
    response.body = std::move(text).value();
    response.SetHeader("Content-Disposition",
                       "attachment; filename=\"candidate-" + candidate->id + ".json\"");
    return response;
  }

  Response ListDecisions(const Request& request) {
    auto candidate = LiveCandidate(store_, request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    auto decisions = store_.ListDecisions(candidate->id);
    if (!decisions.ok()) return ErrorResponse(decisions.status());
    return JsonResponse(200, {{"items", ItemsJson(*decisions)}});
  }

  Response Decide(const Request& request) {
    auto candidate = LiveCandidate(store_, request);
    if (!candidate.ok()) return ErrorResponse(candidate.status());
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    store::StoredDecision decision;
    decision.candidate_id = candidate->id;
    decision.decision = fields.String("decision", true, 64).value_or("");
    decision.reason = fields.String("reason", true).value_or("");
    const DecisionKind* kind = pipeline_.FindDecision(decision.decision);
    if (fields.ok() && !kind) {
      std::string ids;
      for (const auto& d : pipeline_.decisions) ids += (ids.empty() ? "" : ", ") + d.id;
      fields.Fail("decision", "decision must be one of " + ids);
    }
    if (fields.ok() && Blank(decision.reason)) {
      fields.Fail("reason", "a decision needs a reason: what the evidence shows");
    }
    if (!fields.ok()) return ErrorResponse(fields.status());
    decision.rule = kind->rule;  // the kind's rule; a `rule` in the body is not taken
    decision.decided_by = ActorOf(request);
    auto created = store_.DecideOnEvidence(decision, kind->stage, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return RecordResponse(201, *created);
  }

 private:
  Store& store_;
  const PipelineRules& pipeline_;
  ListCache cache_;  // recent list answers (the web app and scripts repeat them)
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

// The hiring records that are not candidates or scorecards:
//
//   /briefs        {title, brief}: the brief (docs/product.md section 2) and its stored
//                  assessment, recomputed whenever the brief changes.
//   /openings      {title, brief_id, status, archetype}: a role; its kit and
//                  plan are computed from its brief (and recomputed when the
//                  brief_id is set again); archetype defaults to the brief's
//                  assessed first hire.
//   /interviews    {candidate_id, interviewer_id, scheduled_at, kind, status,
//                  notes, focus, due_at}: focus is a list of the playbook's
//                  category ids, due_at when the scorecard is due (0: none).
//                  Interviewers see only their own interviews.
//   /team-members  {name, traits, codes}, checked by the team loader's rules.
//   /proposals     {title, proposal}: a vendor proposal and its stored review.
//   /plans         {opening_id, candidate_id, plan}: a 30-60-90 plan (the
//                  opening's when none is given); PATCH {status: {deliverable
//                  id: todo|in_progress|done|blocked}} records progress.
// Reads of openings and interviews are open to every signed-in role; all
// else, and every write, is for admins and hiring managers.
// Interviews, creating a plan and a brief's change reaching its openings are
// use cases of src/service/ (interviews.h, plans.h, briefs.h); what the
// engines make of briefs and proposals is computed here, through
// engine_json.h.
#include <string>

#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/json_body.h"
#include "http/opening_view.h"
#include "service/briefs.h"
#include "service/interviews.h"
#include "service/plans.h"

namespace firsthire::http {
namespace {

// A loader error inside the body's `name` object: its field gets the prefix.
Status Nested(const Status& status, const std::string& name) {
  Location where = status.location();
  where.field = where.field.empty() ? name : name + "." + where.field;
  where.line = 0;
  where.column = 0;
  where.file.clear();
  return Status::InvalidInput(status.message(), where);
}

Status FieldError(const std::string& name, std::string message) {
  Location where;
  where.field = name;
  return Status::InvalidInput(std::move(message), where);
}

// Reads the body or answers; `read` fills the record (false: `fields` failed).
#define FH_READ_BODY(request, body) \
  nlohmann::json body;              \
  if (auto error = ParseJsonObject(request, body)) return *error

template <typename T>
Response Created(const T& record, const std::string& location) {
  Response response = RecordResponse(201, record);
  response.SetHeader("Location", location);
  return response;
}

template <typename T>
Response ListAnswer(const Result<Listing<T>>& listing, const Page& page) {
  if (!listing.ok()) return ErrorResponse(listing.status());
  return ListingResponse(listing->items, listing->total, page);
}

template <typename T>
Response RecordAnswer(const Result<T>& record, int status = 200) {
  if (!record.ok()) return ErrorResponse(record.status());
  return RecordResponse(status, *record);
}

Response DeleteAnswer(const Status& status) {
  if (!status.ok()) return ErrorResponse(status);
  return NoContentResponse();
}

class RecordEndpoints {
 public:
  explicit RecordEndpoints(ApiContext context)
      : store_(context.store),
        playbook_(context.playbook),
        interviews_(context.store, context.playbook) {}

  // ---- Briefs
  Status ReadBrief(const nlohmann::json& body, bool creating, store::StoredBrief& brief) {
    BodyFields fields(body);
    std::optional<std::string> title = fields.String("title", false, 1024);
    std::optional<nlohmann::json> input = fields.Object("brief", creating);
    FH_RETURN_IF_ERROR(fields.status());
    if (input) {
      auto assessment = AssessJson(playbook_, *input);
      if (!assessment.ok()) return Nested(assessment.status(), "brief");
      brief.input_json = JsonText(*input);
      brief.assessment_json = JsonText(*assessment);
    }
    if (title) {
      brief.title = *title;
    } else if (creating) {
      const nlohmann::json* name = nullptr;
      if (auto w = input->find("workflow"); w != input->end() && w->is_object()) {
        if (auto n = w->find("name"); n != w->end() && n->is_string()) name = &*n;
      }
      brief.title = name ? name->get<std::string>() : "Untitled brief";
    }
    return Status::Ok();
  }

  Response ListBriefs(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    return ListAnswer(store_.ListBriefs(*page), *page);
  }
  Response GetBrief(const Request& request) { return RecordAnswer(store_.GetBrief(Id(request))); }
  Response CreateBrief(const Request& request) {
    FH_READ_BODY(request, body);
    store::StoredBrief brief;
    Status read = ReadBrief(body, true, brief);
    if (!read.ok()) return ErrorResponse(read);
    auto created = store_.CreateBrief(brief, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  // What an opening gets from a brief's input; an error is located under
  // `field`.
  Result<service::OpeningParts> Derive(const nlohmann::json& input, const std::string& field) {
    auto derived = OpeningJson(playbook_, input);
    if (!derived.ok()) return Nested(derived.status(), field);
    return service::OpeningParts{JsonText(derived->kit), JsonText(derived->plan),
                                 std::move(derived->archetype)};
  }

  // The brief and its openings change in one transaction: either all are
  // saved or none (the answer is then the error).
  Response UpdateBrief(const Request& request) {
    auto brief = store_.GetBrief(Id(request));
    if (!brief.ok()) return ErrorResponse(brief.status());
    FH_READ_BODY(request, body);
    Status read = ReadBrief(body, false, *brief);
    if (!read.ok()) return ErrorResponse(read);
    // What the brief's openings carry, computed once, outside the transaction.
    Result<service::OpeningParts> parts = Derive(StoredJson(brief->input_json), "brief");
    return RecordAnswer(
        service::UpdateBriefAndOpenings(store_, *brief, parts, ActorOf(request)));
  }
  Response DeleteBrief(const Request& request) {
    return DeleteAnswer(store_.DeleteBrief(Id(request), ActorOf(request)));
  }

  // ---- Openings
  // Sets the opening's brief and what is computed from it.
  Status AttachBrief(store::StoredOpening& opening, const std::string& brief_id,
                     bool keep_archetype) {
    opening.brief_id = brief_id;
    if (brief_id.empty()) return Status::Ok();
    auto brief = store_.GetBrief(brief_id);
    if (!brief.ok()) {
      if (brief.status().code() == Code::kNotFound) return FieldError("brief_id", "no such brief");
      return brief.status();
    }
    FH_ASSIGN_OR_RETURN(service::OpeningParts derived,
                        Derive(StoredJson(brief->input_json), "brief_id"));
    opening.kit_json = std::move(derived.kit_json);
    opening.plan_json = std::move(derived.plan_json);
    if (!keep_archetype) opening.archetype = std::move(derived.archetype);
    return Status::Ok();
  }

  Status ReadOpening(const nlohmann::json& body, bool creating, store::StoredOpening& opening) {
    BodyFields fields(body);
    if (auto title = fields.String("title", creating, 1024)) opening.title = *title;
    if (auto status = fields.String("status", false, 64)) opening.status = *status;
    std::optional<std::string> archetype = fields.String("archetype", false, 128);
    std::optional<std::string> brief_id = fields.String("brief_id", false, 64);
    FH_RETURN_IF_ERROR(fields.status());
    if (archetype) {
      bool known = archetype->empty();
      for (const auto& entry : playbook_.archetypes) known = known || entry.id == *archetype;
      if (!known) return FieldError("archetype", "unknown archetype '" + *archetype + "'");
      opening.archetype = *archetype;
    }
    if (brief_id) FH_RETURN_IF_ERROR(AttachBrief(opening, *brief_id, archetype.has_value()));
    return Status::Ok();
  }

  Response ListOpenings(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    OpeningFilter filter;
    filter.brief_id = request.QueryParam("brief_id").value_or("");
    filter.status = request.QueryParam("status").value_or("");
    auto openings = store_.ListOpenings(filter, *page);
    if (openings.ok()) {
      for (store::StoredOpening& opening : openings->items) ShapeOpeningFor(request, opening);
    }
    return ListAnswer(openings, *page);
  }
  Response GetOpening(const Request& request) {
    auto opening = store_.GetOpening(Id(request));
    if (opening.ok()) ShapeOpeningFor(request, *opening);
    return RecordAnswer(opening);
  }
  Response CreateOpening(const Request& request) {
    FH_READ_BODY(request, body);
    store::StoredOpening opening;
    opening.status = "open";
    Status read = ReadOpening(body, true, opening);
    if (!read.ok()) return ErrorResponse(read);
    auto created = store_.CreateOpening(opening, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  Response UpdateOpening(const Request& request) {
    auto opening = store_.GetOpening(Id(request));
    if (!opening.ok()) return ErrorResponse(opening.status());
    FH_READ_BODY(request, body);
    Status read = ReadOpening(body, false, *opening);
    if (!read.ok()) return ErrorResponse(read);
    return RecordAnswer(store_.UpdateOpening(*opening, ActorOf(request)));
  }
  Response DeleteOpening(const Request& request) {
    return DeleteAnswer(store_.DeleteOpening(Id(request), ActorOf(request)));
  }

  // ---- Interviews
  // The body's fields, checked for type (the service checks what they mean).
  static Result<service::InterviewChange> ReadInterview(const nlohmann::json& body, bool creating) {
    BodyFields fields(body);
    service::InterviewChange change;
    if (creating) {
      change.candidate_id = fields.String("candidate_id", true, 64).value_or("");
    } else if (fields.Has("candidate_id")) {
      fields.Fail("candidate_id", "an interview cannot move to another candidate");
    }
    change.interviewer_id = fields.String("interviewer_id", false, 64);
    change.scheduled_at = fields.Integer("scheduled_at");
    change.kind = fields.String("kind", false, 64);
    change.status = fields.String("status", false, 64);
    change.notes = fields.String("notes");
    change.due_at = fields.Integer("due_at");
    FH_RETURN_IF_ERROR(fields.status());
    if (auto focus = body.find("focus"); focus != body.end()) {
      if (!focus->is_array()) return FieldError("focus", "focus must be a list of category ids");
      change.focus.emplace();
      for (std::size_t i = 0; i < focus->size(); ++i) {
        if (!(*focus)[i].is_string()) {
          return FieldError("focus[" + std::to_string(i) + "]", "expected a category id");
        }
        change.focus->push_back((*focus)[i].get<std::string>());
      }
    }
    return change;
  }

  Response ListInterviews(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    InterviewFilter filter;
    filter.candidate_id = request.QueryParam("candidate_id").value_or("");
    filter.interviewer_id = request.QueryParam("interviewer_id").value_or("");
    return ListAnswer(interviews_.List(filter, *page, ReaderOf(request)), *page);
  }
  Response GetInterview(const Request& request) {
    return RecordAnswer(interviews_.Get(Id(request), ReaderOf(request)));
  }
  Response CreateInterview(const Request& request) {
    FH_READ_BODY(request, body);
    auto change = ReadInterview(body, true);
    if (!change.ok()) return ErrorResponse(change.status());
    auto created = interviews_.Create(*change, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  Response UpdateInterview(const Request& request) {
    auto interview = interviews_.Get(Id(request), ReaderOf(request));
    if (!interview.ok()) return ErrorResponse(interview.status());
    FH_READ_BODY(request, body);
    auto change = ReadInterview(body, false);
    if (!change.ok()) return ErrorResponse(change.status());
    return RecordAnswer(interviews_.Update(std::move(*interview), *change, ActorOf(request)));
  }
  Response DeleteInterview(const Request& request) {
    return DeleteAnswer(interviews_.Delete(Id(request), ActorOf(request)));
  }

  // ---- Team members
  Status ReadMember(const nlohmann::json& body, bool creating, store::StoredTeamMember& member) {
    BodyFields fields(body);
    if (auto name = fields.String("name", creating, 1024)) member.name = *name;
    std::optional<nlohmann::json> traits = fields.Object("traits");
    if (auto codes = fields.Bool("codes")) member.codes = *codes;
    FH_RETURN_IF_ERROR(fields.status());
    if (traits) member.traits_json = JsonText(*traits);
    nlohmann::json check = {
        {"name", member.name}, {"traits", StoredJson(member.traits_json)}, {"codes", member.codes}};
    if (check["traits"].is_null()) check["traits"] = nlohmann::json::object();
    return CheckTeamMember(playbook_, check);
  }

  Response ListMembers(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    return ListAnswer(store_.ListTeamMembers(*page), *page);
  }
  Response GetMember(const Request& request) {
    return RecordAnswer(store_.GetTeamMember(Id(request)));
  }
  Response CreateMember(const Request& request) {
    FH_READ_BODY(request, body);
    store::StoredTeamMember member;
    member.traits_json = "{}";
    Status read = ReadMember(body, true, member);
    if (!read.ok()) return ErrorResponse(read);
    auto created = store_.CreateTeamMember(member, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  Response UpdateMember(const Request& request) {
    auto member = store_.GetTeamMember(Id(request));
    if (!member.ok()) return ErrorResponse(member.status());
    FH_READ_BODY(request, body);
    Status read = ReadMember(body, false, *member);
    if (!read.ok()) return ErrorResponse(read);
    return RecordAnswer(store_.UpdateTeamMember(*member, ActorOf(request)));
  }
  Response DeleteMember(const Request& request) {
    return DeleteAnswer(store_.DeleteTeamMember(Id(request), ActorOf(request)));
  }

  // ---- Proposals
  Status ReadProposal(const nlohmann::json& body, bool creating, store::StoredProposal& proposal) {
    BodyFields fields(body);
    std::optional<std::string> title = fields.String("title", false, 1024);
    std::optional<nlohmann::json> input = fields.Object("proposal", creating);
    FH_RETURN_IF_ERROR(fields.status());
    if (input) {
      auto review = ReviewJson(playbook_, *input);
      if (!review.ok()) return Nested(review.status(), "proposal");
      proposal.input_json = JsonText(*input);
      proposal.review_json = JsonText(*review);
    }
    if (title) {
      proposal.title = *title;
    } else if (creating) {
      std::string vendor;
      if (auto v = input->find("vendor"); v != input->end() && v->is_object()) {
        if (auto n = v->find("name"); n != v->end() && n->is_string())
          vendor = n->get<std::string>();
      }
      proposal.title = vendor.empty() ? "Untitled proposal" : vendor;
    }
    return Status::Ok();
  }

  Response ListProposals(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    return ListAnswer(store_.ListProposals(*page), *page);
  }
  Response GetProposal(const Request& request) {
    return RecordAnswer(store_.GetProposal(Id(request)));
  }
  Response CreateProposal(const Request& request) {
    FH_READ_BODY(request, body);
    store::StoredProposal proposal;
    Status read = ReadProposal(body, true, proposal);
    if (!read.ok()) return ErrorResponse(read);
    auto created = store_.CreateProposal(proposal, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  Response UpdateProposal(const Request& request) {
    auto proposal = store_.GetProposal(Id(request));
    if (!proposal.ok()) return ErrorResponse(proposal.status());
    FH_READ_BODY(request, body);
    Status read = ReadProposal(body, false, *proposal);
    if (!read.ok()) return ErrorResponse(read);
    return RecordAnswer(store_.UpdateProposal(*proposal, ActorOf(request)));
  }
  Response DeleteProposal(const Request& request) {
    return DeleteAnswer(store_.DeleteProposal(Id(request), ActorOf(request)));
  }

  // ---- Plans
  Response ListPlans(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    PlanFilter filter;
    filter.opening_id = request.QueryParam("opening_id").value_or("");
    filter.candidate_id = request.QueryParam("candidate_id").value_or("");
    return ListAnswer(store_.ListPlans(filter, *page), *page);
  }
  Response GetPlan(const Request& request) { return RecordAnswer(store_.GetPlan(Id(request))); }
  Response CreatePlan(const Request& request) {
    FH_READ_BODY(request, body);
    BodyFields fields(body);
    service::NewPlan plan;
    plan.opening_id = fields.String("opening_id", false, 64).value_or("");
    plan.candidate_id = fields.String("candidate_id", false, 64).value_or("");
    std::optional<nlohmann::json> content = fields.Object("plan");
    if (!fields.ok()) return ErrorResponse(fields.status());
    if (content) plan.plan_json = JsonText(*content);
    auto created = service::CreatePlan(store_, plan, ActorOf(request));
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  Response UpdatePlan(const Request& request) {
    FH_READ_BODY(request, body);
    BodyFields fields(body);
    std::optional<nlohmann::json> updates = fields.Object("status", true);
    if (!fields.ok()) return ErrorResponse(fields.status());
    return RecordAnswer(
        service::SetDeliverableStates(store_, Id(request), *updates, ActorOf(request)));
  }
  Response DeletePlan(const Request& request) {
    return DeleteAnswer(store_.DeletePlan(Id(request), ActorOf(request)));
  }

 private:
  static std::string Id(const Request& request) { return std::string(request.Param("id")); }
  static service::Reader ReaderOf(const Request& request) {
    return {.user_id = ActorOf(request), .manager = IsManager(request)};
  }

  Store& store_;
  const Playbook& playbook_;
  service::InterviewService interviews_;
};

#undef FH_READ_BODY

using Method = Response (RecordEndpoints::*)(const Request&);

// A resource whose five routes (list, create, read, change, delete) are
// declared alike: `path` lists and creates, `path`/{id} reads, changes and
// deletes. Reads are for `read`; writes for admins and hiring managers.
struct Resource {
  const char* path;
  const char* tag;
  const char* noun;
  const char* schema;                    // component schema of the record
  const char* input;                     // component schema of create and change bodies
  const char* change_input = nullptr;    // of change bodies, when not `input`
  const char* change_summary = nullptr;  // when not "Change a NOUN"
  Access read;
  std::vector<std::string> filters;  // list query parameters beyond paging
  Method list, create, get, update, remove;
};

EndpointTable<RecordEndpoints> ResourceEndpoints(const Resource& r) {
  const std::string item = std::string(r.path) + "/{id}";
  std::vector<std::string> query = {"limit", "offset"};
  query.insert(query.end(), r.filters.begin(), r.filters.end());
  const std::string noun = r.noun;
  return {
      {{.method = "GET",
        .path = r.path,
        .access = r.read,
        .tag = r.tag,
        .summary = "List " + noun + "s",
        .response = r.schema,
        .errors = kListErrors,
        .query = query,
        .list = true},
       r.list},
      {{.method = "POST",
        .path = r.path,
        .access = ManagersOnly(),
        .tag = r.tag,
        .summary = "Create a " + noun,
        .request = r.input,
        .success = 201,
        .response = r.schema,
        .errors = kCreateErrors},
       r.create},
      {{.method = "GET",
        .path = item,
        .access = r.read,
        .tag = r.tag,
        .summary = "One " + noun,
        .response = r.schema,
        .errors = kReadErrors},
       r.get},
      {{.method = "PATCH",
        .path = item,
        .access = ManagersOnly(),
        .tag = r.tag,
        .summary = r.change_summary ? std::string(r.change_summary) : "Change a " + noun,
        .request = r.change_input ? r.change_input : r.input,
        .response = r.schema,
        .errors = kWriteErrors},
       r.update},
      {{.method = "DELETE",
        .path = item,
        .access = ManagersOnly(),
        .tag = r.tag,
        .summary = "Delete a " + noun,
        .success = 204,
        .errors = kDeleteErrors},
       r.remove},
  };
}

// The declarations of the record routes, next to their handlers.
const EndpointTable<RecordEndpoints>& RecordTable() {
  using E = RecordEndpoints;
  static const EndpointTable<E> kTable = [] {
    const Resource resources[] = {
        {.path = "/api/v1/briefs",
         .tag = "briefs",
         .noun = "brief",
         .schema = "Brief",
         .input = "BriefInput",
         .read = ManagersOnly(),
         .list = &E::ListBriefs,
         .create = &E::CreateBrief,
         .get = &E::GetBrief,
         .update = &E::UpdateBrief,
         .remove = &E::DeleteBrief},
        {.path = "/api/v1/openings",
         .tag = "openings",
         .noun = "opening",
         .schema = "Opening",
         .input = "OpeningInput",
         .read = Access::SignedIn(),
         .filters = {"brief_id", "status"},
         .list = &E::ListOpenings,
         .create = &E::CreateOpening,
         .get = &E::GetOpening,
         .update = &E::UpdateOpening,
         .remove = &E::DeleteOpening},
        {.path = "/api/v1/interviews",
         .tag = "interviews",
         .noun = "interview",
         .schema = "Interview",
         .input = "InterviewInput",
         .read = Access::SignedIn(),
         .filters = {"candidate_id", "interviewer_id"},
         .list = &E::ListInterviews,
         .create = &E::CreateInterview,
         .get = &E::GetInterview,
         .update = &E::UpdateInterview,
         .remove = &E::DeleteInterview},
        {.path = "/api/v1/team-members",
         .tag = "team",
         .noun = "team member",
         .schema = "TeamMember",
         .input = "TeamMemberInput",
         .read = ManagersOnly(),
         .list = &E::ListMembers,
         .create = &E::CreateMember,
         .get = &E::GetMember,
         .update = &E::UpdateMember,
         .remove = &E::DeleteMember},
        {.path = "/api/v1/proposals",
         .tag = "proposals",
         .noun = "proposal",
         .schema = "Proposal",
         .input = "ProposalInput",
         .read = ManagersOnly(),
         .list = &E::ListProposals,
         .create = &E::CreateProposal,
         .get = &E::GetProposal,
         .update = &E::UpdateProposal,
         .remove = &E::DeleteProposal},
        {.path = "/api/v1/plans",
         .tag = "plans",
         .noun = "plan",
         .schema = "Plan",
         .input = "PlanInput",
         .change_input = "PlanStatusInput",
         .change_summary = "Record deliverable progress",
         .read = ManagersOnly(),
         .filters = {"opening_id", "candidate_id"},
         .list = &E::ListPlans,
         .create = &E::CreatePlan,
         .get = &E::GetPlan,
         .update = &E::UpdatePlan,
         .remove = &E::DeletePlan},
    };
    EndpointTable<E> table;
    for (const Resource& resource : resources) {
      for (auto& endpoint : ResourceEndpoints(resource)) table.push_back(std::move(endpoint));
    }
    return table;
  }();
  return kTable;
}

}  // namespace

std::vector<Operation> RecordOperations() { return OperationsOf(RecordTable()); }

Status AddRecordRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<RecordEndpoints>(context), RecordTable());
}

}  // namespace firsthire::http

// The hiring records that are not candidates or scorecards:
//
//   /briefs        {title, brief}: the brief (docs/product.md section 2) and its stored
//                  assessment, recomputed whenever the brief changes.
//   /openings      {title, brief_id, status, archetype}: a role (status
//                  "closed" takes no new candidates or interviews, see
//                  service/opening_status.h; any other status reopens it); its kit and
//                  plan are computed from its brief (and recomputed when the
//                  brief_id is set again); archetype defaults to the brief's
//                  assessed first hire.
//   /interviews    {candidate_id, interviewer_id, scheduled_at, kind, status,
//                  notes, focus, due_at}: focus is a list of the playbook's
//                  category ids, due_at when the scorecard is due (0: none).
//                  Interviewers see only their own interviews. No interview
//                  is made, and no interviewer newly assigned, for a
//                  candidate whose opening is closed (422).
//   /team-members  {name, traits, codes}, checked by the team loader's rules.
//   /proposals     {title, proposal}: a vendor proposal and its stored review.
//   /plans         {opening_id, candidate_id, plan}: a 30-60-90 plan (the
//                  opening's when none is given); PATCH {status: {deliverable
//                  id: todo|in_progress|done|blocked}} records progress.
// Reads of openings and interviews are open to every signed-in role; all
// else, and every write, is for admins and hiring managers.
// The use cases are src/service/'s (briefs.h, openings.h, interviews.h,
// team_members.h, proposals.h, plans.h): the handlers here read the body,
// run the engines through engine_json.h (a brief's assessment, a proposal's
// review, what an opening derives from its brief, the team loader's check)
// and hand both to the service, then answer. With SMTP on, an interview saved with an interviewer or a
// new time also queues its assignment email (service/notifications.h).
#include <functional>
#include <optional>
#include <string>

#include "http/account_links.h"
#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/engine_json.h"
#include "http/json_body.h"
#include "http/opening_view.h"
#include "service/briefs.h"
#include "service/interviews.h"
#include "service/notifications.h"
#include "service/openings.h"
#include "service/plans.h"
#include "service/proposals.h"
#include "service/team_members.h"

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

template <typename T>
Response CreatedAnswer(const Request& request, const Result<T>& created) {
  if (!created.ok()) return ErrorResponse(created.status());
  return Created(*created, CreatedLocation(request, created->id));
}

// An update's change read from the request's JSON object body, for a
// service that reads it only once the record is found (an unknown id is 404
// before the body is looked at). A body refused before it is read (not JSON,
// too large, not application/json) keeps its own answer.
class BodyReader {
 public:
  explicit BodyReader(const Request& request) : request_(request) {}

  // The service's reader: `read` turns the body into the change.
  template <typename Change, typename Read>
  service::ChangeReader<Change> Of(Read read) {
    return [this, read]() -> Result<Change> {
      nlohmann::json body;
      refused_ = ParseJsonObject(request_, body);
      if (refused_) return Status::InvalidInput("the request body was refused");
      return read(body);
    };
  }

  // The answer to the service's `result`: the body's refusal when there was one.
  template <typename T>
  Response Answer(const Result<T>& result) {
    if (refused_) return *refused_;
    return RecordAnswer(result);
  }

 private:
  const Request& request_;
  std::optional<Response> refused_;
};

class RecordEndpoints {
 public:
  explicit RecordEndpoints(ApiContext context)
      : store_(context.store),
        playbook_(context.playbook),
        interviews_(context.store, context.playbook),
        notifier_(context.notifier),
        public_url_(context.public_url),
        secure_(context.secure) {}

  // ---- Briefs
  // The body's title and brief, the brief assessed by the engines.
  Result<service::BriefChange> ReadBrief(const nlohmann::json& body, bool creating) {
    BodyFields fields(body);
    service::BriefChange change;
    change.title = fields.String("title", false, 1024);
    std::optional<nlohmann::json> input = fields.Object("brief", creating);
    FH_RETURN_IF_ERROR(fields.status());
    if (input) {
      auto assessment = AssessJson(playbook_, *input);
      if (!assessment.ok()) return Nested(assessment.status(), "brief");
      change.input_json = JsonText(*input);
      change.assessment_json = JsonText(*assessment);
    }
    return change;
  }

  Response ListBriefs(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    return ListAnswer(store_.ListBriefs(*page), *page);
  }
  Response GetBrief(const Request& request) { return RecordAnswer(store_.GetBrief(Id(request))); }
  Response CreateBrief(const Request& request) {
    FH_READ_BODY(request, body);
    auto change = ReadBrief(body, true);
    if (!change.ok()) return ErrorResponse(change.status());
    return CreatedAnswer(request, service::CreateBrief(store_, *change, ActorOf(request)));
  }
  // What an opening gets from a brief's stored input; an error is located
  // under `field`.
  Result<service::OpeningParts> Derive(const std::string& input_json, const std::string& field) {
    auto derived = OpeningJson(playbook_, StoredJson(input_json));
    if (!derived.ok()) return Nested(derived.status(), field);
    return service::OpeningParts{JsonText(derived->kit), JsonText(derived->plan),
                                 std::move(derived->archetype)};
  }
  service::OpeningDeriver Deriver() {
    return [this](const std::string& input_json, const std::string& field) {
      return Derive(input_json, field);
    };
  }

  // The brief and its openings change in one transaction (service/briefs.h).
  Response UpdateBrief(const Request& request) {
    BodyReader body(request);
    return body.Answer(service::UpdateBrief(
        store_, Id(request), body.Of<service::BriefChange>([&](const nlohmann::json& json) {
          return ReadBrief(json, false);
        }),
        Deriver(), ActorOf(request)));
  }
  Response DeleteBrief(const Request& request) {
    return DeleteAnswer(store_.DeleteBrief(Id(request), ActorOf(request)));
  }

  // ---- Openings
  static Result<service::OpeningChange> ReadOpening(const nlohmann::json& body, bool creating) {
    BodyFields fields(body);
    service::OpeningChange change;
    change.title = fields.String("title", creating, 1024);
    change.status = fields.String("status", false, 64);
    change.archetype = fields.String("archetype", false, 128);
    change.brief_id = fields.String("brief_id", false, 64);
    FH_RETURN_IF_ERROR(fields.status());
    return change;
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
    auto change = ReadOpening(body, true);
    if (!change.ok()) return ErrorResponse(change.status());
    return CreatedAnswer(
        request, service::CreateOpening(store_, playbook_, *change, Deriver(), ActorOf(request)));
  }
  Response UpdateOpening(const Request& request) {
    BodyReader body(request);
    return body.Answer(
        service::UpdateOpening(store_, playbook_, Id(request),
                               body.Of<service::OpeningChange>([](const nlohmann::json& json) {
                                 return ReadOpening(json, false);
                               }),
                               Deriver(), ActorOf(request)));
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
    auto created = SaveAndNotify(request, [&](service::InterviewService& interviews) {
      return interviews.Create(*change, ActorOf(request));
    });
    if (!created.ok()) return ErrorResponse(created.status());
    return Created(*created, CreatedLocation(request, created->id));
  }
  Response UpdateInterview(const Request& request) {
    auto interview = interviews_.Get(Id(request), ReaderOf(request));
    if (!interview.ok()) return ErrorResponse(interview.status());
    FH_READ_BODY(request, body);
    auto change = ReadInterview(body, false);
    if (!change.ok()) return ErrorResponse(change.status());
    return RecordAnswer(SaveAndNotify(request, [&](service::InterviewService& interviews) {
      return interviews.Update(std::move(*interview), *change, ActorOf(request));
    }));
  }
  Response DeleteInterview(const Request& request) {
    return DeleteAnswer(interviews_.Delete(Id(request), ActorOf(request)));
  }

  // ---- Team members
  static Result<service::TeamMemberChange> ReadMember(const nlohmann::json& body, bool creating) {
    BodyFields fields(body);
    service::TeamMemberChange change;
    change.name = fields.String("name", creating, 1024);
    std::optional<nlohmann::json> traits = fields.Object("traits");
    change.codes = fields.Bool("codes");
    FH_RETURN_IF_ERROR(fields.status());
    if (traits) change.traits_json = JsonText(*traits);
    return change;
  }
  // The team loader's rules on the member as it would be stored.
  service::MemberCheck MemberChecker() {
    return [this](const store::StoredTeamMember& member) {
      nlohmann::json check = {{"name", member.name},
                              {"traits", StoredJson(member.traits_json)},
                              {"codes", member.codes}};
      if (check["traits"].is_null()) check["traits"] = nlohmann::json::object();
      return CheckTeamMember(playbook_, check);
    };
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
    auto change = ReadMember(body, true);
    if (!change.ok()) return ErrorResponse(change.status());
    return CreatedAnswer(
        request, service::CreateTeamMember(store_, *change, MemberChecker(), ActorOf(request)));
  }
  Response UpdateMember(const Request& request) {
    BodyReader body(request);
    return body.Answer(service::UpdateTeamMember(
        store_, Id(request), body.Of<service::TeamMemberChange>([](const nlohmann::json& json) {
          return ReadMember(json, false);
        }),
        MemberChecker(), ActorOf(request)));
  }
  Response DeleteMember(const Request& request) {
    return DeleteAnswer(store_.DeleteTeamMember(Id(request), ActorOf(request)));
  }

  // ---- Proposals
  // The body's title and proposal, the proposal reviewed by the engines.
  Result<service::ProposalChange> ReadProposal(const nlohmann::json& body, bool creating) {
    BodyFields fields(body);
    service::ProposalChange change;
    change.title = fields.String("title", false, 1024);
    std::optional<nlohmann::json> input = fields.Object("proposal", creating);
    FH_RETURN_IF_ERROR(fields.status());
    if (input) {
      auto review = ReviewJson(playbook_, *input);
      if (!review.ok()) return Nested(review.status(), "proposal");
      change.input_json = JsonText(*input);
      change.review_json = JsonText(*review);
    }
    return change;
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
    auto change = ReadProposal(body, true);
    if (!change.ok()) return ErrorResponse(change.status());
    return CreatedAnswer(request, service::CreateProposal(store_, *change, ActorOf(request)));
  }
  Response UpdateProposal(const Request& request) {
    BodyReader body(request);
    return body.Answer(service::UpdateProposal(
        store_, Id(request), body.Of<service::ProposalChange>([&](const nlohmann::json& json) {
          return ReadProposal(json, false);
        }),
        ActorOf(request)));
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
    return ListAnswer(service::ListPlans(store_, filter, *page), *page);
  }
  Response GetPlan(const Request& request) {
    return RecordAnswer(service::GetPlan(store_, Id(request)));
  }
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
    return DeleteAnswer(service::DeletePlan(store_, Id(request), ActorOf(request)));
  }

 private:
  static std::string Id(const Request& request) { return std::string(request.Param("id")); }
  static service::Reader ReaderOf(const Request& request) {
    return {.user_id = ActorOf(request), .manager = IsManager(request)};
  }

  // Saves an interview through `save` and, with SMTP on, queues the
  // assignment email in the same transaction (service/notifications.h).
  Result<store::StoredInterview> SaveAndNotify(
      const Request& request,
      const std::function<Result<store::StoredInterview>(service::InterviewService&)>& save) {
    if (notifier_ == nullptr) return save(interviews_);
    store::StoredInterview saved;
    FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
      service::InterviewService interviews(tx, playbook_);
      FH_ASSIGN_OR_RETURN(saved, save(interviews));
      return notifier_->QueueAssignment(tx, saved, ActorOf(request),
                                        LinkBaseUrl(request, public_url_, secure_));
    }));
    return saved;
  }

  Store& store_;
  const Playbook& playbook_;
  service::InterviewService interviews_;
  const service::Notifier* notifier_;
  std::string public_url_;
  bool secure_;
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

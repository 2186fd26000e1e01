// Accounts and the audit log.
//
//   GET   /api/v1/users            admins and hiring managers (to pick
//                                  interviewers); paginated
//   GET   /api/v1/users/{id}       admins and hiring managers
//   POST  /api/v1/users            admins: {email, name, role, password?}.
//         201 {user, invite_url}. Without a password the account is an
//         invitation: it exists and can be given interviews, and invite_url
//         is a one-time link (account_links.h) to set the password; with one,
//         invite_url is null.
//   PATCH /api/v1/users/{id}       admins: {name, role, active, password}.
//         Deactivating or a new password ends the user's sessions and
//         revokes their API tokens (reactivating brings none back). Admins cannot demote or
//         deactivate themselves (409), so an installation keeps an admin.
//   GET   /api/v1/audit            admins; ?object_type=&object_id=&actor=
// No answer carries a password hash.
#include <string>

#include "http/account_links.h"
#include "http/api_records.h"
#include "http/api_routes.h"
#include "http/json_body.h"
#include "service/accounts.h"

namespace firsthire::http {
namespace {

class UserEndpoints {
 public:
  explicit UserEndpoints(ApiContext context)
      : store_(context.store),
        accounts_(context.store, context.clock),
        public_url_(context.public_url),
        secure_(context.secure) {}

  Response List(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    auto listing = store_.ListUsers(*page);
    if (!listing.ok()) return ErrorResponse(listing.status());
    return ListingResponse(listing->items, listing->total, *page);
  }

  Response Get(const Request& request) {
    auto user = store_.GetUser(std::string(request.Param("id")));
    if (!user.ok()) return ErrorResponse(user.status());
    return RecordResponse(200, *user);
  }

  Response Create(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    service::NewUser user;
    user.email = fields.String("email", true, 320).value_or("");
    user.name = fields.String("name", true, 1024).value_or("");
    user.role = fields.String("role", true, 64).value_or("");
    user.password = fields.String("password", false, 1024);
    if (!fields.ok()) return ErrorResponse(fields.status());
    auto created = accounts_.CreateUser(std::move(user), ActorOf(request),
                                        LinkBaseUrl(request, public_url_, secure_));
    if (!created.ok()) return ErrorResponse(created.status());
    JsonWriter out;
    out.BeginObject();
    out.Key("user");
    WriteJson(out, created->user);
    out.Key("invite_url");  // null when a password was given
    out.StringOrNull(created->invite_url);
    out.EndObject();
    Response response = JsonTextResponse(201, out.Take());
    response.SetHeader("Location", CreatedLocation(request, created->user.id));
    return response;
  }

  Response Update(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    service::UserChange change;
    change.name = fields.String("name", false, 1024);
    change.role = fields.String("role", false, 64);
    change.active = fields.Bool("active");
    change.password = fields.String("password", false, 1024);
    if (!fields.ok()) return ErrorResponse(fields.status());
    auto updated = accounts_.UpdateUser(std::string(request.Param("id")), change, ActorOf(request));
    if (!updated.ok()) return ErrorResponse(updated.status());
    return RecordResponse(200, *updated);
  }

  Response Audit(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    AuditFilter filter;
    filter.object_type = request.QueryParam("object_type").value_or("");
    filter.object_id = request.QueryParam("object_id").value_or("");
    filter.actor = request.QueryParam("actor").value_or("");
    auto listing = store_.ListAudit(filter, *page);
    if (!listing.ok()) return ErrorResponse(listing.status());
    return ListingResponse(listing->items, listing->total, *page);
  }

 private:
  Store& store_;
  service::AccountService accounts_;
  std::string public_url_;
  bool secure_;
};

// The declarations of the users' and audit routes, next to their handlers.
const EndpointTable<UserEndpoints>& UserTable() {
  using E = UserEndpoints;
  const std::string collection = "/api/v1/users";
  const std::string item = collection + "/{id}";
  static const EndpointTable<E> kTable = {
      {{.method = "GET",
        .path = collection,
        .access = ManagersOnly(),
        .tag = "users",
        .summary = "List accounts",
        .response = "User",
        .errors = kListErrors,
        .query = {"limit", "offset"},
        .list = true},
       &E::List},
      {{.method = "POST",
        .path = collection,
        .access = AdminsOnly(),
        .tag = "users",
        .summary = "Create an account; without a password it is an invitation and invite_url a "
                   "one-time link (72 hours) to set one",
        .request = "UserCreate",
        .success = 201,
        .response = "UserCreated",
        .errors = kCreateErrors},
       &E::Create},
      {{.method = "GET",
        .path = item,
        .access = ManagersOnly(),
        .tag = "users",
        .summary = "One account",
        .response = "User",
        .errors = kReadErrors},
       &E::Get},
      {{.method = "PATCH",
        .path = item,
        .access = AdminsOnly(),
        .tag = "users",
        .summary = "Rename, change role, (de)activate or set the password",
        .request = "UserUpdate",
        .response = "User",
        .errors = {400, 401, 403, 404, 409, 413, 415, 422}},
       &E::Update},
      {{.method = "GET",
        .path = "/api/v1/audit",
        .access = AdminsOnly(),
        .tag = "users",
        .summary = "The audit log, newest first",
        .response = "AuditEntry",
        .errors = kListErrors,
        .query = {"limit", "offset", "object_type", "object_id", "actor"},
        .list = true},
       &E::Audit},
  };
  return kTable;
}

}  // namespace

std::vector<Operation> UserOperations() { return OperationsOf(UserTable()); }

Status AddUserRoutes(Router& router, ApiContext context) {
  return AddEndpoints(router, std::make_shared<UserEndpoints>(context), UserTable());
}

}  // namespace firsthire::http

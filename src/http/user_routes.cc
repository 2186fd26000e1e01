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
    nlohmann::json invite_url = nullptr;
    if (!created->invite_url.empty()) invite_url = created->invite_url;
    Response response =
        JsonResponse(201, {{"user", ToJson(created->user)}, {"invite_url", invite_url}});
    response.SetHeader("Location", "/api/v1/users/" + created->user.id);
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

}  // namespace

Status AddUserRoutes(Router& router, ApiContext context) {
  auto endpoints = std::make_shared<UserEndpoints>(context);
  auto bind = [endpoints](Response (UserEndpoints::*method)(const Request&)) {
    return [endpoints, method](const Request& r) { return ((*endpoints).*method)(r); };
  };
  FH_RETURN_IF_ERROR(
      router.Add("GET", "/api/v1/users", ManagersOnly(), bind(&UserEndpoints::List)));
  FH_RETURN_IF_ERROR(
      router.Add("POST", "/api/v1/users", AdminsOnly(), bind(&UserEndpoints::Create)));
  FH_RETURN_IF_ERROR(
      router.Add("GET", "/api/v1/users/{id}", ManagersOnly(), bind(&UserEndpoints::Get)));
  FH_RETURN_IF_ERROR(
      router.Add("PATCH", "/api/v1/users/{id}", AdminsOnly(), bind(&UserEndpoints::Update)));
  FH_RETURN_IF_ERROR(router.Add("GET", "/api/v1/audit", AdminsOnly(), bind(&UserEndpoints::Audit)));
  return Status::Ok();
}

}  // namespace firsthire::http

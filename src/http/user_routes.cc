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
#include "http/email_address.h"
#include "http/json_body.h"
#include "http/password.h"

namespace firsthire::http {
namespace {

class UserEndpoints {
 public:
  explicit UserEndpoints(ApiContext context)
      : store_(context.store), public_url_(context.public_url), secure_(context.secure) {}

  Response List(const Request& request) {
    auto page = ReadPage(request);
    if (!page.ok()) return ErrorResponse(page.status());
    auto listing = store_.ListUsers(*page);
    if (!listing.ok()) return StoreError(listing.status());
    return ListingResponse(listing->items, listing->total, *page);
  }

  Response Get(const Request& request) {
    auto user = store_.GetUser(std::string(request.Param("id")));
    if (!user.ok()) return StoreError(user.status());
    return RecordResponse(200, *user);
  }

  Response Create(const Request& request) {
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    store::User user;
    user.email = fields.String("email", true, 320).value_or("");
    user.name = fields.String("name", true, 1024).value_or("");
    user.role = fields.String("role", true, 64).value_or("");
    std::optional<std::string> password = fields.String("password", false, 1024);
    if (fields.ok()) {
      auto email = NormalizeEmail(user.email);
      if (email.ok()) {
        user.email = *email;
      } else {
        fields.Fail("email", email.status().message());
      }
    }
    if (fields.ok() && !ParseRole(user.role)) {
      fields.Fail("role", "role must be admin, hiring_manager or interviewer");
    }
    if (!fields.ok()) return ErrorResponse(fields.status());
    if (password) {
      auto hash = HashFor(*password);
      if (!hash.ok()) return ErrorResponse(hash.status());
      user.password_hash = std::move(hash).value();
    }
    auto created = store_.CreateUser(user, ActorOf(request));
    if (!created.ok()) return StoreError(created.status());
    nlohmann::json invite_url = nullptr;
    if (!password) {
      auto url = IssueAccountLink(store_, created->id, "invite",
                                  LinkBaseUrl(request, public_url_, secure_), ActorOf(request),
                                  NowMillis());
      if (!url.ok()) return StoreError(url.status());
      invite_url = *url;
    }
    Response response = JsonResponse(201, {{"user", ToJson(*created)}, {"invite_url", invite_url}});
    response.SetHeader("Location", "/api/v1/users/" + created->id);
    return response;
  }

  Response Update(const Request& request) {
    auto user = store_.GetUser(std::string(request.Param("id")));
    if (!user.ok()) return StoreError(user.status());
    nlohmann::json body;
    if (auto error = ParseJsonObject(request, body)) return *error;
    BodyFields fields(body);
    if (auto name = fields.String("name", false, 1024)) user->name = *name;
    if (auto role = fields.String("role", false, 64)) {
      if (!ParseRole(*role))
        fields.Fail("role", "role must be admin, hiring_manager or interviewer");
      user->role = *role;
    }
    std::optional<bool> active = fields.Bool("active");
    if (active) user->active = *active;
    std::optional<std::string> password = fields.String("password", false, 1024);
    if (!fields.ok()) return ErrorResponse(fields.status());
    bool self = user->id == ActorOf(request);
    if (self && (!user->active || user->role != "admin")) {
      return ErrorResponse(409, "already_exists",
                           "you cannot demote or deactivate your own account; ask another admin");
    }
    if (password) {
      auto hash = HashFor(*password);
      if (!hash.ok()) return ErrorResponse(hash.status());
      user->password_hash = std::move(hash).value();
    }
    auto updated = store_.UpdateUser(*user, ActorOf(request));
    if (!updated.ok()) return StoreError(updated.status());
    if (!updated->active || password) {
      // Whoever held the old password or the account's tokens loses them.
      Status ended = store_.RevokeUserCredentials(updated->id, ActorOf(request));
      if (!ended.ok()) return StoreError(ended);
    }
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
    if (!listing.ok()) return StoreError(listing.status());
    return ListingResponse(listing->items, listing->total, *page);
  }

 private:
  static Result<std::string> HashFor(const std::string& password) {
    Status policy = CheckPasswordPolicy(password);
    if (!policy.ok()) {
      Location where;
      where.field = "password";
      return Status::InvalidInput(policy.message(), where);
    }
    return HashPassword(password);
  }

  Store& store_;
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

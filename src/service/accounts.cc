#include "service/accounts.h"

#include <utility>

#include "input/suggest.h"
#include "service/account_links.h"
#include "service/api_token.h"
#include "service/email_address.h"
#include "service/notifications.h"
#include "service/password.h"

namespace firsthire::service {
namespace {

// The hash of `password`, or its policy failure with the field named.
Result<std::string> HashFor(const std::string& password) {
  if (Status policy = CheckPasswordPolicy(password); !policy.ok()) {
    return Status::InvalidInput(policy.message(), {.field = "password"});
  }
  return HashPassword(password);
}

Status EmailTaken(const std::string& email) {
  return Status::AlreadyExists("a user with the email " + email + " already exists");
}

}  // namespace

const std::vector<std::string>& Roles() {
  static const std::vector<std::string> kRoles = {"admin", "hiring_manager", "interviewer"};
  return kRoles;
}

Status CheckRole(const std::string& role) {
  for (const std::string& known : Roles()) {
    if (role == known) return Status::Ok();
  }
  return Status::InvalidInput("unknown role '" + role + "': expected " + JoinAlternatives(Roles()) +
                                  DidYouMean(role, Roles()),
                              {.field = "role"});
}

Result<CreatedUser> AccountService::CreateUser(NewUser user, const std::string& actor,
                                               std::string_view link_base) {
  FH_ASSIGN_OR_RETURN(const std::string email_text, NormalizeEmail(user.email));
  const std::string* email = &email_text;
  FH_RETURN_IF_ERROR(CheckRole(user.role));
  if (user.password) {
    if (Status policy = CheckPasswordPolicy(*user.password); !policy.ok()) {
      return Status::InvalidInput(policy.message(), {.field = "password"});
    }
  }
  // Checked before the (deliberately slow) hash; CreateUser checks again.
  if (store_.FindUserByEmail(*email).ok()) return EmailTaken(*email);
  store::User record;
  record.email = *email;
  record.name = user.name.empty() ? email->substr(0, email->find('@')) : user.name;
  record.role = user.role;
  if (user.password) {
    FH_ASSIGN_OR_RETURN(record.password_hash, HashPassword(*user.password));
  }
  CreatedUser created;
  FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
    Result<store::User> stored = tx.CreateUser(record, actor);
    if (!stored.ok() && stored.status().code() == Code::kAlreadyExists) return EmailTaken(*email);
    FH_RETURN_IF_ERROR(stored.status());
    created.user = *std::move(stored);
    if (user.password) return Status::Ok();
    FH_ASSIGN_OR_RETURN(created.invite_url, IssueAccountLink(tx, created.user.id, "invite",
                                                             link_base, actor, clock_()));
    if (notifier_ == nullptr) return Status::Ok();
    created.emailed = true;
    return notifier_->QueueAccountLink(tx, created.user, "invite", created.invite_url);
  }));
  return created;
}

Result<store::User> AccountService::UpdateUser(const std::string& id, const UserChange& change,
                                               const std::string& actor) {
  if (change.role) FH_RETURN_IF_ERROR(CheckRole(*change.role));
  std::string hash;
  if (change.password) {
    FH_ASSIGN_OR_RETURN(hash, HashFor(*change.password));
  }
  store::User updated;
  FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(store::User user, tx.GetUser(id));
    if (change.name) user.name = *change.name;
    if (change.role) user.role = *change.role;
    if (change.active) user.active = *change.active;
    if (change.password) user.password_hash = hash;
    if (user.id == actor && (!user.active || user.role != "admin")) {
      return Status::AlreadyExists(
          "you cannot demote or deactivate your own account; ask another admin");
    }
    FH_ASSIGN_OR_RETURN(updated, tx.UpdateUser(user, actor));
    // Whoever held the old password or the account's tokens loses them.
    if (!updated.active || change.password) {
      FH_RETURN_IF_ERROR(tx.RevokeUserCredentials(updated.id, actor));
    }
    return Status::Ok();
  }));
  return updated;
}

Result<store::User> AccountService::FindByEmail(const std::string& email) {
  Result<store::User> user = store_.FindUserByEmail(email);
  if (!user.ok() && user.status().code() == Code::kNotFound) {
    return Status::NotFound("no user with the email " + email);
  }
  return user;
}

Result<std::string> AccountService::IssueLink(const std::string& id, const std::string& purpose,
                                              std::string_view link_base,
                                              const std::string& actor) {
  if (notifier_ == nullptr)
    return IssueAccountLink(store_, id, purpose, link_base, actor, clock_());
  std::string url;
  FH_RETURN_IF_ERROR(store_.InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(store::User user, tx.GetUser(id));
    FH_ASSIGN_OR_RETURN(url, IssueAccountLink(tx, id, purpose, link_base, actor, clock_()));
    return notifier_->QueueAccountLink(tx, user, purpose, url);
  }));
  return url;
}

Result<store::User> AccountService::RedeemLink(std::string_view token, std::string_view password) {
  return SetPasswordFromLink(store_, token, password, clock_());
}

Result<std::string> AccountService::IssueToken(const store::User& user, const std::string& name,
                                               const std::string& actor) {
  if (!user.active) {
    return Status::InvalidInput("the user " + user.email +
                                " is deactivated; activate them before creating a token");
  }
  return IssueApiToken(store_, user.id, name, actor);
}

}  // namespace firsthire::service

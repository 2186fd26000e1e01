// Accounts: the use cases on users, shared by the API (/users) and the CLI
// (`firsthire user`): who may be created, how a change is applied, and what a
// change takes away (sessions and API tokens) in the same transaction.
//
// Every method returns the store's errors as they are, and these of its own:
//   kInvalidInput  with the field named: "email" (not an address), "role"
//                  (not admin, hiring_manager or interviewer), "password"
//                  (outside CheckPasswordPolicy);
//   kAlreadyExists the email is taken, or an admin would demote or
//                  deactivate their own account (an installation keeps one);
//   kNotFound      no user with that id or email.
// Threads: as safe as the Store; an AccountService holds no state of its own.
#ifndef FIRSTHIRE_SERVICE_ACCOUNTS_H_
#define FIRSTHIRE_SERVICE_ACCOUNTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/clock.h"
#include "firsthire/status.h"
#include "store/store.h"

namespace firsthire::service {

// The three roles, in the order they are listed to people.
const std::vector<std::string>& Roles();
// kInvalidInput (field "role") naming the roles, with a did-you-mean.
Status CheckRole(const std::string& role);

// A new account. Without a password it is an invitation.
struct NewUser {
  std::string email;
  std::string name;  // "" means the email's local part
  std::string role;
  std::optional<std::string> password;
};

// What to change about a user; absent fields stay.
struct UserChange {
  std::optional<std::string> name;
  std::optional<std::string> role;
  std::optional<bool> active;
  std::optional<std::string> password;
};

struct CreatedUser {
  store::User user;
  std::string invite_url;  // "" when a password was given
  bool emailed = false;    // the invitation was queued as an email
};

class Notifier;  // notifications.h

class AccountService {
 public:
  // `store` must outlive this object; `clock` dates the links. With a
  // `notifier` (which must outlive it too) every link is also emailed to
  // its user, queued in the same transaction that issues it.
  AccountService(Store& store, Clock clock, const Notifier* notifier = nullptr)
      : store_(store), clock_(std::move(clock)), notifier_(notifier) {}

  // Whether links are emailed (a notifier was given).
  bool emails_links() const { return notifier_ != nullptr; }

  // Checks and normalises the email, checks the role and the password,
  // hashes it, and creates the user; without a password also issues an
  // invitation link under `link_base` (see account_links.h), in the same
  // transaction.
  Result<CreatedUser> CreateUser(NewUser user, const std::string& actor,
                                 std::string_view link_base);

  // Applies `change` to the user with `id`. A deactivation or a new password
  // also ends the user's sessions and revokes their API tokens, in the same
  // transaction (reactivating brings none back). `actor` may not demote or
  // deactivate themselves.
  Result<store::User> UpdateUser(const std::string& id, const UserChange& change,
                                 const std::string& actor);

  // The user with `email` (compared case-insensitively); kNotFound names it.
  Result<store::User> FindByEmail(const std::string& email);

  // A one-time link ("invite" or "reset") for the user with `id` (emailed
  // to them when emails_links()).
  Result<std::string> IssueLink(const std::string& id, const std::string& purpose,
                                std::string_view link_base, const std::string& actor);

  // Sets the password of a link's user (see SetPasswordFromLink).
  Result<store::User> RedeemLink(std::string_view token, std::string_view password);

  // A new API token named `name` for the user with `email`, answered once
  // (api_token.h); kInvalidInput for a deactivated user.
  Result<std::string> IssueToken(const store::User& user, const std::string& name,
                                 const std::string& actor);

 private:
  Store& store_;
  Clock clock_;
  const Notifier* notifier_;
};

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_ACCOUNTS_H_

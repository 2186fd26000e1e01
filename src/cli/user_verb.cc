// firsthire user add|list|set-role|deactivate|activate: the accounts of the
// service, managed from the command line (the first admin has to come from
// somewhere). Writes are audited with the actor "cli".
//
//   firsthire user add EMAIL --role ROLE [--name NAME] --password-stdin [--db URL]
//   firsthire user list [--db URL]
//   firsthire user set-role EMAIL ROLE [--db URL]
//   firsthire user deactivate EMAIL [--db URL]   (also ends their sessions)
//   firsthire user activate EMAIL [--db URL]
//   firsthire user reset EMAIL [--public-url URL] [--db URL]
//                        [--smtp URL --smtp-from ADDRESS [--mail-texts FILE]]
//        prints a one-time link to set the user's password (72 hours; the
//        user's earlier link dies), the same link an admin gets from
//        POST /api/v1/users/{id}/reset; URL defaults to http://127.0.0.1:8080.
//        With SMTP configured as for serve (--smtp or FIRSTHIRE_SMTP_URL),
//        the reset email is also queued in the outbox, in the same
//        transaction as the link, as the API does; a server with SMTP on
//        this database sends it.
//
// Exit codes: 0 done; 2 bad input (malformed email, unknown role, a password
// outside the policy, an email already taken, an unknown user); 1 the
// database cannot be reached or failed.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/database_option.h"
#include "cli/serve_notifications.h"
#include "cli/verbs.h"
#include "service/account_links.h"
#include "service/accounts.h"
#include "service/notifications.h"
#include "service/password.h"

namespace firsthire {
namespace {

struct UserArgs {
  std::string db;
  std::string email;
  std::string role;
  std::string name;
  bool password_stdin = false;
  std::string public_url = "http://127.0.0.1:8080";  // serve's default address
  NotificationOptions notifications;                 // reset: --smtp, --smtp-from, --mail-texts
};

// Everything on standard input, less one trailing line break (what `echo`
// and here-strings add).
std::string ReadPasswordFromStdin() {
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  if (!text.empty() && text.back() == '\n') text.pop_back();
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

nlohmann::json UserToJson(const store::User& user) {
  return {{"id", user.id},     {"email", user.email},   {"name", user.name},
          {"role", user.role}, {"active", user.active}, {"created_at", user.created_at}};
}

bool WantsJson(const GlobalOptions& options) { return options.format == "json"; }

int PrintUser(const GlobalOptions& options, const store::User& user, const std::string& what) {
  if (WantsJson(options)) return WriteOutput(UserToJson(user).dump(2) + "\n");
  return WriteOutput(what + " " + user.email + " (" + user.role +
                     (user.active ? "" : ", deactivated") + "), id " + user.id + "\n");
}

int RunAdd(const GlobalOptions& options, const UserArgs& args) {
  if (!args.password_stdin) {
    return ReportFailure(Status::InvalidInput(
        "give the password on standard input with --password-stdin (it is never taken as an "
        "argument, where other users of the machine could see it)"));
  }
  std::string password = ReadPasswordFromStdin();
  // Checked before the database is opened, so a bad password costs nothing.
  if (Status s = service::CheckPasswordPolicy(password); !s.ok()) {
    return ReportFailure(
        Status::InvalidInput("password on standard input: " + s.message(), {.field = "password"}));
  }
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  service::AccountService accounts(**store, SystemMillis);
  auto created = accounts.CreateUser(
      {.email = args.email, .name = args.name, .role = args.role, .password = password}, kCliActor,
      "");
  if (!created.ok()) return ReportStoreFailure(created.status());
  return PrintUser(options, created->user, "added user");
}

int RunList(const GlobalOptions& options, const UserArgs& args) {
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  std::vector<store::User> users;
  constexpr int kPageSize = 500;
  for (std::int64_t offset = 0;; offset += kPageSize) {
    auto page = (*store)->ListUsers(Page{.limit = kPageSize, .offset = offset});
    if (!page.ok()) return ReportStoreFailure(page.status());
    users.insert(users.end(), page->items.begin(), page->items.end());
    if (page->items.size() < static_cast<size_t>(kPageSize)) break;
  }
  if (WantsJson(options)) {
    nlohmann::json list = nlohmann::json::array();
    for (const store::User& user : users) list.push_back(UserToJson(user));
    return WriteOutput(nlohmann::json{{"users", list}}.dump(2) + "\n");
  }
  if (users.empty()) {
    return WriteOutput("No users yet. Add the first admin with:\n"
                       "  firsthire user add EMAIL --role admin --name NAME --password-stdin\n");
  }
  std::string out;
  for (const store::User& user : users) {
    std::string line = user.email;
    line.resize(std::max<size_t>(line.size() + 2, 34), ' ');
    line += user.role;
    line.resize(std::max<size_t>(line.size() + 2, 50), ' ');
    line += user.active ? "active" : "deactivated";
    line += "  " + user.name;
    out += line + "\n";
  }
  return WriteOutput(out);
}

// Applies `change` to the user with `email`.
int UpdateByEmail(const GlobalOptions& options, const UserArgs& args,
                  const service::UserChange& change, const std::string& what) {
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  service::AccountService accounts(**store, SystemMillis);
  auto user = accounts.FindByEmail(args.email);
  if (!user.ok()) return ReportStoreFailure(user.status());
  auto updated = accounts.UpdateUser(user->id, change, kCliActor);
  if (!updated.ok()) return ReportStoreFailure(updated.status());
  return PrintUser(options, *updated, what);
}

int RunReset(const GlobalOptions& options, const UserArgs& args) {
  auto base = service::NormalizePublicUrl(args.public_url);
  if (!base.ok()) return ReportFailure(base.status());
  auto notifier = NotifierFromOptions(args.notifications);
  if (!notifier.ok()) return ReportFailure(notifier.status());
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  service::AccountService accounts(**store, SystemMillis, notifier->get());
  auto user = accounts.FindByEmail(args.email);
  if (!user.ok()) return ReportStoreFailure(user.status());
  auto url = accounts.IssueLink(user->id, "reset", *base, kCliActor);
  if (!url.ok()) return ReportStoreFailure(url.status());
  if (WantsJson(options)) {
    return WriteOutput(nlohmann::json{{"user", UserToJson(*user)},
                                      {"reset_url", *url},
                                      {"emailed", accounts.emails_links()}}
                           .dump(2) +
                       "\n");
  }
  if (accounts.emails_links()) {
    return WriteOutput("Queued the reset email to " + user->email +
                       " (a server with SMTP on this database sends it); the link sets a new "
                       "password once, within 72 hours:\n" +
                       *url + "\n");
  }
  return WriteOutput("Send this link to " + user->email +
                     "; it sets a new password once, within 72 hours:\n" + *url + "\n");
}

}  // namespace

void AddUserVerb(CLI::App& app, GlobalOptions& options) {
  auto args = std::make_shared<UserArgs>();
  CLI::App* verb = app.add_subcommand("user", "Manage the accounts of the service (firsthire serve)");
  verb->require_subcommand(1);

  CLI::App* add = verb->add_subcommand("add", "Create an account; the password is read from stdin");
  add->add_option("EMAIL", args->email, "The user's email (their sign-in name)")->required();
  add->add_option("--role", args->role, "admin, hiring_manager or interviewer")->required();
  add->add_option("--name", args->name, "The user's name as shown to others");
  add->add_flag("--password-stdin", args->password_stdin,
                "Read the password from standard input (8 to 1024 bytes)");
  AddDatabaseOption(add, &args->db);
  add->callback([&options, args] { options.exit_code = RunAdd(options, *args); });

  CLI::App* list = verb->add_subcommand("list", "List the accounts (--format json for scripts)");
  AddDatabaseOption(list, &args->db);
  list->callback([&options, args] { options.exit_code = RunList(options, *args); });

  CLI::App* set_role = verb->add_subcommand("set-role", "Change a user's role");
  set_role->add_option("EMAIL", args->email, "The user's email")->required();
  set_role->add_option("ROLE", args->role, "admin, hiring_manager or interviewer")->required();
  AddDatabaseOption(set_role, &args->db);
  set_role->callback([&options, args] {
    if (Status s = service::CheckRole(args->role); !s.ok()) {
      options.exit_code = ReportFailure(s);
      return;
    }
    options.exit_code = UpdateByEmail(options, *args, {.role = args->role}, "updated user");
  });

  CLI::App* deactivate =
      verb->add_subcommand("deactivate", "Refuse a user's sign-ins and tokens; ends their sessions");
  deactivate->add_option("EMAIL", args->email, "The user's email")->required();
  AddDatabaseOption(deactivate, &args->db);
  deactivate->callback([&options, args] {
    options.exit_code = UpdateByEmail(options, *args, {.active = false}, "deactivated user");
  });

  CLI::App* reset =
      verb->add_subcommand("reset", "Print a one-time link that sets a user's password (72 hours)");
  reset->add_option("EMAIL", args->email, "The user's email")->required();
  reset->add_option("--public-url", args->public_url,
                    "The address users open, as given to serve (default http://127.0.0.1:8080)");
  reset->add_option("--smtp", args->notifications.smtp_url,
                    "Also queue the reset email, as serve --smtp does (default: "
                    "$FIRSTHIRE_SMTP_URL, else only print the link)");
  reset->add_option("--smtp-from", args->notifications.from,
                    "The address the email comes from (needed with --smtp)");
  reset->add_option("--mail-texts", args->notifications.texts_file,
                    "Read the email's text from this YAML file, as serve --mail-texts");
  AddDatabaseOption(reset, &args->db);
  reset->callback([&options, args] { options.exit_code = RunReset(options, *args); });

  CLI::App* activate = verb->add_subcommand("activate", "Let a deactivated user sign in again");
  activate->add_option("EMAIL", args->email, "The user's email")->required();
  AddDatabaseOption(activate, &args->db);
  activate->callback([&options, args] {
    options.exit_code = UpdateByEmail(options, *args, {.active = true}, "activated user");
  });
}

}  // namespace firsthire

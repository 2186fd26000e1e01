// firsthire token create|list|revoke: API tokens for scripts
// ("Authorization: Bearer fht_…"). A token acts as its user, with that
// user's role. Only its hash is stored, so `create` prints it exactly once.
//
//   firsthire token create EMAIL [--name NAME] [--db URL]   prints the token
//   firsthire token list EMAIL [--db URL]                   ids and names
//   firsthire token revoke ID [--db URL]
//
// Exit codes: 0 done; 2 unknown or deactivated user, unknown token id;
// 1 the database cannot be reached or failed.
#include <cstdio>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/database_option.h"
#include "cli/verbs.h"
#include "service/accounts.h"

namespace firsthire {
namespace {

struct TokenArgs {
  std::string db;
  std::string email;
  std::string name = "cli";
  std::string id;
};

// The user with `email`; kNotFound says how to make one.
Result<store::User> FindUser(Store& store, const std::string& email) {
  auto user = service::AccountService(store, SystemMillis).FindByEmail(email);
  if (!user.ok() && user.status().code() == Code::kNotFound) {
    return Status::NotFound(user.status().message() + " (create one with `firsthire user add`)");
  }
  return user;
}

int RunCreate(const GlobalOptions& options, const TokenArgs& args) {
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  auto user = FindUser(**store, args.email);
  if (!user.ok()) return ReportStoreFailure(user.status());
  auto token =
      service::AccountService(**store, SystemMillis).IssueToken(*user, args.name, kCliActor);
  if (!token.ok()) return ReportStoreFailure(token.status());
  if (options.format == "json") {
    return WriteOutput(nlohmann::json{{"token", *token}, {"user", user->email}, {"name", args.name}}
                           .dump(2) +
                       "\n");
  }
  std::fprintf(stderr,
               "firsthire: API token '%s' for %s (%s). It is shown only now: store it in a "
               "secret manager. Send it as 'Authorization: Bearer <token>'.\n",
               args.name.c_str(), user->email.c_str(), user->role.c_str());
  return WriteOutput(*token + "\n");
}

int RunList(const GlobalOptions& options, const TokenArgs& args) {
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  auto user = FindUser(**store, args.email);
  if (!user.ok()) return ReportStoreFailure(user.status());
  auto tokens = (*store)->ListApiTokens(user->id);
  if (!tokens.ok()) return ReportStoreFailure(tokens.status());
  if (options.format == "json") {
    nlohmann::json list = nlohmann::json::array();
    for (const store::ApiToken& token : *tokens) {
      list.push_back({{"id", token.id},
                      {"name", token.name},
                      {"created_at", token.created_at},
                      {"revoked", token.revoked}});
    }
    return WriteOutput(nlohmann::json{{"tokens", list}}.dump(2) + "\n");
  }
  if (tokens->empty()) return WriteOutput(args.email + " has no API tokens.\n");
  std::string out;
  for (const store::ApiToken& token : *tokens) {
    out += token.id + "  " + (token.revoked ? "revoked" : "active ") + "  " + token.name + "\n";
  }
  return WriteOutput(out);
}

int RunRevoke(const TokenArgs& args) {
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  Status revoked = (*store)->RevokeApiToken(args.id, kCliActor);
  if (!revoked.ok()) {
    if (revoked.code() == Code::kNotFound) {
      return ReportFailure(Status::NotFound("no API token with the id " + args.id +
                                            " (see `firsthire token list EMAIL`)"));
    }
    return ReportStoreFailure(revoked);
  }
  return WriteOutput("revoked API token " + args.id + "\n");
}

}  // namespace

void AddTokenVerb(CLI::App& app, GlobalOptions& options) {
  auto args = std::make_shared<TokenArgs>();
  CLI::App* verb = app.add_subcommand("token", "Manage API tokens for scripts (Bearer tokens)");
  verb->require_subcommand(1);

  CLI::App* create = verb->add_subcommand("create", "Create a token for a user and print it once");
  create->add_option("EMAIL", args->email, "The user the token acts as")->required();
  create->add_option("--name", args->name, "A label, e.g. the script's name (default: cli)");
  AddDatabaseOption(create, &args->db);
  create->callback([&options, args] { options.exit_code = RunCreate(options, *args); });

  CLI::App* list = verb->add_subcommand("list", "List a user's tokens (never the tokens themselves)");
  list->add_option("EMAIL", args->email, "The user's email")->required();
  AddDatabaseOption(list, &args->db);
  list->callback([&options, args] { options.exit_code = RunList(options, *args); });

  CLI::App* revoke = verb->add_subcommand("revoke", "Revoke a token by its id");
  revoke->add_option("ID", args->id, "The token's id, from `firsthire token list`")->required();
  AddDatabaseOption(revoke, &args->db);
  revoke->callback([&options, args] { options.exit_code = RunRevoke(*args); });
}

}  // namespace firsthire

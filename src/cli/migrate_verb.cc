// firsthire migrate [--db URL]: brings the database's schema to the newest
// version (each missing migration in its own transaction; safe while other
// processes start) and prints the version. `firsthire serve` migrates at
// start too; this verb lets an operator do it, and check it, beforehand.
//
// Exit codes: 0 done; 2 an empty or malformed --db; 1 the database cannot be
// reached or a migration failed; 3 (kExitDatabaseInUse) migrations are due
// while a server holds the database.
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/database_option.h"
#include "cli/verbs.h"

namespace firsthire {
namespace {

// True when the database's schema is older than this program's.
Result<bool> HasMigrationsToApply(const std::string& db) {
  auto store = OpenDatabase(db, SchemaUpgrade::kSkip);
  if (!store.ok()) return store.status();
  FH_ASSIGN_OR_RETURN(int version, (*store)->SchemaVersion());
  return version < LatestSchemaVersion();
}

int RunMigrate(const GlobalOptions& options, const std::string& db) {
  // Reshaping the schema needs the database alone; with nothing to apply,
  // reporting the version is fine while servers run.
  auto alone = ClaimDatabaseAlone(db, "migrate");
  if (!alone.ok()) {
    if (alone.status().code() != Code::kAlreadyExists) return ReportFailure(alone.status());
    auto pending = HasMigrationsToApply(db);
    if (!pending.ok()) return ReportFailure(pending.status());
    if (*pending) return ReportClaimFailure(alone.status());
  }
  auto store = OpenDatabase(db);  // applies the migrations
  if (!store.ok()) return ReportFailure(store.status());
  if (Status migrated = (*store)->Migrate(); !migrated.ok()) return ReportFailure(migrated);
  auto version = (*store)->SchemaVersion();
  if (!version.ok()) return ReportFailure(version.status());
  const std::string where = RedactDatabaseUrl(ResolveDatabaseUrl(db));
  if (options.format == "json") {
    return WriteOutput(nlohmann::json{{"database", where},
                                      {"backend", (*store)->BackendName()},
                                      {"schema_version", *version}}
                           .dump(2) +
                       "\n");
  }
  return WriteOutput((*store)->BackendName() + " database " + where + " is at schema version " +
                     std::to_string(*version) + "\n");
}

}  // namespace

void AddMigrateVerb(CLI::App& app, GlobalOptions& options) {
  auto db = std::make_shared<std::string>();
  CLI::App* verb = app.add_subcommand(
      "migrate", "Apply the database schema migrations and print the schema version");
  AddDatabaseOption(verb, db.get());
  verb->callback([&options, db] { options.exit_code = RunMigrate(options, *db); });
}

}  // namespace firsthire

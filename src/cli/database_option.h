// The --db option shared by the verbs that work on the service's database
// (user, token, migrate, backup, restore): where the database is and how to
// open it from the command line.
#ifndef FIRSTHIRE_CLI_DATABASE_OPTION_H_
#define FIRSTHIRE_CLI_DATABASE_OPTION_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "firsthire/status.h"
#include "store/database_claim.h"
#include "store/store.h"

namespace firsthire {

// The actor name the CLI's writes carry in the audit log.
inline constexpr char kCliActor[] = "cli";

// Adds `--db URL` to `command`, storing the value in `*url` (which must
// outlive the command). Empty means the default database.
void AddDatabaseOption(CLI::App* command, std::string* url);

// `url`, or DefaultDatabasePath() when it is empty.
std::string ResolveDatabaseUrl(const std::string& url);

// The URL with any password removed ("postgresql://u:secret@h/db" becomes
// "postgresql://u@h/db"), for messages.
std::string RedactDatabaseUrl(const std::string& url);

// Opens (and, unless told to skip, migrates) the store at ResolveDatabaseUrl(url). On failure the
// status names the database (without its password); kUnavailable when it
// cannot be reached (exit 1).
Result<std::unique_ptr<Store>> OpenDatabase(const std::string& url,
                                            SchemaUpgrade upgrade = SchemaUpgrade::kApply);

// Prints DatabaseFileWarnings(url) on stderr ("firsthire: warning: ...").
// OpenDatabase does it; `serve` calls it after opening.
void WarnAboutDatabaseFiles(const std::string& url);

// Exit code for a failed store operation, after printing the error: like
// ReportFailure, except that kAlreadyExists (a taken email, a non-empty
// restore target) is the caller's mistake and exits 2.
int ReportStoreFailure(const Status& status);

// Exit code of an operation that needs the database alone while a server
// holds it (or of a server that finds such an operation running).
inline constexpr int kExitDatabaseInUse = 3;

// An exclusive DatabaseClaim on ResolveDatabaseUrl(url) for `operation`
// (e.g. "restore --replace"). When a server holds the database: kAlreadyExists
// with a message that says so and what to do.
Result<std::unique_ptr<DatabaseClaim>> ClaimDatabaseAlone(const std::string& url,
                                                          const std::string& operation);

// Prints a failed claim; kExitDatabaseInUse for kAlreadyExists, else as
// ReportFailure.
int ReportClaimFailure(const Status& status);

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_DATABASE_OPTION_H_

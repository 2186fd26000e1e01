#include "cli/database_option.h"

#include <cstdio>

#include "cli/cli_output.h"

namespace firsthire {

void AddDatabaseOption(CLI::App* command, std::string* url) {
  command->add_option("--db", *url,
                      "Database: a SQLite file path (sqlite:PATH) or a postgresql:// URL "
                      "(default: " +
                          DefaultDatabasePath() + ")");
}

std::string ResolveDatabaseUrl(const std::string& url) {
  return url.empty() ? DefaultDatabasePath() : url;
}

std::string RedactDatabaseUrl(const std::string& url) {
  size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  size_t authority = scheme + 3;
  size_t at = url.find('@', authority);
  size_t slash = url.find('/', authority);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return url;
  size_t colon = url.find(':', authority);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

namespace {

// `status` of opening `resolved`, with the database named (no password).
Status CannotOpen(const std::string& resolved, const Status& status) {
  std::string message =
      "cannot open database " + RedactDatabaseUrl(resolved) + ": " + status.message();
  if (status.code() == Code::kInvalidInput) return Status::InvalidInput(message);
  if (status.code() == Code::kUnavailable) return Status::Unavailable(message);
  return Status::Internal(message);
}

}  // namespace

Result<std::unique_ptr<Store>> OpenDatabase(const std::string& url, SchemaUpgrade upgrade) {
  std::string resolved = ResolveDatabaseUrl(url);
  auto store = OpenStore(resolved, upgrade);
  if (!store.ok()) return CannotOpen(resolved, store.status());
  WarnAboutDatabaseFiles(resolved);
  return store;
}

void WarnAboutDatabaseFiles(const std::string& url) {
  for (const std::string& warning : DatabaseFileWarnings(url)) {
    std::fprintf(stderr, "firsthire: warning: %s\n", warning.c_str());
  }
}

Result<std::unique_ptr<DatabaseClaim>> ClaimDatabaseAlone(const std::string& url,
                                                          const std::string& operation) {
  std::string resolved = ResolveDatabaseUrl(url);
  auto claim = DatabaseClaim::Take(resolved, DatabaseClaim::Kind::kExclusive);
  if (!claim.ok() && claim.status().code() == Code::kAlreadyExists) {
    return Status::AlreadyExists("database " + RedactDatabaseUrl(resolved) +
                                 " is in use by a running `firsthire serve` (or another " +
                                 "restore or migrate); " + operation +
                                 " needs it alone: stop the server(s) and run it again");
  }
  if (!claim.ok()) return CannotOpen(resolved, claim.status());
  return claim;
}

int ReportClaimFailure(const Status& status) {
  int code = ReportFailure(status);
  return status.code() == Code::kAlreadyExists ? kExitDatabaseInUse : code;
}

int ReportStoreFailure(const Status& status) {
  int code = ReportFailure(status);
  return status.code() == Code::kAlreadyExists ? 2 : code;
}

}  // namespace firsthire

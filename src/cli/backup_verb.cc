// firsthire backup FILE / firsthire restore FILE: the portable dump of the
// service's database (Store::Export / Store::Import, format in
// docs/store.md). A dump taken from SQLite restores into PostgreSQL and
// back.
//
//   firsthire backup FILE [--force] [--db URL]
//       Writes the dump to FILE ("-": standard output) from one consistent
//       snapshot. The file appears only once complete and flushed to disk
//       (written beside it, then renamed); an existing FILE is kept unless
//       --force.
//   firsthire restore FILE [--replace] [--db URL]
//       Loads a dump ("-": standard input) in one transaction. The target
//       must be empty; with --replace a SQLite target is replaced instead
//       (the dump is loaded into a new file, which is then renamed over the
//       old one; stop the server first). Nothing is written when the dump is
//       malformed or truncated.
//
// Both append an audit entry ("database.backup", "database.restore") with
// the actor "cli".
//
// Exit codes: 0 done; 2 bad input (FILE exists, a malformed dump, a
// non-empty target, --replace on PostgreSQL); 1 the database or the file
// system failed.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/database_option.h"
#include "store/private_files.h"
#include "cli/verbs.h"
#include "store/secret_hash.h"

namespace firsthire {
namespace {

namespace fs = std::filesystem;

struct BackupArgs {
  std::string db;
  std::string file;
  bool force = false;
  bool replace = false;
};

// fsync(2) on a path (a file, or a directory to make a rename durable).
bool SyncPath(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

// The row count on the end line of a dump file; -1 when it cannot be read.
std::int64_t DumpRowCount(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return -1;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  std::streamoff start = size > 4096 ? size - 4096 : 0;
  in.seekg(start);
  std::string tail(static_cast<size_t>(size - start), '\0');
  in.read(tail.data(), static_cast<std::streamsize>(tail.size()));
  while (!tail.empty() && tail.back() == '\n') tail.pop_back();
  size_t newline = tail.rfind('\n');
  nlohmann::json end =
      nlohmann::json::parse(tail.substr(newline == std::string::npos ? 0 : newline + 1), nullptr,
                            false);
  if (!end.is_object() || !end.contains("rows") || !end["rows"].is_number_integer()) return -1;
  return end["rows"].get<std::int64_t>();
}

void AuditCli(Store& store, const std::string& action, const std::string& detail) {
  store::AuditEntry entry;
  entry.actor = kCliActor;
  entry.action = action;
  entry.object_type = "database";
  entry.detail = detail;
  if (Status s = store.AppendAudit(entry); !s.ok()) {
    std::fprintf(stderr, "firsthire: warning: could not write the audit entry: %s\n",
                 s.ToString().c_str());
  }
}

int RunBackup(const BackupArgs& args) {
  const bool to_stdout = args.file == "-";
  fs::path target(args.file);
  std::error_code error;
  if (!to_stdout && !args.force && fs::exists(target, error)) {
    return ReportFailure(Status::InvalidInput(
        args.file + " already exists; choose another name or pass --force to replace it"));
  }
  auto store = OpenDatabase(args.db);
  if (!store.ok()) return ReportFailure(store.status());
  if (to_stdout) {
    Status exported = (*store)->Export(std::cout);
    std::cout.flush();
    if (!exported.ok() || !std::cout) {
      return ReportFailure(exported.ok() ? Status::IoError("cannot write to standard output")
                                         : exported);
    }
    AuditCli(**store, "database.backup", "to standard output");
    return 0;
  }
  fs::path partial = target;
  partial += ".partial-" + RandomHex(4);
  Status written = [&]() -> Status {
    // The dump holds password hashes and personal data: owner only.
    FH_RETURN_IF_ERROR(CreatePrivateFile(partial.string()));
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError("cannot create " + partial.string());
    FH_RETURN_IF_ERROR((*store)->Export(out));
    out.close();
    if (!out) return Status::IoError("cannot write " + partial.string());
    if (!SyncPath(partial)) return Status::IoError("cannot flush " + partial.string() + " to disk");
    fs::rename(partial, target, error);
    if (error) {
      return Status::IoError("cannot rename the dump to " + args.file + ": " + error.message());
    }
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    SyncPath(dir);  // best effort: not every file system syncs directories
    return Status::Ok();
  }();
  if (!written.ok()) {
    fs::remove(partial, error);
    return ReportFailure(written);
  }
  std::int64_t rows = DumpRowCount(target);
  AuditCli(**store, "database.backup", "rows=" + std::to_string(rows));
  std::fprintf(stderr, "firsthire: backed up %lld rows from the %s database to %s\n",
               static_cast<long long>(rows), (*store)->BackendName().c_str(), args.file.c_str());
  return 0;
}

// Import with the dump's file name in any error.
Status ImportDump(Store& store, std::istream& in, const std::string& file) {
  Status imported = store.Import(in);
  if (imported.ok() || imported.code() != Code::kInvalidInput) return imported;
  Location where = imported.location();
  where.file = file;
  return Status::InvalidInput(imported.message(), where);
}

int ReportRestored(Store& store, const BackupArgs& args) {
  std::int64_t rows = args.file == "-" ? -1 : DumpRowCount(args.file);
  AuditCli(store, "database.restore", "rows=" + std::to_string(rows));
  auto version = store.SchemaVersion();
  std::fprintf(stdout, "restored %s into the %s database%s (schema version %d)\n",
               rows >= 0 ? (std::to_string(rows) + " rows").c_str() : "the dump",
               store.BackendName().c_str(), args.replace ? ", replacing its contents" : "",
               version.ok() ? *version : 0);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

int RunRestore(const BackupArgs& args) {
  std::ifstream file_in;
  std::istream* in = &std::cin;
  if (args.file != "-") {
    file_in.open(args.file, std::ios::binary);
    if (!file_in) return ReportFailure(Status::NotFound("cannot open " + args.file));
    in = &file_in;
  }
  const std::string url = ResolveDatabaseUrl(args.db);
  if (!args.replace) {
    auto store = OpenDatabase(url);
    if (!store.ok()) return ReportFailure(store.status());
    Status imported = ImportDump(**store, *in, args.file);
    if (imported.code() == Code::kAlreadyExists) {
      return ReportStoreFailure(Status::AlreadyExists(
          imported.message() + " (restore into a new database, or pass --replace for a SQLite "
                               "file)"));
    }
    if (!imported.ok()) return ReportFailure(imported);
    return ReportRestored(**store, args);
  }

  if (IsPostgresUrl(url)) {
    return ReportFailure(Status::InvalidInput(
        "--replace works only for SQLite files; for PostgreSQL restore into an empty database "
        "or schema (CREATE DATABASE, or ?options=-csearch_path%3Dschema in the URL)"));
  }
  // The whole file is replaced: no server may hold it meanwhile (a server
  // would go on writing to the replaced file and lose those writes).
  auto alone = ClaimDatabaseAlone(url, "restore --replace");
  if (!alone.ok()) return ReportClaimFailure(alone.status());
  fs::path target(SqlitePath(url));
  fs::path fresh = target;
  fresh += ".restore-" + RandomHex(4);
  std::error_code error;
  auto remove_fresh = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(fs::path(fresh.string() + suffix), error);
  };
  {
    auto store = OpenDatabase(fresh.string());
    if (!store.ok()) return ReportFailure(store.status());
    Status imported = ImportDump(**store, *in, args.file);
    if (!imported.ok()) {
      store->reset();
      remove_fresh();
      return ReportStoreFailure(imported);
    }
    AuditCli(**store, "database.restore",
             "rows=" + std::to_string(args.file == "-" ? -1 : DumpRowCount(args.file)) +
                 " replace=true");
  }  // Closing the last connection checkpoints the WAL into the file.
  fs::rename(fresh, target, error);
  if (error) {
    remove_fresh();
    return ReportFailure(Status::IoError("cannot replace " + target.string() + ": " +
                                         error.message()));
  }
  // Stale WAL and index files of the replaced database must not be applied
  // to the new one.
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(fs::path(target.string() + suffix), error);
  SyncPath(target.parent_path().empty() ? fs::path(".") : target.parent_path());
  auto store = OpenDatabase(url);
  if (!store.ok()) return ReportFailure(store.status());
  std::int64_t rows = args.file == "-" ? -1 : DumpRowCount(args.file);
  auto version = (*store)->SchemaVersion();
  std::printf("restored %s into the sqlite database %s, replacing its contents (schema version %d)\n",
              rows >= 0 ? (std::to_string(rows) + " rows").c_str() : "the dump",
              target.c_str(), version.ok() ? *version : 0);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

void AddBackupVerb(CLI::App& app, GlobalOptions& options) {
  auto args = std::make_shared<BackupArgs>();
  CLI::App* verb =
      app.add_subcommand("backup", "Write a portable dump of the service's database to FILE");
  verb->add_option("FILE", args->file, "Where to write the dump (JSON lines), or - for stdout")
      ->required();
  verb->add_flag("--force", args->force, "Replace FILE if it exists");
  AddDatabaseOption(verb, &args->db);
  verb->callback([&options, args] { options.exit_code = RunBackup(*args); });
}

void AddRestoreVerb(CLI::App& app, GlobalOptions& options) {
  auto args = std::make_shared<BackupArgs>();
  CLI::App* verb = app.add_subcommand(
      "restore", "Load a dump made by `firsthire backup` into an empty database");
  verb->add_option("FILE", args->file, "The dump to load, or - for stdin")->required();
  verb->add_flag("--replace", args->replace,
                 "SQLite only: replace the database's contents (stop the server first)");
  AddDatabaseOption(verb, &args->db);
  verb->callback([&options, args] { options.exit_code = RunRestore(*args); });
}

}  // namespace firsthire

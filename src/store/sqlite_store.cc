#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <cctype>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/private_files.h"
#include "store/sql_store.h"
#include "store/sqlite_wal_index.h"

namespace firsthire {
namespace {

constexpr int kBusyTimeoutMs = 5000;
// Distinct statements a connection keeps prepared; beyond them a statement is
// compiled for one use (a bound should some SQL be built from many pieces).
constexpr std::size_t kMaxPreparedStatements = 256;

// Lets the statement map be searched with a string_view (no copy per query).
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

// The store writes $N placeholders; SQLite's numbered form is ?N.
std::string ToSqlitePlaceholders(std::string_view sql) {
  std::string out(sql);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '$' && std::isdigit(static_cast<unsigned char>(out[i + 1]))) out[i] = '?';
  }
  return out;
}

Status StatusFromSqlite(sqlite3* db, int code, std::string_view what) {
  int extended = db != nullptr ? sqlite3_extended_errcode(db) : code;
  std::string message =
      std::string(what) + ": " + (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code));
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Status::AlreadyExists(message);
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_TRIGGER:
      return Status::InvalidInput(message);
    default:
      break;
  }
  switch (extended & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
      return Status::Unavailable(message);
    case SQLITE_IOERR:
    case SQLITE_FULL:
      return Status::IoError(message);
    default:
      return Status::Internal(message);
  }
}

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close_v2(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  sqlite3* handle() const { return db_; }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlParam>& params) override {
    bool kept = true;
    FH_ASSIGN_OR_RETURN(sqlite3_stmt * statement, Prepare(sql, kept));
    // Resets a kept statement (finalizes another) whichever way we leave.
    struct Reset {
      sqlite3_stmt* statement;
      bool kept;
      ~Reset() {
        if (!kept) {
          sqlite3_finalize(statement);
          return;
        }
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
      }
    } reset{statement, kept};
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      int rc = SQLITE_OK;
      if (const auto* number = std::get_if<std::int64_t>(&params[i])) {
        rc = sqlite3_bind_int64(statement, index, *number);
      } else if (const auto* text = std::get_if<std::string>(&params[i])) {
        rc = sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_STATIC,
                                 SQLITE_UTF8);
      } else {
        rc = sqlite3_bind_null(statement, index);
      }
      if (rc != SQLITE_OK) return StatusFromSqlite(db_, rc, "binding a parameter");
    }
    std::vector<SqlRow> rows;
    const int columns = sqlite3_column_count(statement);
    while (true) {
      int rc = sqlite3_step(statement);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return StatusFromSqlite(db_, rc, "SQLite statement failed");
      SqlRow row(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(statement, c) == SQLITE_NULL) continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
        row[static_cast<std::size_t>(c)] =
            std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, c)));
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

  Status ExecScript(std::string_view sql) override {
    std::string script(sql);
    int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return StatusFromSqlite(db_, rc, "SQLite script failed");
    return Status::Ok();
  }

  // Through Query, so the statements are prepared once per connection (a
  // script would be compiled again on every transaction).
  Status Begin(bool write) override { return Query(write ? "BEGIN IMMEDIATE" : "BEGIN", {}).status(); }
  Status Commit() override { return Query("COMMIT", {}).status(); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

 private:
  // The statement for `sql`, compiled on first use and kept for the
  // connection's life; `kept` false: compiled for this use only (the cache
  // is full), the caller finalizes it.
  Result<sqlite3_stmt*> Prepare(std::string_view sql, bool& kept) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return found->second;
    kept = statements_.size() < kMaxPreparedStatements;
    std::string translated = ToSqlitePlaceholders(sql);
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v3(db_, translated.c_str(), static_cast<int>(translated.size()),
                                kept ? SQLITE_PREPARE_PERSISTENT : 0, &statement, nullptr);
    if (rc != SQLITE_OK) return StatusFromSqlite(db_, rc, "preparing SQL");
    if (kept) statements_.emplace(std::string(sql), statement);
    return statement;
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> statements_;
};

Result<std::unique_ptr<SqlConnection>> OpenConnection(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status status = Status::Unavailable("cannot open SQLite database " + path + ": " +
                                        (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_close_v2(db);
    return status;
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  auto connection = std::make_unique<SqliteConnection>(db);
  Status status = connection->ExecScript(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
      // Deleted content is overwritten with zeros, so an erasure leaves no
      // readable trace in free pages or free space within pages.
      "PRAGMA secure_delete = ON;");
  if (!status.ok()) {
    return Status::Unavailable("cannot set up SQLite database " + path + ": " + status.message());
  }
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace

Result<std::unique_ptr<SqliteChangeWatch>> OpenSqliteChangeWatch(
    const std::string& path, std::vector<ChangeListener*> listeners, WalIndexUse use) {
  FH_ASSIGN_OR_RETURN(std::unique_ptr<SqlConnection> connection, OpenConnection(path));
  std::unique_ptr<WalIndexHeader> header;
  // After a read, which opens the connection's WAL index.
  if (use == WalIndexUse::kRead && connection->Query("PRAGMA data_version", {}).ok()) {
    header = WalIndexHeader::Map(static_cast<SqliteConnection&>(*connection).handle());
  }
  return std::make_unique<SqliteChangeWatch>(std::move(connection), std::move(header),
                                             std::move(listeners));
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, SchemaUpgrade upgrade,
                                               Clock clock) {
  if (path.empty()) return Status::InvalidInput("empty SQLite database path");
  FH_RETURN_IF_ERROR(CreatePrivateDirectories(std::filesystem::path(path).parent_path()));
  if (path != ":memory:") FH_RETURN_IF_ERROR(CreatePrivateFile(path));
  FH_ASSIGN_OR_RETURN(std::unique_ptr<SqlConnection> first, OpenConnection(path));
  auto pool =
      std::make_unique<ConnectionPool>([path] { return OpenConnection(path); }, kSqlitePoolSize);
  pool->Add(std::move(first));
  auto store =
      std::make_unique<SqlStore>("sqlite", SqlDialect::kSqlite, std::move(pool), std::move(clock));
  if (upgrade == SchemaUpgrade::kApply) FH_RETURN_IF_ERROR(store->Migrate());
  // Requests then resolve unchanged sessions and tokens, and find the
  // candidates unchanged, without a query. An
  // in-memory database is one per connection: the watch could not see it.
  if (path != ":memory:") {
    auto credentials = std::make_unique<CredentialCache>();
    auto candidates_version = std::make_unique<VersionCache>();
    FH_ASSIGN_OR_RETURN(std::unique_ptr<SqliteChangeWatch> feed,
                        OpenSqliteChangeWatch(path, {credentials.get(), candidates_version.get()}));
    store->EnableChangeCaches(std::move(credentials), std::move(candidates_version),
                              std::move(feed));
  }
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace firsthire

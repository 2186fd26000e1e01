#include "store/postgres_store.h"

#include "store/postgres_listener.h"

#include <libpq-fe.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/sql_store.h"

namespace firsthire {
namespace {

// SQLSTATE classes and codes we map (PostgreSQL appendix A).
Status StatusFromSqlState(const char* state, const std::string& message) {
  std::string code = state != nullptr ? state : "";
  if (code == "23505") return Status::AlreadyExists(message);
  // disk_full, and class 58 (system errors: io_error, undefined_file, ...).
  if (code == "53100" || code.rfind("58", 0) == 0) return Status::IoError(message);
  if (code == "23503" || code == "23514" || code == "23502" || code == "22P02" || code == "42501") {
    return Status::InvalidInput(message);
  }
  if (code.rfind("08", 0) == 0 || code.rfind("57P", 0) == 0 || code == "53300" || code == "40001" ||
      code == "40P01") {
    return Status::Unavailable(message);
  }
  return Status::Internal(message);
}

void IgnoreNotice(void*, const char*) {}

// Distinct statements a connection keeps prepared; beyond them a statement
// runs unprepared (a bound on server memory should some SQL be built from
// many different pieces).
constexpr std::size_t kMaxPreparedStatements = 256;

// Lets the statement map be searched with a string_view (no copy per query).
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* conn) : conn_(conn) {}
  ~PostgresConnection() override { PQfinish(conn_); }
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Result<std::vector<SqlRow>> Query(std::string_view sql,
                                    const std::vector<SqlParam>& params) override {
    FH_RETURN_IF_ERROR(EnsureConnected());
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* number = std::get_if<std::int64_t>(&params[i])) {
        texts[i] = std::to_string(*number);
        values[i] = texts[i].c_str();
      } else if (const auto* text = std::get_if<std::string>(&params[i])) {
        values[i] = text->c_str();
      }
    }
    const int count = static_cast<int>(params.size());
    FH_ASSIGN_OR_RETURN(const std::string* name, Prepared(sql, count));
    PGresult* result =
        name != nullptr
            ? PQexecPrepared(conn_, name->c_str(), count, values.data(), nullptr, nullptr,
                             /*resultFormat=*/0)
            : PQexecParams(conn_, std::string(sql).c_str(), count, nullptr, values.data(), nullptr,
                           nullptr, /*resultFormat=*/0);
    return TakeRows(result);
  }

  // A script may change the schema under the prepared statements (a
  // migration, a restore): they are dropped after it and prepared afresh.
  Status ExecScript(std::string_view sql) override {
    Status status = Exec(sql);
    if (!prepared_.empty() && PQstatus(conn_) == CONNECTION_OK) {
      PQclear(PQexec(conn_, "DEALLOCATE ALL"));
      prepared_.clear();
    }
    return status;
  }

  Status Begin(bool write) override {
    FH_RETURN_IF_ERROR(Exec(write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ"));
    in_transaction_ = true;
    return Status::Ok();
  }
  Status Commit() override {
    Status status = Exec("COMMIT");
    in_transaction_ = false;
    return status;
  }
  void Rollback() override {
    in_transaction_ = false;
    if (PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_IDLE) {
      PQclear(PQexec(conn_, "ROLLBACK"));
    }
  }

 private:
  // Reconnects a connection the server dropped, but never in the middle of
  // a transaction (its work would silently be lost).
  Status EnsureConnected() {
    if (PQstatus(conn_) == CONNECTION_OK) return Status::Ok();
    if (in_transaction_) return Status::Unavailable("lost the PostgreSQL connection");
    PQreset(conn_);
    prepared_.clear();  // a new session has none
    if (PQstatus(conn_) != CONNECTION_OK) {
      return Status::Unavailable(std::string("PostgreSQL unreachable: ") + PQerrorMessage(conn_));
    }
    PQsetClientEncoding(conn_, "UTF8");
    return Status::Ok();
  }

  Status Exec(std::string_view sql) {
    FH_RETURN_IF_ERROR(EnsureConnected());
    return TakeRows(PQexec(conn_, std::string(sql).c_str())).status();
  }

  // The name `sql` is prepared under on this session, preparing it the
  // first time (PQprepare, parameter types inferred as PQexecParams would);
  // null when kMaxPreparedStatements are kept already.
  Result<const std::string*> Prepared(std::string_view sql, int params) {
    auto found = prepared_.find(sql);
    if (found != prepared_.end()) return &found->second;
    if (prepared_.size() >= kMaxPreparedStatements) return nullptr;
    std::string name = "fh_" + std::to_string(++prepared_count_);
    FH_RETURN_IF_ERROR(
        TakeRows(PQprepare(conn_, name.c_str(), std::string(sql).c_str(), params, nullptr))
            .status());
    return &prepared_.emplace(std::string(sql), std::move(name)).first->second;
  }

  Result<std::vector<SqlRow>> TakeRows(PGresult* result) {
    if (result == nullptr) {
      return Status::Unavailable(std::string("PostgreSQL: ") + PQerrorMessage(conn_));
    }
    ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      std::string message = PQresultErrorMessage(result);
      while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
      }
      Status error = PQstatus(conn_) != CONNECTION_OK
                         ? Status::Unavailable("PostgreSQL connection lost: " + message)
                         : StatusFromSqlState(PQresultErrorField(result, PG_DIAG_SQLSTATE),
                                              "PostgreSQL: " + message);
      PQclear(result);
      return error;
    }
    std::vector<SqlRow> rows;
    const int count = PQntuples(result);
    const int columns = PQnfields(result);
    rows.reserve(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r) {
      SqlRow row(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (PQgetisnull(result, r, c)) continue;
        row[static_cast<std::size_t>(c)] = std::string(
            PQgetvalue(result, r, c), static_cast<std::size_t>(PQgetlength(result, r, c)));
      }
      rows.push_back(std::move(row));
    }
    PQclear(result);
    return rows;
  }

  PGconn* conn_;
  bool in_transaction_ = false;
  // Statement text -> its name on this session (names are never reused).
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> prepared_;
  std::uint64_t prepared_count_ = 0;
};

Result<std::unique_ptr<SqlConnection>> OpenConnection(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr) return Status::Unavailable("libpq could not allocate a connection");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return Status::Unavailable("cannot connect to PostgreSQL: " + message);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  if (PQsetClientEncoding(conn, "UTF8") != 0) {
    PQfinish(conn);
    return Status::Unavailable("PostgreSQL refused client encoding UTF8");
  }
  return std::unique_ptr<SqlConnection>(std::make_unique<PostgresConnection>(conn));
}

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string& url) {
  return OpenConnection(url);
}

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url, SchemaUpgrade upgrade,
                                                 Clock clock) {
  FH_ASSIGN_OR_RETURN(std::unique_ptr<SqlConnection> first, OpenConnection(url));
  auto pool =
      std::make_unique<ConnectionPool>([url] { return OpenConnection(url); }, kPostgresPoolSize);
  pool->Add(std::move(first));
  auto store = std::make_unique<SqlStore>("postgresql", SqlDialect::kPostgres, std::move(pool),
                                          std::move(clock));
  if (upgrade == SchemaUpgrade::kApply) FH_RETURN_IF_ERROR(store->Migrate());
  // Requests then resolve unchanged sessions and tokens, and find the
  // candidates unchanged, without a round trip.
  auto credentials = std::make_unique<CredentialCache>();
  auto candidates_version = std::make_unique<VersionCache>();
  auto listener = std::make_unique<PostgresListener>(
      url,
      std::vector<PostgresListener::Subscription>{{kCredentialsChannel, credentials.get()},
                                                  {kCandidatesChannel, candidates_version.get()}});
  store->EnableChangeCaches(std::move(credentials), std::move(candidates_version),
                            std::move(listener));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace firsthire

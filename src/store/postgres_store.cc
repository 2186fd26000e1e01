#include "store/postgres_store.h"

#include "store/postgres_listener.h"

#include <libpq-fe.h>

#include <cstring>
#include <utility>

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
    std::string statement(sql);
    PGresult* result = PQexecParams(conn_, statement.c_str(), static_cast<int>(params.size()),
                                    nullptr, values.data(), nullptr, nullptr, /*resultFormat=*/0);
    return TakeRows(result);
  }

  Status ExecScript(std::string_view sql) override {
    FH_RETURN_IF_ERROR(EnsureConnected());
    std::string script(sql);
    return TakeRows(PQexec(conn_, script.c_str())).status();
  }

  Status Begin(bool write) override {
    FH_RETURN_IF_ERROR(ExecScript(write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ"));
    in_transaction_ = true;
    return Status::Ok();
  }
  Status Commit() override {
    Status status = ExecScript("COMMIT");
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
    if (PQstatus(conn_) != CONNECTION_OK) {
      return Status::Unavailable(std::string("PostgreSQL unreachable: ") + PQerrorMessage(conn_));
    }
    PQsetClientEncoding(conn_, "UTF8");
    return Status::Ok();
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
  // Requests then resolve unchanged sessions and tokens without a round trip.
  auto cache = std::make_unique<CredentialCache>();
  auto listener = std::make_unique<PostgresListener>(url, *cache);
  store->EnableCredentialCache(std::move(cache), std::move(listener));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace firsthire

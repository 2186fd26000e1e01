// SqlConnection: the small slice of a database driver the SQL store needs.
//
// Both backends (SQLite, PostgreSQL) implement it, so the store's logic and
// almost all of its SQL are shared. Statements use PostgreSQL-style
// placeholders $1..$n; values are always bound, never spliced into SQL.
// Every result value comes back as text (integers in decimal), NULL as
// std::nullopt. Driver errors become a Status: unique violation ->
// kAlreadyExists, foreign-key / check violation -> kInvalidInput, database
// unreachable or busy -> kUnavailable, anything else -> kInternal.
//
// A connection is used by one thread at a time (ConnectionPool hands it
// out); it is not thread-safe itself.
#ifndef FIRSTHIRE_STORE_SQL_CONNECTION_H_
#define FIRSTHIRE_STORE_SQL_CONNECTION_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "firsthire/status.h"

namespace firsthire {

enum class SqlDialect { kSqlite, kPostgres };

using SqlParam = std::variant<std::nullptr_t, std::int64_t, std::string>;
using SqlRow = std::vector<std::optional<std::string>>;

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual SqlDialect dialect() const = 0;

  // Runs one statement with bound parameters and returns its rows (none for
  // statements without RETURNING).
  virtual Result<std::vector<SqlRow>> Query(std::string_view sql,
                                            const std::vector<SqlParam>& params) = 0;

  // Runs a script of several statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;

  // Transactions. A write transaction takes the write lock up front (SQLite
  // BEGIN IMMEDIATE); a read transaction reads from one snapshot.
  virtual Status Begin(bool write) = 0;
  virtual Status Commit() = 0;
  // Best effort; never fails visibly (a broken connection is reset later).
  virtual void Rollback() = 0;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_SQL_CONNECTION_H_

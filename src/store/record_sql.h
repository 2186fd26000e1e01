// Generic SQL for records described by RecordTable (record_table.h):
// insert, select by key or by a WHERE clause, update, delete, paged lists.
// Each runs on the connection it is given, inside whatever transaction the
// caller opened. SQL text is assembled only from the compile-time table and
// column names and from clause text written in the store's code; every
// value goes through a placeholder.
#ifndef FIRSTHIRE_STORE_RECORD_SQL_H_
#define FIRSTHIRE_STORE_RECORD_SQL_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "firsthire/status.h"
#include "store/record_table.h"
#include "store/sql_connection.h"

namespace firsthire {

// Accumulates "a = $1 AND b = $2" with its parameters.
class WhereClause {
 public:
  // Adds `lhs` followed by the next placeholder, e.g. Add("status = ", v).
  void Add(std::string_view lhs, SqlParam value) {
    params_.push_back(std::move(value));
    Append(std::string(lhs) + "$" + std::to_string(params_.size()));
  }
  // Adds a condition without a value, e.g. "erased = 0".
  void AddRaw(std::string_view condition) { Append(std::string(condition)); }
  // Adds a parameter and returns its placeholder without adding a condition.
  std::string Bind(SqlParam value) {
    params_.push_back(std::move(value));
    return "$" + std::to_string(params_.size());
  }

  // " WHERE ..." or "" when empty.
  std::string Sql() const { return sql_.empty() ? std::string() : " WHERE " + sql_; }
  const std::vector<SqlParam>& params() const { return params_; }

 private:
  void Append(const std::string& condition) {
    if (!sql_.empty()) sql_ += " AND ";
    sql_ += condition;
  }
  std::string sql_;
  std::vector<SqlParam> params_;
};

template <typename T>
Status InsertRecord(SqlConnection& connection, const T& record) {
  const RecordTable<T>& table = TableOf<T>();
  std::string placeholders;
  std::vector<SqlParam> params;
  for (const Column<T>& column : table.columns) {
    params.push_back(ColumnParam(column, record));
    if (!placeholders.empty()) placeholders += ", ";
    placeholders += "$" + std::to_string(params.size());
  }
  std::string sql = std::string("INSERT INTO ") + table.name + " (" + ColumnList<T>() +
                    ") VALUES (" + placeholders + ")";
  return connection.Query(sql, params).status();
}

template <typename T>
Result<std::vector<T>> SelectRecords(SqlConnection& connection, const WhereClause& where,
                                     std::string_view order_and_limit = {}) {
  std::string sql = "SELECT " + ColumnList<T>() + " FROM " + TableOf<T>().name + where.Sql();
  if (!order_and_limit.empty()) sql += " " + std::string(order_and_limit);
  FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, connection.Query(sql, where.params()));
  std::vector<T> records;
  records.reserve(rows.size());
  for (SqlRow& row : rows) records.push_back(RecordFromRow<T>(std::move(row)));
  return records;
}

// The record whose key column equals `key`; kNotFound otherwise.
template <typename T>
Result<T> SelectByKey(SqlConnection& connection, const std::string& key) {
  const RecordTable<T>& table = TableOf<T>();
  WhereClause where;
  where.Add(std::string(table.columns[0].name) + " = ", key);
  FH_ASSIGN_OR_RETURN(std::vector<T> records, SelectRecords<T>(connection, where));
  if (records.empty()) return Status::NotFound(std::string(table.noun) + " not found");
  return std::move(records.front());
}

// Writes every non-key column of the record with the record's key.
template <typename T>
Status UpdateRecord(SqlConnection& connection, const T& record) {
  const RecordTable<T>& table = TableOf<T>();
  std::vector<SqlParam> params{ColumnParam(table.columns[0], record)};
  std::string assignments;
  for (std::size_t i = 1; i < table.columns.size(); ++i) {
    params.push_back(ColumnParam(table.columns[i], record));
    if (!assignments.empty()) assignments += ", ";
    assignments += std::string(table.columns[i].name) + " = $" + std::to_string(params.size());
  }
  std::string key = table.columns[0].name;
  std::string sql = std::string("UPDATE ") + table.name + " SET " + assignments + " WHERE " + key +
                    " = $1 RETURNING " + key;
  FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, connection.Query(sql, params));
  if (rows.empty()) return Status::NotFound(std::string(table.noun) + " not found");
  return Status::Ok();
}

// Deletes by key; kNotFound when absent, kAlreadyExists when still
// referenced by another record.
template <typename T>
Status DeleteByKey(SqlConnection& connection, const std::string& key) {
  const RecordTable<T>& table = TableOf<T>();
  std::string column = table.columns[0].name;
  std::string sql =
      std::string("DELETE FROM ") + table.name + " WHERE " + column + " = $1 RETURNING " + column;
  Result<std::vector<SqlRow>> rows = connection.Query(sql, {key});
  if (!rows.ok()) {
    if (rows.status().code() == Code::kInvalidInput) {
      return Status::AlreadyExists(std::string(table.noun) + " is still referenced");
    }
    return rows.status();
  }
  if (rows->empty()) return Status::NotFound(std::string(table.noun) + " not found");
  return Status::Ok();
}

inline Page ClampPage(Page page) {
  if (page.limit <= 0) page.limit = 50;
  page.limit = std::min(page.limit, 500);
  page.offset = std::max<std::int64_t>(page.offset, 0);
  return page;
}

// One page of the records matching `where`, in `order` (e.g. "created_at,
// id"), plus the total count. One statement carries both (the count is an
// uncorrelated subquery, computed once, beside each row), so they agree
// without a transaction and cost one round trip. A page past the end has no
// row to carry the count; it is then counted on its own.
template <typename T>
Result<Listing<T>> ListRecords(SqlConnection& connection, WhereClause where, std::string_view order,
                               Page page) {
  page = ClampPage(page);
  Listing<T> listing;
  const std::string from = std::string(" FROM ") + TableOf<T>().name + where.Sql();
  const std::string count_sql = "SELECT COUNT(*)" + from;
  const std::vector<SqlParam> filter = where.params();
  std::string limit = where.Bind(std::int64_t{page.limit});
  std::string offset = where.Bind(page.offset);
  std::string sql = "SELECT " + ColumnList<T>() + ", (" + count_sql + ")" + from + " ORDER BY " +
                    std::string(order) + " LIMIT " + limit + " OFFSET " + offset;
  FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, connection.Query(sql, where.params()));
  if (rows.empty() && page.offset > 0) {
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> count, connection.Query(count_sql, filter));
    listing.total = count.empty() || count[0].empty() ? 0 : ParseInt64(count[0][0]);
  } else if (!rows.empty() && !rows[0].empty()) {
    listing.total = ParseInt64(rows[0].back());
  }
  listing.items.reserve(rows.size());
  for (SqlRow& row : rows) listing.items.push_back(RecordFromRow<T>(std::move(row)));
  return listing;
}

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_RECORD_SQL_H_

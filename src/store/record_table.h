// RecordTable: how each stored record maps onto its SQL table.
//
// One description per record type (TableOf<User>(), ...) lists the table,
// and for every column the record member it holds and its kind. The generic
// SQL helpers (record_sql.h) and the portable dump (store_dump.cc) are
// written once against these descriptions. Table and column names are
// compile-time constants; only values are ever bound.
#ifndef FIRSTHIRE_STORE_RECORD_TABLE_H_
#define FIRSTHIRE_STORE_RECORD_TABLE_H_

#include <charconv>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "store/sql_connection.h"
#include "store/store.h"

namespace firsthire {

enum class ColumnKind {
  kText,  // TEXT NOT NULL
  kRef,   // nullable TEXT foreign key; "" in the record is NULL in the table
  kInt,   // BIGINT
  kBool,  // INTEGER 0/1
};

template <typename T>
struct Column {
  const char* name;
  ColumnKind kind;
  std::string T::*text = nullptr;     // kText, kRef
  std::int64_t T::*number = nullptr;  // kInt
  bool T::*flag = nullptr;            // kBool
  // Added by a later migration: a dump written before it may lack the
  // column, and the record's default is kept (store_dump.cc).
  bool added_later = false;
};

template <typename T>
Column<T> TextColumn(const char* name, std::string T::*member) {
  return {name, ColumnKind::kText, member, nullptr, nullptr, false};
}
template <typename T>
Column<T> RefColumn(const char* name, std::string T::*member) {
  return {name, ColumnKind::kRef, member, nullptr, nullptr, false};
}
template <typename T>
Column<T> IntColumn(const char* name, std::int64_t T::*member) {
  return {name, ColumnKind::kInt, nullptr, member, nullptr, false};
}
template <typename T>
Column<T> BoolColumn(const char* name, bool T::*member) {
  return {name, ColumnKind::kBool, nullptr, nullptr, member, false};
}

template <typename T>
Column<T> Later(Column<T> column) {
  column.added_later = true;
  return column;
}

// columns[0] is the primary key.
template <typename T>
struct RecordTable {
  const char* name;  // SQL table, e.g. "candidates"
  const char* noun;  // audit object type and messages, e.g. "candidate"
  std::vector<Column<T>> columns;
};

template <typename T>
const RecordTable<T>& TableOf();
template <>
const RecordTable<store::User>& TableOf<store::User>();
template <>
const RecordTable<store::Session>& TableOf<store::Session>();
template <>
const RecordTable<store::ApiToken>& TableOf<store::ApiToken>();
template <>
const RecordTable<store::StoredBrief>& TableOf<store::StoredBrief>();
template <>
const RecordTable<store::StoredOpening>& TableOf<store::StoredOpening>();
template <>
const RecordTable<store::StoredCandidate>& TableOf<store::StoredCandidate>();
template <>
const RecordTable<store::StoredInterview>& TableOf<store::StoredInterview>();
template <>
const RecordTable<store::StoredScorecard>& TableOf<store::StoredScorecard>();
template <>
const RecordTable<store::StoredTeamMember>& TableOf<store::StoredTeamMember>();
template <>
const RecordTable<store::StoredProposal>& TableOf<store::StoredProposal>();
template <>
const RecordTable<store::StoredPlan>& TableOf<store::StoredPlan>();
template <>
const RecordTable<store::StoredDecision>& TableOf<store::StoredDecision>();
template <>
const RecordTable<store::AuditEntry>& TableOf<store::AuditEntry>();

// "a, b, c" for the table's columns.
template <typename T>
std::string ColumnList() {
  std::string out;
  for (const Column<T>& column : TableOf<T>().columns) {
    if (!out.empty()) out += ", ";
    out += column.name;
  }
  return out;
}

// The value of one column of `record` as a bound parameter.
template <typename T>
SqlParam ColumnParam(const Column<T>& column, const T& record) {
  switch (column.kind) {
    case ColumnKind::kText:
      return record.*column.text;
    case ColumnKind::kRef:
      if ((record.*column.text).empty()) return nullptr;
      return record.*column.text;
    case ColumnKind::kInt:
      return record.*column.number;
    case ColumnKind::kBool:
      return static_cast<std::int64_t>(record.*column.flag ? 1 : 0);
  }
  return nullptr;
}

inline std::int64_t ParseInt64(const std::optional<std::string>& text) {
  std::int64_t value = 0;
  if (text.has_value()) std::from_chars(text->data(), text->data() + text->size(), value);
  return value;
}

// A record from a row selected with ColumnList<T>(). A row passed as an
// rvalue gives up its texts (moved, not copied).
template <typename T, typename Row>
T RecordFromRow(Row&& row) {
  static_assert(std::is_same_v<std::remove_cvref_t<Row>, SqlRow>);
  constexpr bool kMove = !std::is_lvalue_reference_v<Row> && !std::is_const_v<Row>;
  T record{};
  const auto& columns = TableOf<T>().columns;
  for (std::size_t i = 0; i < columns.size() && i < row.size(); ++i) {
    const Column<T>& column = columns[i];
    switch (column.kind) {
      case ColumnKind::kText:
      case ColumnKind::kRef:
        if (!row[i]) {
          (record.*column.text).clear();
        } else if constexpr (kMove) {
          record.*column.text = std::move(*row[i]);
        } else {
          record.*column.text = *row[i];
        }
        break;
      case ColumnKind::kInt:
        record.*column.number = ParseInt64(row[i]);
        break;
      case ColumnKind::kBool:
        record.*column.flag = ParseInt64(row[i]) != 0;
        break;
    }
  }
  return record;
}

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_RECORD_TABLE_H_

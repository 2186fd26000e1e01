// SqlStore::Export / Import: the portable dump behind `firsthire backup`
// and `firsthire restore` (format in docs/store.md).
//
// A dump is JSON lines: a header, one line per row of every dumped table in
// an order that satisfies foreign keys (parents first), and an end line
// with the row count, so a truncated file is detected. Values are JSON
// strings, integers and booleans, never backend-specific text, so a dump
// taken from SQLite restores into PostgreSQL and back.
#include <istream>
#include <ostream>

#include <nlohmann/json.hpp>

#include "store/record_sql.h"
#include "store/sql_store.h"

namespace firsthire {
namespace {

constexpr char kFormat[] = "firsthire-dump";
constexpr int kFormatVersion = 1;

using Json = nlohmann::json;

template <typename T>
Json RecordToJson(const T& record) {
  Json row = Json::object();
  for (const Column<T>& column : TableOf<T>().columns) {
    switch (column.kind) {
      case ColumnKind::kText:
      case ColumnKind::kRef:
        row[column.name] = record.*column.text;
        break;
      case ColumnKind::kInt:
        row[column.name] = record.*column.number;
        break;
      case ColumnKind::kBool:
        row[column.name] = record.*column.flag;
        break;
    }
  }
  return row;
}

template <typename T>
Status RecordFromJson(const Json& row, T& record) {
  if (!row.is_object()) return Status::InvalidInput("\"row\" must be an object");
  for (const Column<T>& column : TableOf<T>().columns) {
    auto value = row.find(column.name);
    if (value == row.end() && column.added_later) continue;  // an older dump
    bool ok = value != row.end();
    if (ok) {
      switch (column.kind) {
        case ColumnKind::kText:
        case ColumnKind::kRef:
          ok = value->is_string();
          if (ok) record.*column.text = value->template get<std::string>();
          break;
        case ColumnKind::kInt:
          ok = value->is_number_integer();
          if (ok) record.*column.number = value->template get<std::int64_t>();
          break;
        case ColumnKind::kBool:
          ok = value->is_boolean();
          if (ok) record.*column.flag = value->template get<bool>();
          break;
      }
    }
    if (!ok) {
      return Status::InvalidInput(std::string("column ") + TableOf<T>().name + "." + column.name +
                                  " is missing or has the wrong type");
    }
  }
  return Status::Ok();
}

// What the dump does for one table.
struct DumpedTable {
  const char* name;
  // Writes every row as a line; adds to `rows`.
  Status (*write)(SqlConnection&, std::ostream&, std::int64_t& rows);
  // Inserts one row read from a dump line.
  Status (*insert)(SqlConnection&, const Json& row);
};

std::string Line(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

template <typename T>
Status WriteTable(SqlConnection& connection, std::ostream& out, std::int64_t& rows) {
  std::string order = std::string("ORDER BY ") + TableOf<T>().columns[0].name;
  FH_ASSIGN_OR_RETURN(std::vector<T> records, SelectRecords<T>(connection, {}, order));
  for (const T& record : records) {
    out << Line({{"table", TableOf<T>().name}, {"row", RecordToJson(record)}});
    ++rows;
  }
  if (!out) return Status::IoError("writing the dump failed");
  return Status::Ok();
}

template <typename T>
Status InsertRow(SqlConnection& connection, const Json& row) {
  T record{};
  FH_RETURN_IF_ERROR(RecordFromJson(row, record));
  return InsertRecord(connection, record);
}

template <typename T>
DumpedTable Dumped() {
  return {TableOf<T>().name, &WriteTable<T>, &InsertRow<T>};
}

// Parents before children. Sessions and throttle counters are transient
// and not dumped.
const std::vector<DumpedTable>& DumpedTables() {
  static const std::vector<DumpedTable> tables{
      Dumped<store::User>(),
      Dumped<store::ApiToken>(),
      Dumped<store::StoredBrief>(),
      Dumped<store::StoredOpening>(),
      Dumped<store::StoredCandidate>(),
      Dumped<store::StoredInterview>(),
      Dumped<store::StoredScorecard>(),
      Dumped<store::StoredTeamMember>(),
      Dumped<store::StoredProposal>(),
      Dumped<store::StoredPlan>(),
      Dumped<store::StoredDecision>(),
      Dumped<store::AuditEntry>(),
  };
  return tables;
}

}  // namespace

Status SqlStore::Export(std::ostream& out) {
  FH_ASSIGN_OR_RETURN(int schema_version, SchemaVersion());
  return InTransaction(false, [&](SqlConnection& connection) {
    out << Line({{"format", kFormat},
                 {"version", kFormatVersion},
                 {"schema_version", schema_version},
                 {"backend", backend_name_},
                 {"exported_at", Now()}});
    std::int64_t rows = 0;
    for (const DumpedTable& table : DumpedTables()) {
      FH_RETURN_IF_ERROR(table.write(connection, out, rows));
    }
    out << Line({{"end", true}, {"rows", rows}});
    out.flush();
    if (!out) return Status::IoError("writing the dump failed");
    return Status::Ok();
  });
}

Status SqlStore::Import(std::istream& in) {
  std::string line;
  int line_number = 1;
  auto bad = [&line_number](const std::string& what) {
    return Status::InvalidInput("dump line " + std::to_string(line_number) + ": " + what,
                                {.line = line_number});
  };
  if (!std::getline(in, line)) return bad("empty dump");
  Json header = Json::parse(line, nullptr, false);
  if (header.is_discarded() || !header.is_object() || header.value("format", "") != kFormat) {
    return bad("not a firsthire dump (no header line)");
  }
  if (header.value("version", 0) != kFormatVersion) {
    return bad("unsupported dump version " + header.value("version", Json()).dump());
  }
  return InTransaction(true, [&](SqlConnection& connection) {
    for (const DumpedTable& table : DumpedTables()) {
      FH_ASSIGN_OR_RETURN(std::vector<SqlRow> count,
                          connection.Query(std::string("SELECT COUNT(*) FROM ") + table.name, {}));
      if (!count.empty() && !count[0].empty() && ParseInt64(count[0][0]) != 0) {
        return Status::AlreadyExists(std::string("cannot restore into a database that has ") +
                                     table.name + " rows; restore needs an empty database");
      }
    }
    std::int64_t rows = 0;
    bool ended = false;
    while (std::getline(in, line)) {
      ++line_number;
      if (line.empty()) continue;
      if (ended) return bad("data after the end line");
      Json entry = Json::parse(line, nullptr, false);
      if (entry.is_discarded() || !entry.is_object()) return bad("not a JSON object");
      if (entry.contains("end")) {
        if (entry.value("rows", std::int64_t{-1}) != rows) {
          return bad("end line counts a different number of rows than were read");
        }
        ended = true;
        continue;
      }
      std::string name = entry.value("table", "");
      const DumpedTable* target = nullptr;
      for (const DumpedTable& table : DumpedTables()) {
        if (name == table.name) target = &table;
      }
      if (target == nullptr) return bad("unknown table \"" + name + "\"");
      Status inserted = target->insert(connection, entry.contains("row") ? entry["row"] : Json());
      if (!inserted.ok()) return bad(inserted.message());
      ++rows;
    }
    if (!ended) return bad("the dump is truncated (no end line)");
    if (dialect_ == SqlDialect::kPostgres) {
      // Explicit seq values bypass the identity sequence; move it past them.
      FH_RETURN_IF_ERROR(connection
                             .Query("SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), "
                                    "COALESCE((SELECT MAX(seq) FROM audit_log), 0) + 1, false)",
                                    {})
                             .status());
    }
    return Status::Ok();
  });
}

}  // namespace firsthire

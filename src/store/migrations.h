// The versioned schema of the store: one SQL script per backend per version,
// the files src/store/migrations/<backend>/NNNN_<name>.sql embedded in the
// binary at build time (src/CMakeLists.txt; docs/store.md).
//
// Versions are applied in order, each in its own transaction, and recorded
// in schema_version(version, applied_at). A released migration is never
// edited: a change to the schema is a new pair of files with the next
// number. A file's first line is "-- <description>", the text recorded in
// schema_version; both backends' files of one version carry the same name
// and the same description.
#ifndef FIRSTHIRE_STORE_MIGRATIONS_H_
#define FIRSTHIRE_STORE_MIGRATIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "store/sql_connection.h"

namespace firsthire {

// One embedded file.
struct MigrationFile {
  std::string_view backend;  // its directory: "sqlite" or "postgresql"
  std::string_view name;     // e.g. "0001_initial_schema.sql"
  std::string_view sql;      // the whole file
};

// Every embedded file, as the build found them (defined in a file
// src/CMakeLists.txt generates).
std::vector<MigrationFile> EmbeddedMigrationFiles();

// "" when `files` hold, for each backend, 0001_*.sql, 0002_*.sql, ... with no
// gap or repeat, the two backends the same names, and each pair the same
// "-- <description>" first line; otherwise what is wrong, naming the file.
std::string MigrationFilesProblem(const std::vector<MigrationFile>& files);

struct Migration {
  int version;
  std::string description;
  std::string sqlite_sql;
  std::string postgres_sql;

  const std::string& SqlFor(SqlDialect dialect) const {
    return dialect == SqlDialect::kSqlite ? sqlite_sql : postgres_sql;
  }
};

// Every migration, oldest first; versions are 1, 2, 3, ... Empty when the
// embedded files have a problem (MigrationFilesProblem): Migrate() then
// fails without touching the database.
const std::vector<Migration>& Migrations();

// The CREATE TABLE IF NOT EXISTS for schema_version itself.
const char* SchemaVersionTableSql(SqlDialect dialect);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_MIGRATIONS_H_

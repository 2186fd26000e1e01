// The versioned schema of the store, one script per backend per version.
//
// Versions are applied in order, each in its own transaction, and recorded
// in schema_version(version, applied_at). A released migration is never
// edited: a change to the schema is a new version appended to the list.
#ifndef FIRSTHIRE_STORE_MIGRATIONS_H_
#define FIRSTHIRE_STORE_MIGRATIONS_H_

#include <vector>

#include "store/sql_connection.h"

namespace firsthire {

struct Migration {
  int version;
  const char* description;
  const char* sqlite_sql;
  const char* postgres_sql;

  const char* SqlFor(SqlDialect dialect) const {
    return dialect == SqlDialect::kSqlite ? sqlite_sql : postgres_sql;
  }
};

// Every migration, oldest first; versions are 1, 2, 3, ...
const std::vector<Migration>& Migrations();

// The CREATE TABLE IF NOT EXISTS for schema_version itself.
const char* SchemaVersionTableSql(SqlDialect dialect);

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_MIGRATIONS_H_

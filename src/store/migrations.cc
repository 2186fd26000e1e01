#include "store/migrations.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

namespace firsthire {
namespace {

constexpr std::string_view kSqliteDir = "sqlite";
constexpr std::string_view kPostgresDir = "postgresql";

// The number "0012_name.sql" starts with, or 0 when the name is not shaped
// NNNN_<name>.sql.
int VersionOf(std::string_view name) {
  if (name.size() < 10 || name[4] != '_' || !name.ends_with(".sql")) return 0;
  int version = 0;
  for (char c : name.substr(0, 4)) {
    if (c < '0' || c > '9') return 0;
    version = version * 10 + (c - '0');
  }
  return version;
}

// The file's first line after "-- ", or "" when it has none.
std::string_view DescriptionOf(std::string_view sql) {
  if (!sql.starts_with("-- ")) return {};
  std::string_view line = sql.substr(3, sql.find('\n') - 3);
  return line.find_first_not_of(' ') == std::string_view::npos ? std::string_view{} : line;
}

// `backend`'s files, ordered by name.
std::vector<MigrationFile> FilesOf(const std::vector<MigrationFile>& files,
                                   std::string_view backend) {
  std::vector<MigrationFile> found;
  std::copy_if(files.begin(), files.end(), std::back_inserter(found),
               [&](const MigrationFile& file) { return file.backend == backend; });
  std::sort(found.begin(), found.end(),
            [](const MigrationFile& a, const MigrationFile& b) { return a.name < b.name; });
  return found;
}

std::string PathOf(const MigrationFile& file) {
  return std::string(file.backend) + "/" + std::string(file.name);
}

// What is wrong with one backend's ordered, well-named files, or "".
std::string SequenceProblem(const std::vector<MigrationFile>& files) {
  for (std::size_t i = 0; i < files.size(); ++i) {
    const int expected = static_cast<int>(i) + 1;
    if (VersionOf(files[i].name) != expected) {
      return PathOf(files[i]) + ": expected version " + std::to_string(expected) +
             " here (a number is missing or repeated)";
    }
    if (DescriptionOf(files[i].sql).empty()) {
      return PathOf(files[i]) + ": the first line must be \"-- <description>\"";
    }
  }
  return "";
}

}  // namespace

std::string MigrationFilesProblem(const std::vector<MigrationFile>& files) {
  for (const MigrationFile& file : files) {
    if (file.backend != kSqliteDir && file.backend != kPostgresDir) {
      return PathOf(file) + ": the directory must be sqlite or postgresql";
    }
    if (VersionOf(file.name) == 0) return PathOf(file) + ": the name must be NNNN_<name>.sql";
  }
  const std::vector<MigrationFile> sqlite = FilesOf(files, kSqliteDir);
  const std::vector<MigrationFile> postgres = FilesOf(files, kPostgresDir);
  for (const std::vector<MigrationFile>* backend : {&sqlite, &postgres}) {
    if (std::string problem = SequenceProblem(*backend); !problem.empty()) return problem;
  }
  for (std::size_t i = 0; i < std::max(sqlite.size(), postgres.size()); ++i) {
    if (i >= postgres.size()) return PathOf(sqlite[i]) + " has no postgresql/ counterpart";
    if (i >= sqlite.size()) return PathOf(postgres[i]) + " has no sqlite/ counterpart";
    if (sqlite[i].name != postgres[i].name) {
      return PathOf(sqlite[i]) + " and " + PathOf(postgres[i]) + ": one version, two names";
    }
    if (DescriptionOf(sqlite[i].sql) != DescriptionOf(postgres[i].sql)) {
      return PathOf(sqlite[i]) + " and " + PathOf(postgres[i]) + ": the descriptions differ";
    }
  }
  return "";
}

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = [] {
    std::vector<Migration> all;
    const std::vector<MigrationFile> files = EmbeddedMigrationFiles();
    if (!MigrationFilesProblem(files).empty()) return all;
    const std::vector<MigrationFile> sqlite = FilesOf(files, kSqliteDir);
    const std::vector<MigrationFile> postgres = FilesOf(files, kPostgresDir);
    for (std::size_t i = 0; i < sqlite.size(); ++i) {
      all.push_back({.version = static_cast<int>(i) + 1,
                     .description = std::string(DescriptionOf(sqlite[i].sql)),
                     .sqlite_sql = std::string(sqlite[i].sql),
                     .postgres_sql = std::string(postgres[i].sql)});
    }
    return all;
  }();
  return migrations;
}

const char* SchemaVersionTableSql(SqlDialect dialect) {
  return dialect == SqlDialect::kSqlite ? "CREATE TABLE IF NOT EXISTS schema_version ("
                                          "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                          "applied_at INTEGER NOT NULL)"
                                        : "CREATE TABLE IF NOT EXISTS schema_version ("
                                          "version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
                                          "applied_at BIGINT NOT NULL)";
}

}  // namespace firsthire

// The embedded migration files: complete, ordered, one pair per version.
#include "store/migrations.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace firsthire {
namespace {

TEST(MigrationFilesTest, EachBackendHasEveryVersionInOrder) {
  const std::vector<MigrationFile> files = EmbeddedMigrationFiles();
  EXPECT_EQ(MigrationFilesProblem(files), "");
  int sqlite_files = 0;
  for (const MigrationFile& file : files) sqlite_files += file.backend == "sqlite";
  ASSERT_GE(sqlite_files, 4);
  EXPECT_EQ(files.size(), 2u * static_cast<std::size_t>(sqlite_files));
  const std::vector<Migration>& migrations = Migrations();
  ASSERT_EQ(migrations.size(), static_cast<std::size_t>(sqlite_files));
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    const Migration& migration = migrations[i];
    EXPECT_EQ(migration.version, static_cast<int>(i) + 1);
    EXPECT_FALSE(migration.description.empty()) << migration.version;
    // The recorded description is the first line of both files.
    EXPECT_EQ(migration.sqlite_sql.rfind("-- " + migration.description + "\n", 0), 0u);
    EXPECT_EQ(migration.postgres_sql.rfind("-- " + migration.description + "\n", 0), 0u);
    EXPECT_NE(migration.sqlite_sql, migration.postgres_sql) << migration.version;
  }
  EXPECT_EQ(migrations[0].description,
            "initial schema: accounts, hiring records, audit log, search");
  EXPECT_NE(migrations[3].SqlFor(SqlDialect::kPostgres).find("expires_at BIGINT"),
            std::string::npos);
  EXPECT_NE(migrations[3].SqlFor(SqlDialect::kSqlite).find("expires_at INTEGER"),
            std::string::npos);
}

// Two backends' files for versions 1 and 2, which the tests below break one
// way at a time.
std::vector<MigrationFile> GoodFiles() {
  return {{"sqlite", "0001_a.sql", "-- first\nCREATE TABLE a (x INTEGER);\n"},
          {"postgresql", "0002_b.sql", "-- second\nCREATE TABLE b (x BIGINT);\n"},
          {"sqlite", "0002_b.sql", "-- second\nCREATE TABLE b (x INTEGER);\n"},
          {"postgresql", "0001_a.sql", "-- first\nCREATE TABLE a (x BIGINT);\n"}};
}

TEST(MigrationFilesTest, CompleteFilesInAnyOrderHaveNoProblem) {
  EXPECT_EQ(MigrationFilesProblem(GoodFiles()), "");
  EXPECT_EQ(MigrationFilesProblem({}), "");
}

// The problem with GoodFiles() after `change`.
template <typename Change>
std::string ProblemAfter(Change change) {
  std::vector<MigrationFile> files = GoodFiles();
  change(files);
  return MigrationFilesProblem(files);
}

using Files = std::vector<MigrationFile>;

TEST(MigrationFilesTest, AGapOrARepeatedNumberIsNamed) {
  EXPECT_EQ(ProblemAfter([](Files& f) { f[2].name = "0003_b.sql"; }),
            "sqlite/0003_b.sql: expected version 2 here (a number is missing or repeated)");
  EXPECT_EQ(ProblemAfter([](Files& f) { f[1].name = "0001_b.sql"; }),
            "postgresql/0001_b.sql: expected version 2 here (a number is missing or repeated)");
}

TEST(MigrationFilesTest, AVersionMissingFromOneBackendIsNamed) {
  EXPECT_EQ(ProblemAfter([](Files& f) { f.erase(f.begin() + 1); }),  // postgresql/0002_b.sql
            "sqlite/0002_b.sql has no postgresql/ counterpart");
  EXPECT_EQ(ProblemAfter([](Files& f) { f.erase(f.begin() + 2); }),  // sqlite/0002_b.sql
            "postgresql/0002_b.sql has no sqlite/ counterpart");
}

TEST(MigrationFilesTest, APairMustShareItsNameAndDescription) {
  EXPECT_EQ(ProblemAfter([](Files& f) { f[1].name = "0002_c.sql"; }),
            "sqlite/0002_b.sql and postgresql/0002_c.sql: one version, two names");
  EXPECT_EQ(ProblemAfter([](Files& f) { f[1].sql = "-- another\nCREATE TABLE b (x BIGINT);\n"; }),
            "sqlite/0002_b.sql and postgresql/0002_b.sql: the descriptions differ");
}

TEST(MigrationFilesTest, ABadNameDescriptionOrDirectoryIsNamed) {
  EXPECT_EQ(ProblemAfter([](Files& f) { f[0].name = "1_a.sql"; }),
            "sqlite/1_a.sql: the name must be NNNN_<name>.sql");
  EXPECT_EQ(ProblemAfter([](Files& f) { f[0].sql = "CREATE TABLE a (x INTEGER);\n"; }),
            "sqlite/0001_a.sql: the first line must be \"-- <description>\"");
  EXPECT_EQ(ProblemAfter([](Files& f) { f[0].backend = "mysql"; }),
            "mysql/0001_a.sql: the directory must be sqlite or postgresql");
}

}  // namespace
}  // namespace firsthire

// One database, one owner, through the real binary: while `firsthire serve`
// holds a database, `restore --replace` and a `migrate` with migrations to
// apply refuse (exit 3) and change nothing, while `user`, `token`, `backup`
// and a `migrate` with nothing to apply work; and a server refuses to start
// while such an operation runs. SQLite always, PostgreSQL when
// FIRSTHIRE_TEST_PG_URL is set (restore --replace is SQLite only).
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "ops_test_env.h"
#include "server_process.h"
#include "store/database_claim.h"
#include "store/postgres_store.h"
#include "store/store.h"

namespace firsthire::ops_testing {
namespace {

constexpr int kExitInUse = 3;

class OwnerTest : public DatabaseVerbTest {
 protected:
  // Forgets the newest migration, as if this program were newer than the
  // database (the tables stay; only the record goes).
  void ForgetNewestMigration() {
    const char* sql =
        "DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)";
    if (GetParam() == Backend::kPostgres) {
      auto connection = OpenPostgresConnection(db_->url());
      ASSERT_TRUE(connection.ok()) << connection.status().ToString();
      ASSERT_TRUE((*connection)->Query(sql, {}).ok());
      return;
    }
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(SqlitePath(db_->url()).c_str(), &handle), SQLITE_OK);
    sqlite3_busy_timeout(handle, 5000);
    EXPECT_EQ(sqlite3_exec(handle, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(handle);
  }

  int SchemaVersion() {
    auto store = OpenStore(db_->url(), SchemaUpgrade::kSkip);
    EXPECT_TRUE(store.ok());
    if (!store.ok()) return -1;
    auto version = (*store)->SchemaVersion();
    return version.ok() ? *version : -1;
  }
};

INSTANTIATE_TEST_SUITE_P(Backends, OwnerTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

TEST_P(OwnerTest, EverydayCommandsWorkWhileAServerRuns) {
  ServerProcess server(FIRSTHIRE_BIN, db_->url(), dir_.File("server.log"));
  ASSERT_TRUE(server.started()) << server.error();
  ProcessResult user = Run(
      {"user", "add", "ada@example.com", "--role", "admin", "--name", "Ada", "--password-stdin"},
      "correct horse battery\n");
  EXPECT_EQ(user.exit_code, 0) << user.err;
  ProcessResult token = Run({"token", "create", "ada@example.com"});
  EXPECT_EQ(token.exit_code, 0) << token.err;
  ProcessResult backup = Run({"backup", dir_.File("dump.jsonl")});
  EXPECT_EQ(backup.exit_code, 0) << backup.err;
  ProcessResult migrate = Run({"migrate"});  // nothing to apply
  EXPECT_EQ(migrate.exit_code, 0) << migrate.err;
}

TEST_P(OwnerTest, MigrateWithMigrationsToApplyRefusesWhileAServerRuns) {
  {
    ServerProcess server(FIRSTHIRE_BIN, db_->url(), dir_.File("server.log"));
    ASSERT_TRUE(server.started()) << server.error();
    ForgetNewestMigration();
    int before = SchemaVersion();
    ASSERT_LT(before, LatestSchemaVersion());
    ProcessResult refused = Run({"migrate"});
    EXPECT_EQ(refused.exit_code, kExitInUse) << refused.err;
    EXPECT_NE(refused.err.find("in use by a running `firsthire serve`"), std::string::npos)
        << refused.err;
    EXPECT_EQ(SchemaVersion(), before);  // nothing applied
    server.KillAndWait(SIGTERM);
  }
  // Once the server has stopped, the database is free for it.
  EXPECT_TRUE(DatabaseClaim::Take(db_->url(), DatabaseClaim::Kind::kExclusive).ok());
}

TEST_P(OwnerTest, RestoreReplaceRefusesWhileAServerRunsAndLosesNothing) {
  if (GetParam() != Backend::kSqlite) GTEST_SKIP() << "restore --replace is SQLite only";
  ASSERT_EQ(Run({"backup", dir_.File("empty.jsonl")}).exit_code, 0);
  {
    ServerProcess server(FIRSTHIRE_BIN, db_->url(), dir_.File("server.log"));
    ASSERT_TRUE(server.started()) << server.error();
    ProcessResult user = Run(
        {"user", "add", "ada@example.com", "--role", "admin", "--name", "Ada", "--password-stdin"},
        "correct horse battery\n");
    ASSERT_EQ(user.exit_code, 0) << user.err;
    ProcessResult refused = Run({"restore", dir_.File("empty.jsonl"), "--replace"});
    EXPECT_EQ(refused.exit_code, kExitInUse) << refused.err;
    EXPECT_NE(refused.err.find("restore --replace needs it alone"), std::string::npos)
        << refused.err;
    // The account written while the server runs is still there.
    auto store = OpenStore(db_->url());
    ASSERT_TRUE(store.ok());
    EXPECT_TRUE((*store)->FindUserByEmail("ada@example.com").ok());
    server.KillAndWait(SIGTERM);
  }
  ProcessResult replaced = Run({"restore", dir_.File("empty.jsonl"), "--replace"});
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
}

TEST_P(OwnerTest, ServerRefusesToStartWhileAnExclusiveOperationRuns) {
  // Touch the database first so PostgreSQL has the schema.
  ASSERT_EQ(Run({"migrate"}).exit_code, 0);
  {
    auto held = DatabaseClaim::Take(db_->url(), DatabaseClaim::Kind::kExclusive);
    ASSERT_TRUE(held.ok()) << held.status().ToString();
    ServerProcess server(FIRSTHIRE_BIN, db_->url(), dir_.File("refused.log"));
    EXPECT_FALSE(server.started());
    int status = server.KillAndWait(SIGKILL);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), kExitInUse);
    EXPECT_NE(ReadFile(dir_.File("refused.log")).find("restore --replace or migrate is running"),
              std::string::npos);
  }
  // Released: the server starts.
  ServerProcess server(FIRSTHIRE_BIN, db_->url(), dir_.File("server.log"));
  EXPECT_TRUE(server.started()) << server.error();
  // And while it runs, an exclusive claim is refused.
  auto second = DatabaseClaim::Take(db_->url(), DatabaseClaim::Kind::kExclusive);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Code::kAlreadyExists);
}

}  // namespace
}  // namespace firsthire::ops_testing

// Prepared statements on a PostgreSQL connection: each statement text is
// prepared once per session and reused; a script drops them (it may have
// changed the schema under them).
#include <gtest/gtest.h>

#include "store/postgres_store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

constexpr char kStatement[] = "SELECT $1::text || '!'";

// How many statements with exactly `sql` this session has prepared.
std::string PreparedCount(SqlConnection& connection, const std::string& sql) {
  auto rows =
      connection.Query("SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", {sql});
  if (!rows.ok() || rows->empty() || rows->front().empty()) return "error";
  return rows->front()[0].value_or("null");
}

std::string Answer(SqlConnection& connection, const std::string& value) {
  auto rows = connection.Query(kStatement, {value});
  if (!rows.ok() || rows->empty() || rows->front().empty()) return "error";
  return rows->front()[0].value_or("null");
}

TEST(PostgresPreparedStatementsTest, AStatementIsPreparedOnceAndReusedWithNewValues) {
  if (PostgresTestUrl().empty()) GTEST_SKIP() << kNoPostgresMessage;
  auto connection = OpenPostgresConnection(PostgresTestUrl());
  ASSERT_TRUE(connection.ok()) << connection.status().message();
  EXPECT_EQ(PreparedCount(**connection, kStatement), "0");
  EXPECT_EQ(Answer(**connection, "a"), "a!");
  EXPECT_EQ(Answer(**connection, "b"), "b!") << "the prepared statement takes new values";
  EXPECT_EQ(PreparedCount(**connection, kStatement), "1") << "prepared once, not per query";
}

TEST(PostgresPreparedStatementsTest, AScriptDropsThemAndTheyArePreparedAgain) {
  if (PostgresTestUrl().empty()) GTEST_SKIP() << kNoPostgresMessage;
  auto connection = OpenPostgresConnection(PostgresTestUrl());
  ASSERT_TRUE(connection.ok()) << connection.status().message();
  EXPECT_EQ(Answer(**connection, "a"), "a!");
  ASSERT_TRUE((*connection)->ExecScript("SELECT 1; SELECT 2").ok());
  EXPECT_EQ(PreparedCount(**connection, kStatement), "0");
  EXPECT_EQ(Answer(**connection, "c"), "c!");
  EXPECT_EQ(PreparedCount(**connection, kStatement), "1");
}

TEST(PostgresPreparedStatementsTest, AFailedStatementIsReportedAndNotKept) {
  if (PostgresTestUrl().empty()) GTEST_SKIP() << kNoPostgresMessage;
  auto connection = OpenPostgresConnection(PostgresTestUrl());
  ASSERT_TRUE(connection.ok()) << connection.status().message();
  const std::string bad = "SELECT no_such_column FROM pg_class WHERE relname = $1";
  EXPECT_FALSE((*connection)->Query(bad, {std::string("x")}).ok());
  EXPECT_FALSE((*connection)->Query(bad, {std::string("x")}).ok()) << "fails again, not cached";
  EXPECT_EQ(PreparedCount(**connection, bad), "0");
}

}  // namespace
}  // namespace firsthire

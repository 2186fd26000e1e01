// Fresh, throwaway databases for the store tests (test-only, header-only).
//
// SQLite: a new file under the temp directory. PostgreSQL: a new schema
// with a random name in the database of $FIRSTHIRE_TEST_PG_URL, reached by
// adding `options=-csearch_path=<schema>` to the URL; dropped afterwards.
#ifndef FIRSTHIRE_STORE_STORE_TEST_ENV_H_
#define FIRSTHIRE_STORE_STORE_TEST_ENV_H_

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "store/secret_hash.h"
#include "store/store.h"

namespace firsthire {

enum class Backend { kSqlite, kPostgres };

// The test-name suffix of a backend (for INSTANTIATE_TEST_SUITE_P).
inline std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// Polls `condition` (e.g. a PostgreSQL notification arriving between
// servers), every 10 ms, giving up after 10 s.
template <typename Fn>
bool WaitFor(Fn condition) {
  for (int i = 0; i < 1000; ++i) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

inline std::string PostgresTestUrl() {
  const char* url = std::getenv("FIRSTHIRE_TEST_PG_URL");
  return url == nullptr ? std::string() : std::string(url);
}

inline constexpr char kNoPostgresMessage[] =
    "PostgreSQL tests need FIRSTHIRE_TEST_PG_URL (start one with "
    "`scripts/pg-test-cluster start` and export the URL it prints)";

// One throwaway database. url() is what OpenStore takes; RawExec runs SQL
// outside the Store (to check what the database itself refuses).
class TestDatabase {
 public:
  explicit TestDatabase(Backend backend) : backend_(backend) {
    if (backend == Backend::kSqlite) {
      dir_ = std::filesystem::temp_directory_path() / ("fh_store_test_" + RandomHex(8));
      url_ = (dir_ / "test.db").string();
    } else {
      schema_ = "fh_test_" + RandomHex(8);
      admin_url_ = PostgresTestUrl();
      RawExec("CREATE SCHEMA " + schema_);
      url_ = admin_url_ + (admin_url_.find('?') == std::string::npos ? "?" : "&") +
             "options=-csearch_path%3D" + schema_;
    }
  }
  ~TestDatabase() {
    if (backend_ == Backend::kSqlite) {
      std::error_code ignored;
      std::filesystem::remove_all(dir_, ignored);
    } else {
      RawExec("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    }
  }
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }

  // True when the database accepted `sql`.
  bool RawExec(const std::string& sql) {
    if (backend_ == Backend::kSqlite) {
      sqlite3* db = nullptr;
      bool ok = sqlite3_open(url_.c_str(), &db) == SQLITE_OK &&
                sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
      sqlite3_close(db);
      return ok;
    }
    PGconn* conn = PQconnectdb(admin_url_.c_str());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok && !schema_.empty()) {
      PQclear(PQexec(conn,
                     ("SET client_min_messages = warning; SET search_path = " + schema_).c_str()));
    }
    if (ok) {
      PGresult* result = PQexec(conn, sql.c_str());
      ExecStatusType status = PQresultStatus(result);
      ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
      PQclear(result);
    }
    PQfinish(conn);
    return ok;
  }

 private:
  Backend backend_;
  std::filesystem::path dir_;
  std::string schema_;
  std::string admin_url_;
  std::string url_;
};

// A fixture parameterised by backend that owns one throwaway database and
// a store opened on it. Call OpenFreshStore() from SetUp(); afterwards
// check IsSkipped() (PostgreSQL asked for but not configured) and
// HasFatalFailure() (the store did not open) before going on. TearDown
// closes the store before the derived fixture's members (a clock it reads,
// say) are destroyed.
class FreshStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  // Makes db_ and opens store_ on it, stamping writes with `clock`.
  void OpenFreshStore(Clock clock = SystemMillis) {
    if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
      GTEST_SKIP() << kNoPostgresMessage;
    }
    db_ = std::make_unique<TestDatabase>(GetParam());
    Result<std::unique_ptr<Store>> opened = OpenStore(db_->url(), SchemaUpgrade::kApply, clock);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
  }

  void TearDown() override {
    store_.reset();
    db_.reset();
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<Store> store_;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_STORE_STORE_TEST_ENV_H_

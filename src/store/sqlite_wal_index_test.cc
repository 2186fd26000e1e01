// WalIndexHeader: the header SQLite rewrites on every commit, read from the
// WAL index another connection (standing for another process) shares.
#include "store/sqlite_wal_index.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "store/store_test_env.h"

namespace firsthire {
namespace {

class WalIndexHeaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_);
    writer_ = Open("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
    reader_ = Open("SELECT count(*) FROM t;");  // a read opens its WAL index
  }
  void TearDown() override {
    sqlite3_close_v2(reader_);
    sqlite3_close_v2(writer_);
    std::filesystem::remove_all(dir_);
  }

  sqlite3* Open(const char* sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open((dir_ / "t.db").c_str(), &db), SQLITE_OK);
    EXPECT_TRUE(Exec(db, sql));
    return db;
  }
  static bool Exec(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
  }

  std::filesystem::path dir_ =
      std::filesystem::temp_directory_path() / ("fh_wal_index_test_" + RandomHex(8));
  sqlite3* writer_ = nullptr;
  sqlite3* reader_ = nullptr;
};

TEST_F(WalIndexHeaderTest, EveryCommitByAnotherConnectionChangesTheHeader) {
  std::unique_ptr<WalIndexHeader> header = WalIndexHeader::Map(reader_);
  ASSERT_NE(header, nullptr);
  std::optional<WalIndexHeader::Words> seen = header->Read();
  ASSERT_TRUE(seen.has_value());
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(Exec(writer_, "INSERT INTO t VALUES (1)"));
    std::optional<WalIndexHeader::Words> now = header->Read();
    ASSERT_TRUE(now.has_value());
    EXPECT_NE(*now, *seen) << "commit " << i;
    seen = now;
  }
  // Also after a checkpoint empties the WAL and the next commit restarts it.
  ASSERT_TRUE(Exec(writer_, "PRAGMA wal_checkpoint(TRUNCATE)"));
  seen = header->Read();
  ASSERT_TRUE(Exec(writer_, "INSERT INTO t VALUES (2)"));
  EXPECT_NE(header->Read(), seen);
}

TEST_F(WalIndexHeaderTest, ReadsAndRolledBackWritesLeaveTheHeader) {
  std::unique_ptr<WalIndexHeader> header = WalIndexHeader::Map(reader_);
  ASSERT_NE(header, nullptr);
  std::optional<WalIndexHeader::Words> seen = header->Read();
  ASSERT_TRUE(seen.has_value());
  ASSERT_TRUE(Exec(writer_, "SELECT * FROM t"));
  ASSERT_TRUE(Exec(writer_, "BEGIN IMMEDIATE; INSERT INTO t VALUES (1); ROLLBACK;"));
  ASSERT_TRUE(Exec(reader_, "SELECT * FROM t"));
  EXPECT_EQ(header->Read(), seen);
}

TEST_F(WalIndexHeaderTest, ADatabaseNotInWalModeHasNoView) {
  sqlite3* db = nullptr;
  const std::filesystem::path path = dir_ / "rollback.db";
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_TRUE(Exec(db, "CREATE TABLE t (x INTEGER); SELECT * FROM t;"));
  EXPECT_EQ(WalIndexHeader::Map(db), nullptr);
  EXPECT_FALSE(std::filesystem::exists(path.string() + "-shm")) << "no WAL index was made";
  sqlite3_close_v2(db);
}

}  // namespace
}  // namespace firsthire

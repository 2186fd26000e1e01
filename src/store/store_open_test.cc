// OpenStore's URL handling, the default data directory, and moving a dump
// between the two backends (SQLite -> PostgreSQL -> SQLite).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

// Sets an environment variable for one scope and restores it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value == nullptr) {
      unsetenv(name);
    } else {
      setenv(name, value, 1);
    }
  }
  ~ScopedEnv() {
    if (old_.has_value()) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(DefaultDatabasePathTest, FollowsDataDirThenXdgThenHome) {
  ScopedEnv home("HOME", "/home/h");
  {
    ScopedEnv data("FIRSTHIRE_DATA_DIR", "/srv/fh");
    ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
    EXPECT_EQ(DefaultDatabasePath(), "/srv/fh/firsthire.db");
  }
  {
    ScopedEnv data("FIRSTHIRE_DATA_DIR", "");
    ScopedEnv xdg("XDG_DATA_HOME", "/xdg");
    EXPECT_EQ(DefaultDatabasePath(), "/xdg/firsthire/firsthire.db");
  }
  {
    ScopedEnv data("FIRSTHIRE_DATA_DIR", nullptr);
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    EXPECT_EQ(DefaultDatabasePath(), "/home/h/.local/share/firsthire/firsthire.db");
  }
}

TEST(OpenStoreTest, SqliteUrlCreatesTheDirectoryAndFile) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("fh_open_test_" + RandomHex(6)) / "nested";
  std::string path = (dir / "x.db").string();
  Result<std::unique_ptr<Store>> store = OpenStore("sqlite:" + path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->BackendName(), "sqlite");
  EXPECT_TRUE(std::filesystem::exists(path));
  store->reset();
  std::filesystem::remove_all(dir.parent_path());
}

TEST(OpenStoreTest, FailuresAreStatuses) {
  EXPECT_EQ(OpenStore("").status().code(), Code::kInvalidInput);
  EXPECT_EQ(OpenStore("/proc/no/such/dir/x.db").status().code(), Code::kUnavailable);
  Result<std::unique_ptr<Store>> down =
      OpenStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
  EXPECT_EQ(down.status().code(), Code::kUnavailable);
  EXPECT_EQ(OpenStore("postgres://nobody@127.0.0.1:1/none?connect_timeout=2").status().code(),
            Code::kUnavailable);
}

TEST(SecretHashTest, IdsAreRandomAndHashesStable) {
  EXPECT_EQ(NewId().size(), 32u);
  EXPECT_NE(NewId(), NewId());
  // Made one after another (many within one microsecond), they sort in order.
  std::string previous = NewId();
  for (int i = 0; i < 1000; ++i) {
    std::string next = NewId();
    ASSERT_LT(previous, next) << i;
    ASSERT_EQ(next.find_first_not_of("0123456789abcdef"), std::string::npos);
    previous = next;
  }
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// Export from `from`, import into `to`, and check every row arrived
// unchanged by exporting `to` again: the row lines must be identical.
std::string RowLines(const std::string& dump) {
  std::stringstream in(dump);
  std::string line, rows;
  std::getline(in, line);  // header names the backend and time
  while (std::getline(in, line)) rows += line + "\n";
  return rows;
}

TEST(CrossBackendTest, DumpMovesSqliteToPostgresAndBack) {
  if (PostgresTestUrl().empty()) GTEST_SKIP() << kNoPostgresMessage;
  TestDatabase sqlite_db(Backend::kSqlite), pg_db(Backend::kPostgres), back_db(Backend::kSqlite);
  Result<std::unique_ptr<Store>> sqlite = OpenStore(sqlite_db.url());
  Result<std::unique_ptr<Store>> pg = OpenStore(pg_db.url());
  Result<std::unique_ptr<Store>> back = OpenStore(back_db.url());
  ASSERT_TRUE(sqlite.ok() && pg.ok() && back.ok());

  Result<store::User> ann = (*sqlite)->CreateUser({.email = "Ann@x.io",
                                                   .name = "Ann \"A\" O'Neil",
                                                   .role = "admin",
                                                   .password_hash = "$argon2id$v=19$..."},
                                                  "cli");
  ASSERT_TRUE(ann.ok());
  Result<store::StoredOpening> opening =
      (*sqlite)->CreateOpening({.title = "Ω opening", .status = "open"}, "cli");
  Result<store::StoredCandidate> candidate =
      (*sqlite)->CreateCandidate({.opening_id = opening->id,
                                  .name = "Zoë '; DROP TABLE x; --",
                                  .email = "z@x.io",
                                  .profile_json = R"({"traits":{"design":3}})",
                                  .status = "new"},
                                 ann->id);
  ASSERT_TRUE(candidate.ok());
  ASSERT_TRUE((*sqlite)
                  ->SaveScorecard({.candidate_id = candidate->id,
                                   .interviewer_id = ann->id,
                                   .scores_json = "{}",
                                   .notes_json = "{}",
                                   .red_flags_json = "[]",
                                   .state = "submitted"},
                                  ann->id)
                  .ok());
  ASSERT_TRUE(
      (*sqlite)->CreateTeamMember({.name = "T", .traits_json = "{}", .codes = true}, "cli").ok());

  std::stringstream first;
  ASSERT_TRUE((*sqlite)->Export(first).ok());
  std::stringstream into_pg(first.str());
  Status imported = (*pg)->Import(into_pg);
  ASSERT_TRUE(imported.ok()) << imported.ToString();
  EXPECT_EQ((*pg)->ListCandidates({.text = "zoë"}, {})->total, 1);  // search index rebuilt

  std::stringstream second;
  ASSERT_TRUE((*pg)->Export(second).ok());
  EXPECT_EQ(RowLines(first.str()), RowLines(second.str()));
  std::stringstream into_sqlite(second.str());
  ASSERT_TRUE((*back)->Import(into_sqlite).ok());
  std::stringstream third;
  ASSERT_TRUE((*back)->Export(third).ok());
  EXPECT_EQ(RowLines(first.str()), RowLines(third.str()));
  EXPECT_EQ((*back)->GetCandidate(candidate->id)->name, "Zoë '; DROP TABLE x; --");
}

}  // namespace
}  // namespace firsthire

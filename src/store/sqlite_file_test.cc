// What the SQLite files themselves hold and who may read them: an erased
// candidate's words are gone from every page (secure_delete, and the search
// index merged after an erasure); the database, its WAL, shared memory and
// lock files are 0600 and the directories made for them 0700 under umask 022.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "store/database_claim.h"
#include "store/private_files.h"
#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire {
namespace {

namespace fs = std::filesystem;

std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Moves everything in the WAL into the main file and empties the WAL.
void Checkpoint(const std::string& path) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
}

// Both spellings the file may hold: as typed (the row, the index's copy of
// the text) and lower-cased (the index's tokens).
bool FileHolds(const std::string& path, const std::string& word, const std::string& lower) {
  for (const char* suffix : {"", "-wal"}) {
    std::string bytes = ReadBytes(path + suffix);
    if (bytes.find(word) != std::string::npos || bytes.find(lower) != std::string::npos) {
      return true;
    }
  }
  return false;
}

TEST(SqliteFileTest, AnErasedCandidatesWordsAreInNoPageOfTheFile) {
  TestDatabase db(Backend::kSqlite);
  const std::string path = db.url();
  std::string id;
  {
    auto store = OpenStore(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    // Other candidates around, so the index has more than one segment.
    for (int i = 0; i < 30; ++i) {
      store::StoredCandidate other{.name = "Other " + std::to_string(i),
                                   .email = "o@example.com",
                                   .profile_json = R"({"note":"ordinary"})",
                                   .status = "new"};
      ASSERT_TRUE((*store)->CreateCandidate(other, "test").ok());
    }
    store::StoredCandidate target{.name = "Quillonmerth Vasquez",
                                  .email = "zyxtorbane@example.com",
                                  .profile_json = R"({"note":"Plumbrevaxis"})",
                                  .status = "new"};
    auto created = (*store)->CreateCandidate(target, "test");
    ASSERT_TRUE(created.ok());
    id = created->id;
    for (int i = 30; i < 40; ++i) {
      store::StoredCandidate other{.name = "Other " + std::to_string(i),
                                   .email = "o@example.com",
                                   .profile_json = "{}",
                                   .status = "new"};
      ASSERT_TRUE((*store)->CreateCandidate(other, "test").ok());
    }
  }
  Checkpoint(path);
  ASSERT_TRUE(FileHolds(path, "Quillonmerth", "quillonmerth"));  // the test can see it
  {
    auto store = OpenStore(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->EraseCandidate(id, "test").ok());
    // Still searchable for the others.
    auto others = (*store)->ListCandidates({.text = "ordinary"}, {});
    ASSERT_TRUE(others.ok());
    EXPECT_EQ(others->total, 30);
  }
  Checkpoint(path);
  EXPECT_FALSE(FileHolds(path, "Quillonmerth", "quillonmerth"));
  EXPECT_FALSE(FileHolds(path, "zyxtorbane", "zyxtorbane"));
  EXPECT_FALSE(FileHolds(path, "Plumbrevaxis", "plumbrevaxis"));
}

unsigned Mode(const std::string& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0) << path;
  return info.st_mode & 07777;
}

// Sets the umask for one scope.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : old_(::umask(mask)) {}
  ~ScopedUmask() { ::umask(old_); }

 private:
  mode_t old_;
};

TEST(SqliteFileTest, DatabaseFilesAndDirectoriesArePrivateUnderUmask022) {
  ScopedUmask umask022(022);
  TestDatabase db(Backend::kSqlite);
  fs::path base = fs::path(db.url()).parent_path();
  std::string path = (base / "data" / "deeper" / "firsthire.db").string();
  auto claim = DatabaseClaim::Take(path, DatabaseClaim::Kind::kServer);
  ASSERT_TRUE(claim.ok()) << claim.status().ToString();
  auto store = OpenStore(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE((*store)->CreateCandidate({.name = "A", .status = "new"}, "test").ok());
  // While the store is open the WAL and shared-memory files exist.
  EXPECT_EQ(Mode(path), 0600u);
  EXPECT_EQ(Mode(path + "-wal"), 0600u);
  EXPECT_EQ(Mode(path + "-shm"), 0600u);
  EXPECT_EQ(Mode(SqliteLockPath(path)), 0600u);
  EXPECT_EQ(Mode((base / "data").string()), 0700u);
  EXPECT_EQ(Mode((base / "data" / "deeper").string()), 0700u);
  EXPECT_TRUE(DatabaseFileWarnings(path).empty());
}

TEST(SqliteFileTest, AnExistingFileOthersMayReadIsReported) {
  TestDatabase db(Backend::kSqlite);
  {
    auto store = OpenStore(db.url());
    ASSERT_TRUE(store.ok());
  }
  EXPECT_TRUE(DatabaseFileWarnings(db.url()).empty());
  ASSERT_EQ(::chmod(db.url().c_str(), 0644), 0);
  std::vector<std::string> warnings = DatabaseFileWarnings(db.url());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("(mode 0644); chmod 600 " + db.url()), std::string::npos)
      << warnings[0];
  // Opening does not change an existing file's mode behind the owner's back.
  auto store = OpenStore(db.url());
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(Mode(db.url()), 0644u);
  EXPECT_TRUE(DatabaseFileWarnings("postgresql://x@y/z").empty());
}

}  // namespace
}  // namespace firsthire

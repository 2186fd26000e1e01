// What the SQLite file itself holds: an erased candidate's words are gone
// from every page (secure_delete, and the search index merged after an
// erasure).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

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
      Candidate other{.name = "Other " + std::to_string(i), .email = "o@example.com",
                      .profile_json = R"({"note":"ordinary"})", .status = "new"};
      ASSERT_TRUE((*store)->CreateCandidate(other, "test").ok());
    }
    Candidate target{.name = "Quillonmerth Vasquez",
                     .email = "zyxtorbane@example.com",
                     .profile_json = R"({"note":"Plumbrevaxis"})",
                     .status = "new"};
    auto created = (*store)->CreateCandidate(target, "test");
    ASSERT_TRUE(created.ok());
    id = created->id;
    for (int i = 30; i < 40; ++i) {
      Candidate other{.name = "Other " + std::to_string(i), .email = "o@example.com",
                      .profile_json = "{}", .status = "new"};
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

}  // namespace
}  // namespace firsthire

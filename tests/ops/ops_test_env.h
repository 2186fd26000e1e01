// Shared pieces of the operational end-to-end tests (tests/ops): running the
// real binary, temporary directories, the backends to run on, and reading
// dumps. Test-only, header-only.
#ifndef FIRSTHIRE_TESTS_OPS_OPS_TEST_ENV_H_
#define FIRSTHIRE_TESTS_OPS_OPS_TEST_ENV_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "../process_runner.h"
#include "store/secret_hash.h"
#include "store/store_test_env.h"

namespace firsthire::ops_testing {

namespace fs = std::filesystem;
using ::firsthire::testing::ProcessResult;

// A directory removed at the end of the test; also the data directory the
// binary sees (FIRSTHIRE_DATA_DIR), so no test touches $HOME.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("fh_ops_" + RandomHex(8))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Runs `firsthire ARGS…` with `stdin_text`, with the data directory in
// `data_dir`.
inline ProcessResult RunFirsthire(std::vector<std::string> args, const std::string& data_dir,
                                  const std::string& stdin_text = "") {
  args.insert(args.begin(), FIRSTHIRE_BIN);
  return ::firsthire::testing::RunProcess(args, stdin_text,
                                          {"FIRSTHIRE_DATA_DIR=" + data_dir, "NO_COLOR=1"});
}

inline std::string BackendLabel(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

// Skips the calling test when `backend` is PostgreSQL and no test cluster
// is configured.
#define FH_SKIP_WITHOUT_BACKEND(backend)                                         \
  do {                                                                           \
    if ((backend) == ::firsthire::Backend::kPostgres &&                          \
        ::firsthire::PostgresTestUrl().empty()) {                                \
      GTEST_SKIP() << ::firsthire::kNoPostgresMessage;                           \
    }                                                                            \
  } while (0)

// A dump's rows by table, in file order (header and end line left out).
inline std::map<std::string, std::vector<nlohmann::json>> DumpRows(const std::string& dump) {
  std::map<std::string, std::vector<nlohmann::json>> rows;
  std::istringstream in(dump);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json entry = nlohmann::json::parse(line);
    if (entry.contains("table")) rows[entry["table"].get<std::string>()].push_back(entry["row"]);
  }
  return rows;
}

// Adds an admin through `firsthire user add` and returns a token from
// `firsthire token create` for them ("" after a failed assertion).
inline std::string CreateAdminToken(const std::string& db, const std::string& data_dir) {
  ProcessResult user = RunFirsthire({"user", "add", "ops@example.com", "--role", "admin",
                                     "--name", "Ops", "--password-stdin", "--db", db},
                                    data_dir, "correct horse battery\n");
  EXPECT_EQ(user.exit_code, 0) << user.err;
  ProcessResult token = RunFirsthire({"token", "create", "ops@example.com", "--db", db}, data_dir);
  EXPECT_EQ(token.exit_code, 0) << token.err;
  std::string text = token.out;
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A test over one throwaway database per backend, running the real binary
// against it with a data directory of its own.
class DatabaseVerbTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    FH_SKIP_WITHOUT_BACKEND(GetParam());
    db_ = std::make_unique<TestDatabase>(GetParam());
  }

  // `firsthire ARGS... --db URL`, with `stdin_text` on its standard input.
  ProcessResult Run(std::vector<std::string> args, const std::string& stdin_text = "") {
    args.push_back("--db");
    args.push_back(db_->url());
    return RunFirsthire(std::move(args), dir_.path().string(), stdin_text);
  }

  TempDir dir_;
  std::unique_ptr<TestDatabase> db_;
};

}  // namespace firsthire::ops_testing

#endif  // FIRSTHIRE_TESTS_OPS_OPS_TEST_ENV_H_

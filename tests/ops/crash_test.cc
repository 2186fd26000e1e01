// The crash test: every write the server acknowledged survives kill -9.
//
// Several threads create candidates through POST /api/v1/candidates with a
// Bearer token and record each id answered with 201. Mid-stream the server
// gets SIGKILL; it is restarted on the same database and every acknowledged
// id must be there, with the name it was created with. Runs on SQLite, and
// on PostgreSQL when FIRSTHIRE_TEST_PG_URL is set.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include "ops_test_env.h"
#include "server_process.h"

namespace firsthire::ops_testing {
namespace {

constexpr int kWriters = 6;
// Kill once this many writes were acknowledged (or after kMaxWriteTime).
constexpr int kAcknowledgedBeforeKill = 150;
constexpr auto kMaxWriteTime = std::chrono::seconds(20);

class CrashTest : public ::testing::TestWithParam<Backend> {};

INSTANTIATE_TEST_SUITE_P(Backends, CrashTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

TEST_P(CrashTest, EveryAcknowledgedCandidateSurvivesKill9) {
  FH_SKIP_WITHOUT_BACKEND(GetParam());
  TestDatabase db(GetParam());
  TempDir dir;
  const std::string token = CreateAdminToken(db.url(), dir.path().string());
  ASSERT_FALSE(token.empty());
  const std::string auth = "Authorization: Bearer " + token;
  const std::string log = dir.File("server.log");

  std::mutex mutex;
  std::map<std::string, std::string> acknowledged;  // id -> name
  std::atomic<int> acknowledged_count{0};
  std::atomic<int> unanswered{0};  // sent, but the kill cut off the answer
  std::atomic<bool> stop{false};
  {
    ServerProcess server(FIRSTHIRE_BIN, db.url(), log);
    ASSERT_TRUE(server.started()) << server.error() << "\n" << ReadFile(log);
    const int port = server.port();
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back([&, w] {
        for (int i = 0; !stop.load(); ++i) {
          std::string name = "crash " + std::to_string(w) + "-" + std::to_string(i) + " \"Zoë\"";
          nlohmann::json body = {{"name", name},
                                 {"email", "c" + std::to_string(w) + "-" + std::to_string(i) +
                                               "@example.com"}};
          HttpResponse response = HttpRequest(port, "POST", "/api/v1/candidates", {auth},
                                              body.dump(), std::chrono::seconds(10));
          if (response.status == 201) {
            auto created = nlohmann::json::parse(response.body, nullptr, false);
            std::lock_guard lock(mutex);
            ASSERT_TRUE(created.is_object() && created.contains("id")) << response.body;
            acknowledged[created["id"].get<std::string>()] = name;
            ++acknowledged_count;
          } else if (response.status == 0) {
            if (response.connected) ++unanswered;
            if (stop.load()) return;
          } else {
            ADD_FAILURE() << "POST answered " << response.status << ": " << response.body;
            return;
          }
        }
      });
    }
    auto deadline = std::chrono::steady_clock::now() + kMaxWriteTime;
    while (acknowledged_count.load() < kAcknowledgedBeforeKill &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    // The writers are still sending: the kill lands mid-stream.
    int status = server.KillAndWait(SIGKILL);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    stop = true;
    for (std::thread& writer : writers) writer.join();
  }
  ASSERT_GE(acknowledged_count.load(), kAcknowledgedBeforeKill)
      << "too few writes before the deadline; see " << ReadFile(log);

  ServerProcess restarted(FIRSTHIRE_BIN, db.url(), log);
  ASSERT_TRUE(restarted.started()) << restarted.error() << "\n" << ReadFile(log);
  int missing = 0;
  for (const auto& [id, name] : acknowledged) {
    HttpResponse response =
        HttpRequest(restarted.port(), "GET", "/api/v1/candidates/" + id, {auth});
    if (response.status != 200) {
      ++missing;
      ADD_FAILURE() << "acknowledged candidate " << id << " is gone: " << response.status;
      continue;
    }
    EXPECT_EQ(nlohmann::json::parse(response.body)["name"], name) << id;
  }
  EXPECT_EQ(missing, 0);
  // The list agrees: at least the acknowledged writes (the kill may also
  // have cut off answers to writes that were committed).
  HttpResponse list = HttpRequest(restarted.port(), "GET", "/api/v1/candidates?limit=1", {auth});
  ASSERT_EQ(list.status, 200) << list.body;
  auto listing = nlohmann::json::parse(list.body);
  EXPECT_GE(listing["total"].get<std::int64_t>(), acknowledged_count.load()) << list.body;
  EXPECT_LE(listing["total"].get<std::int64_t>(), acknowledged_count.load() + unanswered.load() + kWriters)
      << list.body;
  RecordProperty("acknowledged", acknowledged_count.load());
  RecordProperty("unanswered", unanswered.load());
  std::printf("  %s: %d writes acknowledged before kill -9, %d cut off; all %d present after "
              "restart\n",
              GetParam() == Backend::kSqlite ? "sqlite" : "postgresql", acknowledged_count.load(),
              unanswered.load(), acknowledged_count.load() - missing);
}

}  // namespace
}  // namespace firsthire::ops_testing

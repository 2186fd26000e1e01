// The compute limits through the binary: SIGTERM ends an engine call in
// flight (its client still gets the best answer found) long before the
// compute deadline, and `serve` refuses to give computations every worker.
// Runs on SQLite, and on PostgreSQL when FIRSTHIRE_TEST_PG_URL is set.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <future>

#include "hard_team_pool.h"
#include "ops_test_env.h"
#include "server_process.h"

namespace firsthire::ops_testing {
namespace {

class ComputeStopTest : public ::testing::TestWithParam<Backend> {};

INSTANTIATE_TEST_SUITE_P(Backends, ComputeStopTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

TEST_P(ComputeStopTest, SigtermEndsAnInFlightTeamSearchAndItsClientGetsTheBestFound) {
  FH_SKIP_WITHOUT_BACKEND(GetParam());
  TestDatabase db(GetParam());
  TempDir dir;
  const std::string auth = "Authorization: Bearer " + CreateAdminToken(db.url(), dir.path().string());
  const std::string log = dir.File("server.log");
  // The search may run ten minutes: only the signal can end it early.
  ServerProcess server(FIRSTHIRE_BIN, db.url(), log, {"--compute-timeout", "600"});
  ASSERT_TRUE(server.started()) << server.error() << "\n" << ReadFile(log);
  const int port = server.port();
  std::string hard = test_pools::HardPool(6'000).dump();
  auto send_hard = [&] {
    return std::async(std::launch::async, [&] {
      return HttpRequest(port, "POST", test_pools::kHardTeamQuery,
                         {auth, "Content-Type: application/json"}, hard, std::chrono::minutes(5));
    });
  };
  auto in_flight = send_hard();
  // The search holds the one compute slot once a small one is answered busy.
  std::string small = test_pools::HardPool(5).dump();
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  HttpResponse probe;
  do {
    // A probe may have held the slot when the search arrived: send it again.
    if (in_flight.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
      ASSERT_EQ(in_flight.get().status, 503);
      in_flight = send_hard();
    }
    probe = HttpRequest(port, "POST", "/api/v1/team", {auth, "Content-Type: application/json"},
                        small);
  } while (probe.status == 200 && std::chrono::steady_clock::now() < give_up);
  ASSERT_EQ(probe.status, 503) << probe.body << "\n" << ReadFile(log);

  auto signalled = std::chrono::steady_clock::now();
  int status = server.KillAndWait(SIGTERM);
  auto took = std::chrono::steady_clock::now() - signalled;
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << ReadFile(log);
  // Bounded far below the ten minutes (not a timing test); the figure is
  // printed for the record.
  EXPECT_LT(took, std::chrono::seconds(30));
  std::printf("SIGTERM to exit with a search in flight: %lld ms\n",
              static_cast<long long>(
                  std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
  HttpResponse answer = in_flight.get();
  ASSERT_EQ(answer.status, 200) << answer.body.substr(0, 300);
  nlohmann::json body = nlohmann::json::parse(answer.body);
  EXPECT_EQ(body["best_hires"]["optimal"], false);
  EXPECT_TRUE(body["best_hires"].contains("bound"));
}

TEST(ComputeOptions, ServeRefusesToGiveComputationsEveryWorker) {
  TempDir dir;
  ProcessResult refused = RunFirsthire(
      {"serve", "--db", dir.File("x.db"), "--listen", "127.0.0.1:0", "--threads", "2",
       "--compute-threads", "2"},
      dir.path().string());
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("--compute-threads must be less than --threads"), std::string::npos)
      << refused.err;
}

}  // namespace
}  // namespace firsthire::ops_testing

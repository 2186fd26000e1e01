// Login throttling over real HTTP on both backends: an attacker guessing
// from 127.0.0.2 is slowed down while the account's owner on 127.0.0.1
// still signs in, and concurrent guesses cannot pass one check together.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

class ApiThrottleTest : public ApiTest {
 protected:
  int LoginFrom(const char* source, const std::string& password) {
    json body = {{"email", interviewer_.email}, {"password", password}};
    auto reply = http::testing::FetchFrom(source, server_->port(), "POST", "/api/v1/login",
                                          body.dump(), "Content-Type: application/json\r\n");
    return reply ? reply->status : 0;
  }
};

TEST_P(ApiThrottleTest, VictimStillSignsInWhileAnAttackerElsewhereGuesses) {
  std::vector<int> guesses;
  for (int i = 0; i < 7; ++i)
    guesses.push_back(LoginFrom("127.0.0.2", "guess " + std::to_string(i)));
  EXPECT_EQ(std::count(guesses.begin(), guesses.end(), 401), 5);
  EXPECT_EQ(std::count(guesses.begin(), guesses.end(), 429), 2);
  EXPECT_EQ(LoginFrom("127.0.0.1", kPassword), 200);
  EXPECT_EQ(LoginFrom("127.0.0.2", kPassword), 429);
}

TEST_P(ApiThrottleTest, ConcurrentGuessesPassTheCheckOnlyFiveTimes) {
  constexpr int kGuesses = 10;
  std::vector<int> statuses(kGuesses, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kGuesses; ++i) {
    threads.emplace_back([&, i] { statuses[i] = LoginFrom("127.0.0.3", "guess"); });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), kGuesses - 5);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiThrottleTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

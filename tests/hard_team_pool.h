// A TEAM document with a candidate pool on which the exact best-hires search
// is slow: for the tests of the compute limits (tests/api, tests/ops).
// Test-only, header-only.
#ifndef FIRSTHIRE_TESTS_HARD_TEAM_POOL_H_
#define FIRSTHIRE_TESTS_HARD_TEAM_POOL_H_

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace firsthire::test_pools {

// The query that makes the search hard on HardPool(6000).
inline constexpr char kHardTeamQuery[] = "/api/v1/team?hires=5&budget=500000";

// A pool on which the exact search for 5 hires within the budget below does
// not finish within a few seconds: 6,000 candidates, strong (3-5) in one to
// three of the six traits, weak elsewhere, cost rising with level (fixed
// seed).
inline nlohmann::json HardPool(int size) {
  static const char* kTraits[] = {"product_sense", "data_intuition", "software_engineering",
                                  "domain_expertise", "design", "meta"};
  std::mt19937 random(7);
  auto between = [&random](int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
  };
  nlohmann::json candidates = nlohmann::json::array();
  for (int i = 0; i < size; ++i) {
    int strong_count = between(1, 3);
    std::vector<int> order = {0, 1, 2, 3, 4, 5};
    std::shuffle(order.begin(), order.end(), random);
    nlohmann::json traits = nlohmann::json::object();
    int total = 0;
    for (int t = 0; t < 6; ++t) {
      bool strong = std::find(order.begin(), order.begin() + strong_count, t) !=
                    order.begin() + strong_count;
      int level = strong ? between(3, 5) : between(0, 2);
      total += level;
      if (level > 0) traits[kTraits[t]] = level;  // absent is 0: keeps 6,000 under 1 MiB
    }
    candidates.push_back({{"id", "c" + std::to_string(i)},
                          {"name", "C" + std::to_string(i)},
                          {"traits", traits},
                          {"cost", 40000 + 9000 * total + between(0, 60000)}});
  }
  return nlohmann::json{{"members", nlohmann::json::array()}, {"candidates", candidates}};
}

}  // namespace firsthire::test_pools

#endif  // FIRSTHIRE_TESTS_HARD_TEAM_POOL_H_

// The optimizer against brute force on random small instances, and its
// metamorphic properties.
#include "firsthire/team_optimizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <random>

namespace firsthire {
namespace {

constexpr size_t kTraits = 6;

struct Instance {
  CandidatePool pool{std::vector<std::string>{"a", "b", "c", "d", "e", "f"}};
  HireProblem problem;
};

// The seed of a randomised test: FH_OPTIMIZER_SEED, when set, replaces the
// fixed one (to run the brute-force comparisons on other instances).
uint32_t Seed(uint32_t fixed) {
  const char* env = std::getenv("FH_OPTIMIZER_SEED");
  return env ? static_cast<uint32_t>(std::strtoul(env, nullptr, 10)) ^ fixed : fixed;
}

// With `with_bonus`, candidates code, do not, or leave it unsaid at random,
// and the problem has a domain-coder bonus on trait "d" (coding inferred
// from "c"), sometimes already earned by the team.
Instance RandomInstance(std::mt19937& rng, int n, int k, bool with_budget,
                        bool with_bonus = false) {
  Instance in;
  std::uniform_int_distribution<int> level(0, 5);
  std::uniform_int_distribution<int> cost(0, 10);
  for (int i = 0; i < n; ++i) {
    uint8_t lv[kTraits];
    for (auto& l : lv) l = static_cast<uint8_t>(level(rng) * (rng() % 3 == 0 ? 0 : 1));
    std::optional<bool> codes;
    if (with_bonus && rng() % 3 != 0) codes = rng() % 2 == 0;
    in.pool.Add("c" + std::to_string(i), "C" + std::to_string(i), lv, cost(rng), codes);
  }
  HireProblem& p = in.problem;
  std::uniform_real_distribution<double> weight(0.2, 2.0);
  for (size_t t = 0; t < kTraits; ++t) p.weights.push_back(weight(rng));
  p.depth_weight = std::uniform_real_distribution<double>(0, 1)(rng);
  p.depth_cap = level(rng);
  p.team_best.assign(kTraits, 0);
  p.team_second.assign(kTraits, 0);
  for (size_t t = 0; t < kTraits; ++t) {
    int a = level(rng) * static_cast<int>(rng() % 2), b = level(rng) * static_cast<int>(rng() % 2);
    p.team_best[t] = static_cast<uint8_t>(std::max(a, b));
    p.team_second[t] = static_cast<uint8_t>(std::min(a, b));
  }
  p.max_picks = k;
  if (with_budget) p.budget = std::uniform_int_distribution<int>(0, 25)(rng);
  if (with_bonus) {
    p.bonus.weight = std::uniform_real_distribution<double>(0.5, 8.0)(rng);
    p.bonus.domain_trait = 3;
    p.bonus.code_trait = 2;
    p.bonus.min_domain_level = 1 + static_cast<int>(rng() % 5);
    p.bonus.codes_min_level = 1 + static_cast<int>(rng() % 4);
    p.team_has_bonus = rng() % 4 == 0;
  }
  return in;
}

// The objective from its definition, written apart from the optimizer's:
// weighted best plus capped depth per trait, plus the bonus once.
double ReferenceObjective(const HireProblem& p, const std::vector<size_t>& picks) {
  double total = 0;
  for (size_t t = 0; t < p.weights.size(); ++t) {
    std::vector<int> levels = {p.team_best[t], p.team_second[t]};
    for (size_t i : picks) levels.push_back(p.pool->level(i, t));
    std::sort(levels.rbegin(), levels.rend());
    total += p.weights[t] * (levels[0] + p.depth_weight * std::min(levels[1], p.depth_cap));
  }
  bool earned = p.team_has_bonus;
  const DomainCoderBonus& b = p.bonus;
  for (size_t i : picks) {
    if (b.domain_trait < 0 || p.pool->level(i, b.domain_trait) < b.min_domain_level) continue;
    int codes = p.pool->codes(i);
    if (codes == 1 || (codes == -1 && p.pool->level(i, b.code_trait) >= b.codes_min_level)) {
      earned = true;
    }
  }
  return total + (earned && b.domain_trait >= 0 ? b.weight : 0);
}

// Every subset of at most K candidates within budget.
double BruteForce(const HireProblem& p) {
  size_t n = p.pool->size();
  double best = ReferenceObjective(p, {});
  std::vector<size_t> chosen;
  auto rec = [&](auto&& self, size_t start, double cost) -> void {
    best = std::max(best, ReferenceObjective(p, chosen));
    if (static_cast<int>(chosen.size()) == p.max_picks) return;
    for (size_t i = start; i < n; ++i) {
      double c = cost + p.pool->cost(i);
      if (p.budget && c > *p.budget + 1e-9) continue;
      chosen.push_back(i);
      self(self, i + 1, c);
      chosen.pop_back();
    }
  };
  rec(rec, 0, 0);
  return best;
}

TEST(TeamOptimizerTest, MatchesBruteForceOnRandomSmallInstances) {
  std::mt19937 rng(20261123);
  int checked = 0;
  for (int round = 0; round < 60; ++round) {
    for (int k = 1; k <= 4; ++k) {
      for (bool budget : {false, true}) {
        int n = 1 + static_cast<int>(rng() % 20);
        Instance in = RandomInstance(rng, n, k, budget);
        in.problem.pool = &in.pool;
        HireSolution s = SolveBestHires(in.problem);
        double expected = BruteForce(in.problem);
        ASSERT_NEAR(s.objective, expected, 1e-9) << "round " << round << " k " << k << " n " << n;
        EXPECT_TRUE(s.optimal);
        EXPECT_LE(static_cast<int>(s.picks.size()), k);
        double cost = 0;
        for (size_t i : s.picks) cost += in.pool.cost(i);
        EXPECT_NEAR(cost, s.cost, 1e-9);
        if (in.problem.budget) {
          EXPECT_LE(s.cost, *in.problem.budget + 1e-9);
        }
        EXPECT_NEAR(HireObjective(in.problem, s.picks), s.objective, 1e-9);
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 480);
}

TEST(TeamOptimizerTest, MatchesBruteForceWithTheDomainCoderBonus) {
  std::mt19937 rng(Seed(20261130));
  int checked = 0, earned_by_a_pick = 0;
  for (int round = 0; round < 60; ++round) {
    for (int k = 1; k <= 4; ++k) {
      for (bool budget : {false, true}) {
        int n = 1 + static_cast<int>(rng() % 20);
        Instance in = RandomInstance(rng, n, k, budget, true);
        in.problem.pool = &in.pool;
        HireSolution s = SolveBestHires(in.problem);
        double expected = BruteForce(in.problem);
        ASSERT_NEAR(s.objective, expected, 1e-9) << "round " << round << " k " << k << " n " << n;
        EXPECT_TRUE(s.optimal);
        EXPECT_NEAR(ReferenceObjective(in.problem, s.picks), s.objective, 1e-9);
        if (in.problem.budget) {
          EXPECT_LE(s.cost, *in.problem.budget + 1e-9);
        }
        HireProblem without = in.problem;
        without.team_has_bonus = false;
        without.bonus.weight = 0;
        if (!in.problem.team_has_bonus &&
            ReferenceObjective(in.problem, s.picks) > ReferenceObjective(without, s.picks) + 1e-9) {
          ++earned_by_a_pick;
        }
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 480);
  EXPECT_GT(earned_by_a_pick, 50);  // the bonus is really at stake
}

// Unit weights, the team at `team_level` twice on every trait, K picks from
// `in.pool`, and a bonus of `weight` for "d" >= 3 and coding (inferred from "c").
void SetBonusProblem(Instance& in, int team_level, int k, double weight) {
  HireProblem& p = in.problem;
  p.weights.assign(kTraits, 1.0);
  p.team_best.assign(kTraits, static_cast<uint8_t>(team_level));
  p.team_second.assign(kTraits, static_cast<uint8_t>(team_level));
  p.depth_cap = 5;
  p.max_picks = k;
  p.bonus.weight = weight;
  p.bonus.domain_trait = 3;
  p.bonus.min_domain_level = 3;
  p.bonus.code_trait = 2;
  p.pool = &in.pool;
}

// The dominance reduction treats the bonus as a trait: a candidate no better
// on any trait and dearer than K others stays when only it earns the bonus.
TEST(TeamOptimizerTest, DominanceKeepsTheOnlyCandidateWhoEarnsTheBonus) {
  Instance in;
  uint8_t strong[kTraits] = {5, 5, 5, 5, 5, 5};
  uint8_t coder[kTraits] = {0, 0, 3, 3, 0, 0};
  in.pool.Add("strong_a", "A", strong, 1, false);
  in.pool.Add("strong_b", "B", strong, 1, false);
  in.pool.Add("coder", "Coder", coder, 2, true);
  SetBonusProblem(in, 4, 2, 10);
  HireProblem& p = in.problem;
  HireSolution s = SolveBestHires(p);
  EXPECT_NEAR(s.objective, BruteForce(p), 1e-9);
  EXPECT_EQ(s.picks, (std::vector<size_t>{0, 2}));
  p.bonus.weight = 0;  // without the bonus the coder adds nothing
  EXPECT_EQ(SolveBestHires(p).picks, (std::vector<size_t>{0, 1}));
}

TEST(TeamOptimizerTest, ThePickWhoEarnsTheBonusBeatsAnOtherwiseEqualOne) {
  Instance in;
  uint8_t lv[kTraits] = {0, 0, 3, 4, 0, 0};
  in.pool.Add("no_code", "No code", lv, 5, false);
  in.pool.Add("codes", "Codes", lv, 5, true);
  SetBonusProblem(in, 0, 1, 2);
  HireProblem& p = in.problem;
  HireSolution s = SolveBestHires(p);
  ASSERT_EQ(s.picks.size(), 1u);
  EXPECT_EQ(in.pool.id(s.picks[0]), "codes");
  EXPECT_NEAR(s.objective, 3 + 4 + 2, 1e-12);
  p.team_has_bonus = true;  // already earned: a tie, the first found wins
  EXPECT_EQ(SolveBestHires(p).picks, (std::vector<size_t>{0}));
  EXPECT_NEAR(SolveBestHires(p).objective, 3 + 4 + 2, 1e-12);
}

// Costs that grow with the levels (as in real pools) and budgets that allow
// fewer than K strong picks: the optimum often leaves picks unused, and the
// budget bounds (Lagrangian, re-chosen per node) do most of the pruning.
TEST(TeamOptimizerTest, MatchesBruteForceUnderTightBudgets) {
  std::mt19937 rng(20261124);
  int checked = 0, fewer_than_k = 0;
  for (int round = 0; round < 40; ++round) {
    for (int k = 1; k <= 4; ++k) {
      int n = 5 + static_cast<int>(rng() % (k <= 2 ? 56 : k == 3 ? 36 : 21));
      Instance in = RandomInstance(rng, 0, k, false);
      std::uniform_int_distribution<int> level(0, 5), noise(0, 6);
      for (int i = 0; i < n; ++i) {
        uint8_t lv[kTraits];
        int sum = 0;
        for (auto& l : lv) {
          l = static_cast<uint8_t>(rng() % 2 == 0 ? level(rng) : level(rng) / 3);
          sum += l;
        }
        in.pool.Add("c" + std::to_string(i), "C" + std::to_string(i), lv, 4 + sum + noise(rng));
      }
      // 8..20 per hire: from "one middling candidate" to "a strong one".
      in.problem.budget = k * (8 + static_cast<int>(rng() % 13));
      in.problem.pool = &in.pool;
      HireSolution s = SolveBestHires(in.problem);
      double expected = BruteForce(in.problem);
      ASSERT_NEAR(s.objective, expected, 1e-9) << "round " << round << " k " << k << " n " << n;
      EXPECT_TRUE(s.optimal);
      EXPECT_LE(s.cost, *in.problem.budget + 1e-9);
      EXPECT_NEAR(HireObjective(in.problem, s.picks), s.objective, 1e-9);
      if (static_cast<int>(s.picks.size()) < k) ++fewer_than_k;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 160);
  EXPECT_GT(fewer_than_k, 20);  // the budget really binds
}

TEST(TeamOptimizerTest, DuplicatesAndTiesStillMatchBruteForce) {
  // Many identical candidates stress the dominance reduction.
  std::mt19937 rng(7);
  for (int round = 0; round < 40; ++round) {
    Instance in = RandomInstance(rng, 6, 1 + round % 4, round % 2 == 1);
    CandidatePool copy(in.pool.trait_ids());
    for (int rep = 0; rep < 3; ++rep) {
      for (size_t i = 0; i < in.pool.size(); ++i) {
        copy.Add(std::string(in.pool.id(i)) + "_" + std::to_string(rep), "x", in.pool.levels(i),
                 in.pool.cost(i) + (rep == 2 ? 1 : 0));
      }
    }
    in.problem.pool = &copy;
    EXPECT_NEAR(SolveBestHires(in.problem).objective, BruteForce(in.problem), 1e-9);
  }
}

TEST(TeamOptimizerTest, AddingADominatedCandidateNeverLowersTheObjective) {
  std::mt19937 rng(11);
  for (int round = 0; round < 50; ++round) {
    Instance in = RandomInstance(rng, 12, 1 + round % 4, round % 2 == 0);
    in.problem.pool = &in.pool;
    double before = SolveBestHires(in.problem).objective;
    // A candidate no better than candidate 0 on any trait and no cheaper.
    uint8_t lv[kTraits];
    for (size_t t = 0; t < kTraits; ++t) lv[t] = in.pool.level(0, t) / 2;
    in.pool.Add("dominated", "D", lv, in.pool.cost(0) + 1);
    EXPECT_GE(SolveBestHires(in.problem).objective, before - 1e-9);
  }
}

TEST(TeamOptimizerTest, RaisingTheBudgetNeverLowersTheObjective) {
  std::mt19937 rng(13);
  for (int round = 0; round < 40; ++round) {
    Instance in = RandomInstance(rng, 15, 1 + round % 4, true);
    in.problem.pool = &in.pool;
    double last = -1;
    for (double budget : {0.0, 3.0, 8.0, 15.0, 30.0, 1e9}) {
      in.problem.budget = budget;
      double value = SolveBestHires(in.problem).objective;
      EXPECT_GE(value, last - 1e-9) << "budget " << budget;
      last = value;
    }
  }
}

TEST(TeamOptimizerTest, PoolOrderNeverChangesTheObjective) {
  std::mt19937 rng(17);
  for (int round = 0; round < 40; ++round) {
    Instance in = RandomInstance(rng, 16, 1 + round % 4, round % 2 == 0);
    in.problem.pool = &in.pool;
    double original = SolveBestHires(in.problem).objective;
    std::vector<size_t> order(in.pool.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    CandidatePool shuffled(in.pool.trait_ids());
    for (size_t i : order) shuffled.Add(in.pool.id(i), in.pool.name(i), in.pool.levels(i), in.pool.cost(i));
    in.problem.pool = &shuffled;
    EXPECT_NEAR(SolveBestHires(in.problem).objective, original, 1e-9);
  }
}

TEST(TeamOptimizerTest, StoppedSearchReportsABoundAboveItsObjective) {
  std::mt19937 rng(19);
  Instance in = RandomInstance(rng, 2000, 4, true);
  in.problem.budget = 12;
  in.problem.pool = &in.pool;
  in.problem.should_stop = [] { return true; };
  HireSolution stopped = SolveBestHires(in.problem);
  in.problem.should_stop = nullptr;
  HireSolution full = SolveBestHires(in.problem);
  EXPECT_TRUE(full.optimal);
  if (!stopped.optimal) {
    EXPECT_GE(stopped.bound, full.objective - 1e-9);
    EXPECT_LE(stopped.objective, full.objective + 1e-9);
  } else {
    EXPECT_NEAR(stopped.objective, full.objective, 1e-9);  // solved before the first poll
  }
}

TEST(TeamOptimizerTest, NothingUsefulMeansNoPicks) {
  Instance in;
  uint8_t low[kTraits] = {1, 1, 1, 1, 1, 1};
  in.pool.Add("weak", "Weak", low, 1);
  HireProblem& p = in.problem;
  p.weights.assign(kTraits, 1.0);
  p.team_best.assign(kTraits, 5);
  p.team_second.assign(kTraits, 4);
  p.max_picks = 3;
  p.pool = &in.pool;
  HireSolution s = SolveBestHires(p);
  EXPECT_TRUE(s.picks.empty());
  EXPECT_NEAR(s.objective, HireObjective(p, {}), 1e-12);
}

TEST(TeamOptimizerTest, PrefersTheCheaperOfTwoEqualChoices) {
  Instance in;
  uint8_t lv[kTraits] = {5, 0, 0, 0, 0, 0};
  in.pool.Add("dear", "Dear", lv, 10);
  in.pool.Add("cheap", "Cheap", lv, 4);
  HireProblem& p = in.problem;
  p.weights.assign(kTraits, 1.0);
  p.team_best.assign(kTraits, 0);
  p.team_second.assign(kTraits, 0);
  p.max_picks = 1;
  p.pool = &in.pool;
  HireSolution s = SolveBestHires(p);
  ASSERT_EQ(s.picks.size(), 1u);
  EXPECT_EQ(in.pool.id(s.picks[0]), "cheap");
}

}  // namespace
}  // namespace firsthire

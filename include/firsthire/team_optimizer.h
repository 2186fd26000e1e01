// The exact best-next-hire optimizer (docs/product.md section 4): from a candidate pool,
// pick at most K candidates whose total cost stays within a budget and that
// maximise the playbook's coverage objective of the team plus the picks.
//
// Objective: sum over traits t of weight_t * (best_t + depth_weight *
// min(second_t, depth_cap)), where best_t and second_t are the two highest
// levels on t among the team and the picks, plus the domain-coder bonus
// (DomainCoderBonus) once when someone on the team or among the picks earns
// it. With 0 <= depth_weight <= 1 this is monotone and submodular, which the
// bounds rely on: the search treats the bonus as one more trait with levels
// 0/1 whose value is the bonus weight when its best level is 1 (a coverage
// term), so every bound and the dominance reduction count it like a trait.
//
// The search is exact: branch and bound over candidates ordered by value for
// money, pruned by the minimum of four upper bounds, each valid on its own
// (the largest remaining marginal gains, by submodularity; the trait ceiling,
// the best two levels still reachable on every trait; a Lagrangian budget
// bound; a role relaxation), after exact reductions (levels that can no
// longer change the objective are cleared; a candidate dominated by K others,
// no better on any trait and no cheaper, is dropped; unaffordable and
// useless candidates are dropped), and at every node candidates that no
// choice beating the best so far can contain leave the subtree. docs/team.md
// explains each bound. The objective is the proven optimum; among
// choices with the same objective the first found is kept (candidates are
// tried in a fixed order: value for money, then cost, then pool position), so
// the result is deterministic but not guaranteed to be the cheapest tie.
#ifndef FIRSTHIRE_TEAM_OPTIMIZER_H_
#define FIRSTHIRE_TEAM_OPTIMIZER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "firsthire/candidate_pool.h"

namespace firsthire {

inline constexpr size_t kMaxOptimizerTraits = 32;

// The playbook's bonus for a domain expert who codes (team.domain_coder_bonus):
// `weight` is added once when someone codes and has at least
// `min_domain_level` on the domain trait. `codes` not given (-1) is read as
// a level of at least `codes_min_level` on the code trait.
struct DomainCoderBonus {
  double weight = 0;      // 0: no bonus
  int domain_trait = -1;  // index of domain_expertise; -1: never earned
  int min_domain_level = 3;
  int code_trait = -1;  // index of software_engineering; -1: `codes` must be given
  int codes_min_level = 2;

  // Does a person with these levels (one per trait) and `codes` (1, 0, -1)
  // earn it?
  bool Earns(const uint8_t* levels, int codes) const {
    if (weight <= 0 || domain_trait < 0 || levels[domain_trait] < min_domain_level) return false;
    if (codes >= 0) return codes == 1;
    return code_trait >= 0 && levels[code_trait] >= codes_min_level;
  }
};

struct HireProblem {
  std::vector<double> weights;    // per trait, >= 0
  double depth_weight = 0.25;     // in [0, 1]
  int depth_cap = 3;              // 0..5
  std::vector<uint8_t> team_best;    // per trait, the team's best level
  std::vector<uint8_t> team_second;  // per trait, the team's second-best level
  DomainCoderBonus bonus;
  bool team_has_bonus = false;  // someone on the team earns the bonus already
  const CandidatePool* pool = nullptr;
  int max_picks = 1;                 // K, 0..5
  std::optional<double> budget;      // total cost of the picks at most this
  std::function<bool()> should_stop; // polled at every search node
};

struct HireSolution {
  std::vector<size_t> picks;  // pool indices, ascending
  double objective = 0;       // the objective of team + picks
  double cost = 0;
  bool optimal = true;        // false only when should_stop ended the search
  double bound = 0;           // an upper bound on any feasible objective
  uint64_t nodes = 0;         // search nodes visited
  size_t considered = 0;      // candidates left after the reductions
};

// Solves `problem` exactly (unless stopped). Requires pool->trait_count() ==
// weights.size() <= kMaxOptimizerTraits.
HireSolution SolveBestHires(const HireProblem& problem);

// The objective of the team plus `picks` (pool indices).
double HireObjective(const HireProblem& problem, const std::vector<size_t>& picks);

}  // namespace firsthire

#endif  // FIRSTHIRE_TEAM_OPTIMIZER_H_

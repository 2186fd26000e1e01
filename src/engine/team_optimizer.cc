// SolveBestHires: exact budgeted best-K coverage by branch and bound.
// See include/firsthire/team_optimizer.h for the model and the guarantees.
#include "firsthire/team_optimizer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace firsthire {

namespace {

constexpr double kEps = 1e-9;
constexpr int kLevels = 6;  // levels 0..5
// The dominance lattice is used up to this many cells (six traits at six
// levels, plus the 0/1 bonus trait).
constexpr size_t kMaxLatticeCells = 2 * 6 * 6 * 6 * 6 * 6 * 6;
// The playbook's traits, plus the domain-coder bonus as one more trait.
constexpr size_t kMaxSearchTraits = kMaxOptimizerTraits + 1;

using Levels = std::array<uint8_t, kMaxSearchTraits>;

// Is the bonus part of the objective? Then the search has one more trait
// (index weights.size()), with level 1 for whoever earns the bonus.
bool BonusTrait(const HireProblem& p) { return p.bonus.weight > 0 && p.bonus.domain_trait >= 0; }
size_t SearchTraits(const HireProblem& p) { return p.weights.size() + (BonusTrait(p) ? 1 : 0); }

// Candidate i's levels on the search traits.
void SearchLevels(const HireProblem& p, size_t i, uint8_t* out) {
  const CandidatePool& pool = *p.pool;
  size_t traits = p.weights.size();
  std::copy(pool.levels(i), pool.levels(i) + traits, out);
  if (BonusTrait(p)) out[traits] = p.bonus.Earns(pool.levels(i), pool.codes(i)) ? 1 : 0;
}

// Values of the objective per trait and (best, second) pair.
class ValueTable {
 public:
  ValueTable(const HireProblem& p) : traits_(SearchTraits(p)), table_(traits_ * 36) {
    for (size_t t = p.weights.size(); t < traits_; ++t) {  // the bonus: earned or not
      for (int a = 1; a < kLevels; ++a) {
        for (int b = 0; b < kLevels; ++b) table_[t * 36 + a * 6 + b] = p.bonus.weight;
      }
    }
    for (size_t t = 0; t < p.weights.size(); ++t) {
      for (int a = 0; a < kLevels; ++a) {
        for (int b = 0; b < kLevels; ++b) {
          table_[t * 36 + a * 6 + b] =
              p.weights[t] * (a + p.depth_weight * std::min(b, p.depth_cap));
        }
      }
    }
  }
  double operator()(size_t t, int best, int second) const { return table_[t * 36 + best * 6 + second]; }
  size_t traits() const { return traits_; }

 private:
  size_t traits_;
  std::vector<double> table_;
};

// The two best levels per trait of a group.
struct TopTwo {
  Levels best{};
  Levels second{};

  void Add(const uint8_t* lv, size_t traits) {
    for (size_t t = 0; t < traits; ++t) Push(t, lv[t]);
  }
  void Push(size_t t, uint8_t c) {
    if (c > best[t]) {
      second[t] = best[t];
      best[t] = c;
    } else if (c > second[t]) {
      second[t] = c;
    }
  }
  double Score(const ValueTable& v) const {
    double s = 0;
    for (size_t t = 0; t < v.traits(); ++t) s += v(t, best[t], second[t]);
    return s;
  }
  double Gain(const uint8_t* lv, const ValueTable& v) const {
    double g = 0;
    for (size_t t = 0; t < v.traits(); ++t) {
      uint8_t c = lv[t];
      if (c <= second[t]) continue;
      double old = v(t, best[t], second[t]);
      g += (c > best[t] ? v(t, c, best[t]) : v(t, best[t], c)) - old;
    }
    return g;
  }
};

// The candidates left after the reductions, with their cleared levels.
struct Reduced {
  size_t traits = 0;
  std::vector<uint8_t> levels;  // traits per candidate
  std::vector<double> cost;
  std::vector<uint32_t> original;  // pool index
  const uint8_t* lv(size_t i) const { return &levels[i * traits]; }
  size_t size() const { return cost.size(); }
};

// Levels that cannot change the objective in any superset of the team are
// cleared: a level at or below the team's second best never enters the top
// two; once the team's second best reaches the depth cap (or depth counts
// nothing), only a new best matters.
Reduced ClearAndFilter(const HireProblem& p, double budget) {
  const CandidatePool& pool = *p.pool;
  Reduced r;
  r.traits = SearchTraits(p);
  Levels floor_level{};
  if (BonusTrait(p)) floor_level[p.weights.size()] = p.team_has_bonus ? 1 : 0;
  for (size_t t = 0; t < p.weights.size(); ++t) {
    bool depth_saturated = p.depth_weight <= 0 || p.team_second[t] >= p.depth_cap;
    floor_level[t] = depth_saturated ? p.team_best[t] : p.team_second[t];
    if (p.weights[t] <= 0) floor_level[t] = 5;
  }
  std::vector<uint8_t> lv(r.traits), src(r.traits);
  for (size_t i = 0; i < pool.size(); ++i) {
    if (pool.cost(i) > budget + kEps) continue;
    SearchLevels(p, i, src.data());
    bool useful = false;
    for (size_t t = 0; t < r.traits; ++t) {
      lv[t] = src[t] > floor_level[t] ? std::min<uint8_t>(src[t], 5) : 0;
      useful = useful || lv[t] > 0;
    }
    if (!useful) continue;
    r.levels.insert(r.levels.end(), lv.begin(), lv.end());
    r.cost.push_back(pool.cost(i));
    r.original.push_back(static_cast<uint32_t>(i));
  }
  return r;
}

struct Entry {
  double cost;
  uint32_t index;  // into Reduced
  uint32_t cell;
  bool operator<(const Entry& o) const { return cost != o.cost ? cost < o.cost : index < o.index; }
};

// Keeps the k smallest entries of a (sorted, at most k long) list.
void InsertK(Entry* list, uint8_t* count, int k, const Entry& e) {
  int n = *count;
  if (n == k && !(e < list[n - 1])) return;
  int pos = n < k ? n : n - 1;
  while (pos > 0 && e < list[pos - 1]) {
    list[pos] = list[pos - 1];
    --pos;
  }
  list[pos] = e;
  if (n < k) ++*count;
}

// The lattice's radix per trait (the highest level left, plus one) and its
// number of cells (saturating above kMaxLatticeCells).
size_t LatticeCells(const Reduced& in, std::vector<uint32_t>* radix) {
  radix->assign(in.traits, 1);
  for (size_t i = 0; i < in.size(); ++i) {
    for (size_t t = 0; t < in.traits; ++t)
      (*radix)[t] = std::max<uint32_t>((*radix)[t], in.lv(i)[t] + 1u);
  }
  size_t cells = 1;
  for (uint32_t r : *radix) cells = std::min(cells * r, kMaxLatticeCells + 1);
  return cells;
}

// Drops every candidate that K others dominate (levels >= on every trait,
// the bonus trait included, cost <=, strictly better somewhere or earlier in
// the pool). Exact: in any solution, a dropped pick can be swapped for one of
// its dominators that is kept and not picked, without lowering the objective
// or raising the cost. Requires LatticeCells(in) <= kMaxLatticeCells.
Reduced DropDominated(const Reduced& in, int k) {
  if (k <= 0 || in.size() == 0) return in;
  std::vector<uint32_t> radix;
  size_t cells = LatticeCells(in, &radix);
  assert(cells <= kMaxLatticeCells);
  cells = 1;
  std::vector<uint32_t> stride(in.traits);
  for (size_t t = 0; t < in.traits; ++t) {
    stride[t] = static_cast<uint32_t>(cells);
    cells *= radix[t];
  }
  auto cell_of = [&](size_t i) {
    uint32_t c = 0;
    for (size_t t = 0; t < in.traits; ++t) c += in.lv(i)[t] * stride[t];
    return c;
  };
  std::vector<Entry> own(cells * k);
  std::vector<uint8_t> own_count(cells, 0);
  std::vector<uint32_t> cell(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    cell[i] = cell_of(i);
    InsertK(&own[cell[i] * k], &own_count[cell[i]], k,
            Entry{in.cost[i], static_cast<uint32_t>(i), cell[i]});
  }
  // up[c]: the k cheapest candidates whose levels are >= those of cell c,
  // built one trait at a time (each candidate reaches each cell once).
  std::vector<Entry> up = own;
  std::vector<uint8_t> up_count = own_count;
  for (size_t t = 0; t < in.traits; ++t) {
    for (size_t c = cells; c-- > 0;) {
      if ((c / stride[t]) % radix[t] == radix[t] - 1) continue;
      size_t above = c + stride[t];
      for (int j = 0; j < up_count[above]; ++j) InsertK(&up[c * k], &up_count[c], k, up[above * k + j]);
    }
  }
  Reduced out;
  out.traits = in.traits;
  for (size_t c = 0; c < cells; ++c) {
    for (int j = 0; j < own_count[c]; ++j) {
      const Entry& e = own[c * k + j];
      int dominators = 0;
      for (int q = 0; q < up_count[c]; ++q) {
        const Entry& d = up[c * k + q];
        if (d.index == e.index) continue;
        if (d.cost < e.cost || (d.cost == e.cost && (d.cell != e.cell || d.index < e.index))) {
          ++dominators;
        }
      }
      if (dominators >= k) continue;
      out.levels.insert(out.levels.end(), in.lv(e.index), in.lv(e.index) + in.traits);
      out.cost.push_back(e.cost);
      out.original.push_back(in.original[e.index]);
    }
  }
  // Back to pool order, so that ties are broken the same way whatever the cells.
  std::vector<size_t> order(out.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return out.original[a] < out.original[b]; });
  Reduced sorted;
  sorted.traits = out.traits;
  for (size_t i : order) {
    sorted.levels.insert(sorted.levels.end(), out.lv(i), out.lv(i) + out.traits);
    sorted.cost.push_back(out.cost[i]);
    sorted.original.push_back(out.original[i]);
  }
  return sorted;
}

// Without the lattice (many traits): only identical candidates beyond the k
// cheapest are dropped.
Reduced DropIdenticalBeyondK(const Reduced& in, int k) {
  std::unordered_map<std::string, int> seen;
  std::vector<size_t> order(in.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return in.cost[a] < in.cost[b]; });
  std::vector<bool> keep(in.size(), false);
  for (size_t i : order) {
    std::string key(reinterpret_cast<const char*>(in.lv(i)), in.traits);
    if (seen[key]++ < k) keep[i] = true;
  }
  Reduced out;
  out.traits = in.traits;
  for (size_t i = 0; i < in.size(); ++i) {
    if (!keep[i]) continue;
    out.levels.insert(out.levels.end(), in.lv(i), in.lv(i) + in.traits);
    out.cost.push_back(in.cost[i]);
    out.original.push_back(in.original[i]);
  }
  return out;
}

class Search {
 public:
  Search(const HireProblem& p, const Reduced& r, const ValueTable& v, double budget)
      : p_(p), r_(r), v_(v), budget_(budget), budgeted_(std::isfinite(budget)), k_(p.max_picks) {}

  void Run(const TopTwo& team) {
    team_ = team;
    best_value_ = team.Score(v_);
    best_cost_ = 0;
    Greedy(false);
    Greedy(true);
    LocalSearch();
    std::vector<uint32_t> all(r_.size());
    std::iota(all.begin(), all.end(), 0);
    picks_.clear();
    bounds_.assign(k_ + 1, 0);
    ChooseMultiplier(team_);
    ChooseRoleMultipliers();
    if (budgeted_) {
      cost_order_ = all;
      std::stable_sort(cost_order_.begin(), cost_order_.end(),
                       [&](uint32_t a, uint32_t b) { return r_.cost[a] < r_.cost[b]; });
      mark_.assign(r_.size(), 0);
      slot_.assign(r_.size(), 0);
    }
    if (k_ > 0) Node(0, team_, team.Score(v_), 0.0, all.data(), all.size(), mu_);
  }

  std::vector<size_t> best_picks() const {
    std::vector<size_t> out;
    for (uint32_t i : best_) out.push_back(r_.original[i]);
    std::sort(out.begin(), out.end());
    return out;
  }
  bool aborted() const { return aborted_; }
  double abort_bound() const { return abort_bound_; }
  uint64_t nodes() const { return nodes_; }

 private:
  struct Item {
    double gain;
    double adjusted;  // gain - mu * cost: the Lagrangian value of the budget
    double role;      // role_value - role_mu * cost (the role relaxation)
    uint32_t index;
  };
  struct Scratch {
    std::vector<Item> items;
    std::vector<uint32_t> list;
    std::vector<uint8_t> suf_best;    // (m+1) x traits: best two levels from position p on
    std::vector<uint8_t> suf_second;
    // From position p on, the sum of the r (and r-1) largest gains, and of
    // the r (and r-1) largest positive adjusted gains.
    std::vector<double> gain_r, gain_r1, adj_r, adj_r1, role_r, role_r1;
    std::vector<std::pair<double, double>> sky;  // (gain, cost) of the r-skyband
    std::vector<uint32_t> order;
  };

  // Keeps the `n` largest values seen in `top` (descending), returns the sums
  // of the first n and n-1 of them.
  static void PushTop(double value, int n, std::array<double, 8>& top, int& size) {
    if (n <= 0) return;
    if (size == n && value <= top[n - 1]) return;
    int pos = size < n ? size++ : n - 1;
    while (pos > 0 && top[pos - 1] < value) {
      top[pos] = top[pos - 1];
      --pos;
    }
    top[pos] = value;
  }
  static double SumTop(const std::array<double, 8>& top, int size, int n) {
    double sum = 0;
    for (int j = 0; j < std::min(size, n); ++j) sum += top[j];
    return sum;
  }

  // The multiplier of the budget in the Lagrangian bound: any mu >= 0 gives
  // a valid bound, mu * budget + sum of the K largest (gain - mu * cost)^+;
  // this picks the mu that makes it smallest at the root (the bound is
  // convex in mu, so a ternary search finds it).
  void ChooseMultiplier(const TopTwo& team) {
    mu_ = 0;
    if (!std::isfinite(budget_) || k_ <= 0 || r_.size() == 0) return;
    std::vector<double> gain(r_.size());
    double hi = 0;
    for (size_t i = 0; i < r_.size(); ++i) {
      gain[i] = team.Gain(r_.lv(i), v_);
      if (r_.cost[i] > 0) hi = std::max(hi, gain[i] / r_.cost[i]);
    }
    auto bound = [&](double mu) {
      std::array<double, 8> top{};
      int size = 0;
      for (size_t i = 0; i < r_.size(); ++i) {
        double a = gain[i] - mu * r_.cost[i];
        if (a > 0) PushTop(a, k_, top, size);
      }
      return mu * budget_ + SumTop(top, size, k_);
    };
    double lo = 0;
    for (int iter = 0; iter < 60 && hi - lo > 1e-15; ++iter) {
      double m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
      if (bound(m1) <= bound(m2)) hi = m2;
      else lo = m1;
    }
    mu_ = bound(lo) <= bound(0) ? lo : 0;
  }

  // Is (value, cost, picks) better than the incumbent?
  bool Better(double value, double cost, const std::vector<uint32_t>& picks) const {
    if (value > best_value_ + kEps) return true;
    if (value < best_value_ - kEps) return false;
    if (cost < best_cost_ - kEps) return true;
    if (cost > best_cost_ + kEps) return false;
    if (picks.size() != best_.size()) return picks.size() < best_.size();
    return SortedOriginal(picks) < SortedOriginal(best_);
  }
  std::vector<uint32_t> SortedOriginal(const std::vector<uint32_t>& picks) const {
    std::vector<uint32_t> o;
    for (uint32_t i : picks) o.push_back(r_.original[i]);
    std::sort(o.begin(), o.end());
    return o;
  }
  void Offer(double value, double cost, const std::vector<uint32_t>& picks) {
    if (Better(value, cost, picks)) {
      best_value_ = value;
      best_cost_ = cost;
      best_ = picks;
    }
  }
  // Can a subtree whose objective is at most `ub` still beat the incumbent?
  // Only a strictly higher objective counts: proving that no equally good but
  // cheaper choice exists can cost more than the whole search (on random pools
  // many choices reach the same score), so among equal objectives the first
  // found wins: candidates are tried in a fixed order (value for money, then
  // cost, then pool position), and the heuristics' ties go to the cheaper.
  bool Hopeless(double ub) const { return ub <= best_value_ + kEps; }

  double Evaluate(const std::vector<uint32_t>& picks, double* cost) const {
    TopTwo s = team_;
    *cost = 0;
    for (uint32_t i : picks) {
      s.Add(r_.lv(i), r_.traits);
      *cost += r_.cost[i];
    }
    return s.Score(v_);
  }

  // Greedy by gain (or by gain per cost), within budget and K.
  void Greedy(bool by_ratio) {
    TopTwo s = team_;
    std::vector<uint32_t> picks;
    double cost = 0;
    for (int step = 0; step < k_; ++step) {
      double best_key = 0;
      int64_t chosen = -1;
      for (uint32_t i = 0; i < r_.size(); ++i) {
        if (cost + r_.cost[i] > budget_ + kEps) continue;
        if (std::find(picks.begin(), picks.end(), i) != picks.end()) continue;
        double g = s.Gain(r_.lv(i), v_);
        if (g <= kEps) continue;
        double key = by_ratio ? g / std::max(r_.cost[i], 1e-9) : g;
        if (key > best_key) best_key = key, chosen = i;
      }
      if (chosen < 0) break;
      picks.push_back(static_cast<uint32_t>(chosen));
      s.Add(r_.lv(chosen), r_.traits);
      cost += r_.cost[chosen];
      Offer(s.Score(v_), cost, picks);
    }
  }

  // Swaps one pick for another candidate while that improves the incumbent.
  void LocalSearch() {
    for (int pass = 0; pass < 4 && !best_.empty(); ++pass) {
      bool improved = false;
      for (size_t j = 0; j < best_.size(); ++j) {
        std::vector<uint32_t> trial = best_;
        for (uint32_t i = 0; i < r_.size(); ++i) {
          if (std::find(best_.begin(), best_.end(), i) != best_.end()) continue;
          trial[j] = i;
          double cost;
          double value = Evaluate(trial, &cost);
          if (cost > budget_ + kEps) continue;
          if (Better(value, cost, trial)) {
            Offer(value, cost, trial);
            improved = true;
            trial = best_;
          }
        }
      }
      if (!improved) break;
    }
  }

  // The value an element at `level` brings on trait t under the multipliers:
  // the better of its two roles, or nothing.
  double RoleValue(size_t t, int level, const std::vector<double>& pi,
                   const std::vector<double>& sigma, int* role) const {
    double best = v_(t, level, 0) - pi[t];
    double second = (v_(t, level, level) - v_(t, level, 0)) - sigma[t];
    if (best <= 0 && second <= 0) {
      *role = 0;
      return 0;
    }
    *role = best >= second ? 1 : 2;
    return std::max(best, second);
  }
  double Fixed(const TopTwo& s, const std::vector<double>& pi, const std::vector<double>& sigma,
               std::vector<int>* best_roles = nullptr, std::vector<int>* second_roles = nullptr) const {
    double total = 0;
    int role;
    for (size_t t = 0; t < r_.traits; ++t) {
      total += pi[t] + sigma[t];
      for (uint8_t level : {s.best[t], s.second[t]}) {
        total += RoleValue(t, level, pi, sigma, &role);
        if (best_roles && role == 1) ++(*best_roles)[t];
        if (second_roles && role == 2) ++(*second_roles)[t];
      }
    }
    return total;
  }

  // Subgradient descent on (pi, sigma, mu) for the root bound.
  void ChooseRoleMultipliers() {
    size_t T = r_.traits, n = r_.size();
    if (n == 0 || k_ <= 0) return;
    bool budgeted = std::isfinite(budget_);
    std::vector<double> pi(T), sigma(T);
    for (size_t t = 0; t < T; ++t) {
      pi[t] = v_(t, team_.best[t], 0);
      sigma[t] = v_(t, team_.best[t], team_.second[t]) - v_(t, team_.best[t], 0);
    }
    double scaled_mu = budgeted ? mu_ * budget_ : 0;  // mu * budget, in objective units
    double best_bound = std::numeric_limits<double>::infinity();
    std::vector<double> best_pi = pi, best_sigma = sigma;
    double best_mu = mu_;
    double theta = 1.0;
    int since_improved = 0;
    std::vector<int> nbest(T), nsecond(T);
    // A candidate's value depends on its levels only: tabulate the value and
    // the role of every (trait, level) once per iteration.
    std::vector<double> table(T * kLevels);
    std::vector<int> roles(T * kLevels);
    for (int iter = 0; iter < 150; ++iter) {
      double mu = budgeted ? scaled_mu / budget_ : 0;
      for (size_t t = 0; t < T; ++t) {
        for (int l = 0; l < kLevels; ++l) {
          table[t * kLevels + l] = RoleValue(t, l, pi, sigma, &roles[t * kLevels + l]);
        }
      }
      std::fill(nbest.begin(), nbest.end(), 0);
      std::fill(nsecond.begin(), nsecond.end(), 0);
      double bound = Fixed(team_, pi, sigma, &nbest, &nsecond) + scaled_mu;
      std::array<double, 8> top{};
      std::array<uint32_t, 8> top_index{};
      int size = 0;
      for (uint32_t i = 0; i < n; ++i) {
        double v = 0;
        const uint8_t* lv = r_.lv(i);
        for (size_t t = 0; t < T; ++t) v += table[t * kLevels + lv[t]];
        double a = v - mu * r_.cost[i];
        if (a <= 0 || (size == k_ && a <= top[k_ - 1])) continue;
        int pos = size < k_ ? size++ : k_ - 1;
        while (pos > 0 && top[pos - 1] < a) {
          top[pos] = top[pos - 1];
          top_index[pos] = top_index[pos - 1];
          --pos;
        }
        top[pos] = a;
        top_index[pos] = i;
      }
      double cost = 0;
      for (int j = 0; j < size; ++j) {
        bound += top[j];
        cost += r_.cost[top_index[j]];
        const uint8_t* lv = r_.lv(top_index[j]);
        for (size_t t = 0; t < T; ++t) {
          int role = roles[t * kLevels + lv[t]];
          if (role == 1) ++nbest[t];
          if (role == 2) ++nsecond[t];
        }
      }
      if (bound < best_bound - 1e-12) {
        best_bound = bound;
        best_pi = pi;
        best_sigma = sigma;
        best_mu = mu;
        since_improved = 0;
      } else if (++since_improved >= 8) {
        theta /= 2;
        since_improved = 0;
      }
      double gap = bound - best_value_;
      if (gap <= 1e-9 || theta < 1e-4) break;
      // Subgradient (of the bound, which is being minimised).
      double norm = 0;
      std::vector<double> g_pi(T), g_sigma(T);
      for (size_t t = 0; t < T; ++t) {
        g_pi[t] = 1.0 - nbest[t];
        g_sigma[t] = 1.0 - nsecond[t];
        norm += g_pi[t] * g_pi[t] + g_sigma[t] * g_sigma[t];
      }
      double g_mu = budgeted ? 1.0 - cost / budget_ : 0;
      norm += g_mu * g_mu;
      if (norm <= 0) break;
      double step = theta * gap / norm;
      for (size_t t = 0; t < T; ++t) {
        pi[t] = std::max(0.0, pi[t] - step * g_pi[t]);
        sigma[t] = std::max(0.0, sigma[t] - step * g_sigma[t]);
      }
      if (budgeted) scaled_mu = std::max(0.0, scaled_mu - step * g_mu);
    }
    pi_ = best_pi;
    sigma_ = best_sigma;
    role_mu_ = best_mu;
    role_table_.assign(T * kLevels, 0);
    role_fixed_.assign(T, 0);
    for (size_t t = 0; t < T; ++t) {
      int role;
      role_fixed_[t] = pi_[t] + sigma_[t];
      for (int l = 0; l < kLevels; ++l) {
        role_table_[t * kLevels + l] = RoleValue(t, l, pi_, sigma_, &role);
      }
    }
    role_adjusted_.assign(n, 0);
    for (uint32_t i = 0; i < n; ++i) {
      double value = 0;
      for (size_t t = 0; t < T; ++t) value += role_table_[t * kLevels + r_.lv(i)[t]];
      role_adjusted_[i] = value - role_mu_ * r_.cost[i];
    }
    role_bound_ = true;
  }

  // Fixed(s, pi_, sigma_) from the tabulated role values.
  double RoleFixed(const TopTwo& s) const {
    double total = 0;
    for (size_t t = 0; t < r_.traits; ++t) {
      total += role_fixed_[t];
      total += role_table_[t * kLevels + s.best[t]];
      total += role_table_[t * kLevels + s.second[t]];
    }
    return total;
  }

  // The trait ceiling: the best the objective can reach from state `s` with
  // up to `n` more picks among the list positions >= `from`.
  double Ceiling(const TopTwo& s, const Scratch& sc, size_t from, int n) const {
    double total = 0;
    size_t T = r_.traits;
    for (size_t t = 0; t < T; ++t) {
      uint8_t a = s.best[t], b = s.second[t];
      auto push = [&](uint8_t c) {
        if (c > a) b = a, a = c;
        else if (c > b) b = c;
      };
      if (n >= 1) push(sc.suf_best[from * T + t]);
      if (n >= 2) push(sc.suf_second[from * T + t]);
      total += v_(t, a, b);
    }
    return total;
  }

  // The (gain, cost) of the node's items that can be among the r largest
  // gain - mu * cost for some mu >= 0: an item with r others no dearer and
  // no worse is never needed (the r-skyband). Sweeps the items by cost.
  void Skyband(Scratch& sc, int r) {
    sc.sky.clear();
    std::array<double, 8> top{};
    int size = 0;
    auto visit = [&](const Item& item) {
      if (size == r && item.gain <= top[r - 1]) return;
      PushTop(item.gain, r, top, size);
      sc.sky.push_back({item.gain, r_.cost[item.index]});
    };
    size_t m = sc.items.size();
    if (m * 8 < r_.size()) {
      sc.order.resize(m);
      std::iota(sc.order.begin(), sc.order.end(), 0);
      std::sort(sc.order.begin(), sc.order.end(), [&](uint32_t a, uint32_t b) {
        return r_.cost[sc.items[a].index] < r_.cost[sc.items[b].index];
      });
      for (uint32_t q : sc.order) visit(sc.items[q]);
    } else {
      if (++serial_ == 0) {
        std::fill(mark_.begin(), mark_.end(), 0);
        serial_ = 1;
      }
      for (size_t q = 0; q < m; ++q) {
        mark_[sc.items[q].index] = serial_;
        slot_[sc.items[q].index] = static_cast<uint32_t>(q);
      }
      for (uint32_t i : cost_order_) {
        if (mark_[i] == serial_) visit(sc.items[slot_[i]]);
      }
    }
  }
  // mu * room + the r largest (gain - mu * cost)^+ over the skyband.
  double Lagrangian(const Scratch& sc, double mu, double room, int r) const {
    std::array<double, 8> top{};
    int size = 0;
    for (const auto& [gain, cost] : sc.sky) {
      double a = gain - mu * cost;
      if (a > 0) PushTop(a, r, top, size);
    }
    return mu * room + SumTop(top, size, r);
  }

  // The sum of the n largest values of `top` (descending, `size` long, the
  // largest values of a multiset) once one copy of `v` is taken out, when v
  // is in the multiset (`member`).
  static double SumTopWithout(const std::array<double, 8>& top, int size, int n, double v,
                              bool member) {
    if (n <= 0) return 0;
    if (member && (size <= n || v >= top[n - 1])) return SumTop(top, size, n + 1) - v;
    return SumTop(top, size, n);
  }

  // Drops the items that no choice beating the incumbent can contain: for
  // item q, the bounds of the node with q picked and the other r - 1 picks
  // anywhere in the list (gains, budget Lagrangian, role relaxation). A
  // dropped item is gone for the whole subtree, whose lists are suffixes of
  // this one. Repeated while it shrinks the list, as the sums shrink with it.
  void DropHopelessItems(Scratch& sc, const TopTwo& s, double value, double room, int r,
                         double mu, double fixed) {
    size_t T = r_.traits;
    // The change of Fixed() when a level joins state s, per (trait, level).
    std::array<double, kMaxSearchTraits * kLevels> role_delta;
    if (role_bound_) {
      for (size_t t = 0; t < T; ++t) {
        double old = role_table_[t * kLevels + s.best[t]] + role_table_[t * kLevels + s.second[t]];
        for (int c = 0; c < kLevels; ++c) {
          uint8_t a = s.best[t], b = s.second[t];
          if (c > a) b = a, a = static_cast<uint8_t>(c);
          else if (c > b) b = static_cast<uint8_t>(c);
          role_delta[t * kLevels + c] =
              role_table_[t * kLevels + a] + role_table_[t * kLevels + b] - old;
        }
      }
    }
    for (int round = 0; round < 4; ++round) {
      std::array<double, 8> top_gain{}, top_adj{}, top_role{};
      int n_gain = 0, n_adj = 0, n_role = 0;
      for (const Item& item : sc.items) {
        PushTop(item.gain, r, top_gain, n_gain);
        double adjusted = item.gain - mu * r_.cost[item.index];
        if (adjusted > 0) PushTop(adjusted, r, top_adj, n_adj);
        if (item.role > 0) PushTop(item.role, r, top_role, n_role);
      }
      size_t kept = 0;
      for (const Item& item : sc.items) {
        double c = r_.cost[item.index];
        double ub = value + item.gain + SumTopWithout(top_gain, n_gain, r - 1, item.gain, true);
        if (budgeted_) {
          double adjusted = item.gain - mu * c;
          ub = std::min(ub, value + mu * room + adjusted +
                                SumTopWithout(top_adj, n_adj, r - 1, adjusted, adjusted > 0));
        }
        if (role_bound_ && !Hopeless(ub)) {
          const uint8_t* lv = r_.lv(item.index);
          double with = fixed;
          for (size_t t = 0; t < T; ++t) with += role_delta[t * kLevels + lv[t]];
          double role_room = budgeted_ ? role_mu_ * (room - c) : 0;
          ub = std::min(ub, with + role_room +
                                SumTopWithout(top_role, n_role, r - 1, item.role, item.role > 0));
        }
        if (!Hopeless(ub)) sc.items[kept++] = item;
      }
      bool shrunk_much = kept < sc.items.size() - sc.items.size() / 8;
      sc.items.resize(kept);
      if (!shrunk_much) break;
    }
  }

  void Node(int depth, const TopTwo& s, double value, double cost, const uint32_t* src, size_t n,
            double parent_mu) {
    if (aborted_) return;
    int r = k_ - depth;
    size_t T = r_.traits;
    Scratch& sc = scratch_[depth];
    sc.items.clear();
    double room = budget_ - cost;
    // The marginal gain of every (trait, level) from state s.
    std::array<double, kMaxSearchTraits * kLevels> gain_table;
    for (size_t t = 0; t < T; ++t) {
      double old = v_(t, s.best[t], s.second[t]);
      for (int c = 0; c < kLevels; ++c) {
        if (c <= s.second[t]) {
          gain_table[t * kLevels + c] = 0.0;
        } else {
          double now = c > s.best[t] ? v_(t, c, s.best[t]) : v_(t, s.best[t], c);
          gain_table[t * kLevels + c] = now - old;
        }
      }
    }
    std::array<double, 8> top_gain{}, top_role{};
    int n_gain = 0, n_role = 0;
    for (size_t q = 0; q < n; ++q) {
      uint32_t i = src[q];
      if (r_.cost[i] > room + kEps) continue;
      const uint8_t* lv = r_.lv(i);
      double g = 0;
      for (size_t t = 0; t < T; ++t) g += gain_table[t * kLevels + lv[t]];
      if (g > kEps) {
        double role = role_bound_ ? role_adjusted_[i] : 0;
        sc.items.push_back(Item{g, g - mu_ * r_.cost[i], role, i});
        PushTop(g, r, top_gain, n_gain);
        if (role > 0) PushTop(role, r, top_role, n_role);
      }
    }
    if (sc.items.empty()) return;
    // Re-tighten the budget multiplier for this node: mu * room + the r
    // largest (gain - mu * cost)^+ is an upper bound for any mu >= 0 (it is
    // the dual of the fractional knapsack with at most r picks), convex in mu;
    // the root's mu is rarely the best once the room and the gains shrink.
    // Only the r-skyband of (gain, cost) matters, usually a few dozen items.
    double node_mu = mu_;
    double lagrangian = std::numeric_limits<double>::infinity();
    if (budgeted_) {
      Skyband(sc, r);
      lagrangian = Lagrangian(sc, mu_, room, r);
      if (depth > 0) {
        double hi = 0;
        for (const auto& [gain, c] : sc.sky) {
          if (c > 0) hi = std::max(hi, gain / c);
        }
        double lo = 0;
        for (int iter = 0; iter < 60 && hi - lo > 1e-15; ++iter) {
          double m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3;
          if (Lagrangian(sc, m1, room, r) <= Lagrangian(sc, m2, room, r)) hi = m2;
          else lo = m1;
        }
        for (double mu : {lo, parent_mu}) {
          double l = Lagrangian(sc, mu, room, r);
          if (l < lagrangian) lagrangian = l, node_mu = mu;
        }
      }
    }
    // Nothing from this node on can beat the incumbent: stop before sorting.
    double fixed = role_bound_ ? RoleFixed(s) : 0;
    double role_room = budgeted_ ? role_mu_ * room : 0;
    {
      double ub = value + SumTop(top_gain, n_gain, r);
      if (budgeted_) ub = std::min(ub, value + lagrangian);
      if (role_bound_) ub = std::min(ub, fixed + role_room + SumTop(top_role, n_role, r));
      if (Hopeless(ub)) return;
    }
    DropHopelessItems(sc, s, value, room, r, node_mu, fixed);
    if (sc.items.empty()) return;
    // Best value for money first: good solutions early, tight bounds soon.
    std::sort(sc.items.begin(), sc.items.end(), [&](const Item& a, const Item& b) {
      if (a.role != b.role) return a.role > b.role;
      if (a.adjusted != b.adjusted) return a.adjusted > b.adjusted;
      if (a.gain != b.gain) return a.gain > b.gain;
      if (r_.cost[a.index] != r_.cost[b.index]) return r_.cost[a.index] < r_.cost[b.index];
      return r_.original[a.index] < r_.original[b.index];
    });
    size_t m = sc.items.size();
    sc.list.resize(m);
    sc.suf_best.assign((m + 1) * T, 0);
    sc.suf_second.assign((m + 1) * T, 0);
    sc.gain_r.assign(m + 1, 0);
    sc.gain_r1.assign(m + 1, 0);
    sc.adj_r.assign(m + 1, 0);
    sc.adj_r1.assign(m + 1, 0);
    sc.role_r.assign(m + 1, 0);
    sc.role_r1.assign(m + 1, 0);
    n_gain = 0;
    n_role = 0;
    std::array<double, 8> top_adj{};
    int n_adj = 0;
    for (size_t q = m; q-- > 0;) {
      const Item& item = sc.items[q];
      sc.list[q] = item.index;
      const uint8_t* lv = r_.lv(item.index);
      for (size_t t = 0; t < T; ++t) {
        uint8_t a = sc.suf_best[(q + 1) * T + t], b = sc.suf_second[(q + 1) * T + t];
        uint8_t c = lv[t];
        if (c > a) b = a, a = c;
        else if (c > b) b = c;
        sc.suf_best[q * T + t] = a;
        sc.suf_second[q * T + t] = b;
      }
      PushTop(item.gain, r, top_gain, n_gain);
      double adjusted = item.gain - node_mu * r_.cost[item.index];
      if (adjusted > 0) PushTop(adjusted, r, top_adj, n_adj);
      sc.gain_r[q] = SumTop(top_gain, n_gain, r);
      sc.gain_r1[q] = SumTop(top_gain, n_gain, r - 1);
      sc.adj_r[q] = SumTop(top_adj, n_adj, r);
      sc.adj_r1[q] = SumTop(top_adj, n_adj, r - 1);
      if (item.role > 0) PushTop(item.role, r, top_role, n_role);
      sc.role_r[q] = SumTop(top_role, n_role, r);
      sc.role_r1[q] = SumTop(top_role, n_role, r - 1);
    }
    bool budgeted = budgeted_;

    for (size_t q = 0; q < m; ++q) {
      // Everything that picks from position q on: no better than this. The
      // bounds are taken cheapest first and the dearer ones only while the
      // cheaper ones leave hope (any one of them suffices to prune).
      double ub_rest = value + sc.gain_r[q];
      if (budgeted) ub_rest = std::min(ub_rest, value + node_mu * room + sc.adj_r[q]);
      if (role_bound_ && !Hopeless(ub_rest)) {
        ub_rest = std::min(ub_rest, fixed + role_room + sc.role_r[q]);
      }
      if (!Hopeless(ub_rest)) ub_rest = std::min(ub_rest, Ceiling(s, sc, q, r));
      if (Hopeless(ub_rest)) break;
      bounds_[depth] = ub_rest;
      ++nodes_;
      if (p_.should_stop && p_.should_stop()) {
        aborted_ = true;
        abort_bound_ = best_value_;
        for (int d = 0; d <= depth; ++d) abort_bound_ = std::max(abort_bound_, bounds_[d]);
        return;
      }
      uint32_t i = sc.list[q];
      double child_value = value + sc.items[q].gain;
      double child_cost = cost + r_.cost[i];
      picks_.push_back(i);
      Offer(child_value, child_cost, picks_);
      if (r > 1) {
        double ub_child = child_value + sc.gain_r1[q + 1];
        if (budgeted) {
          ub_child = std::min(ub_child, child_value + node_mu * (room - r_.cost[i]) + sc.adj_r1[q + 1]);
        }
        if (!Hopeless(ub_child)) {
          TopTwo child = s;
          child.Add(r_.lv(i), T);
          if (role_bound_) {
            double child_room = budgeted ? role_mu_ * (room - r_.cost[i]) : 0;
            ub_child = std::min(ub_child, RoleFixed(child) + child_room + sc.role_r1[q + 1]);
          }
          if (!Hopeless(ub_child)) {
            ub_child = std::min(ub_child, Ceiling(child, sc, q + 1, r - 1));
          }
          if (!Hopeless(ub_child)) {
            Node(depth + 1, child, child_value, child_cost, sc.list.data() + q + 1, m - q - 1,
                 node_mu);
          }
        }
      }
      picks_.pop_back();
      if (aborted_) return;
    }
  }

  const HireProblem& p_;
  const Reduced& r_;
  const ValueTable& v_;
  double budget_;
  bool budgeted_;
  int k_;
  TopTwo team_;
  double best_value_ = 0;
  double best_cost_ = 0;
  std::vector<uint32_t> best_;
  std::vector<uint32_t> picks_;
  std::vector<double> bounds_;
  std::array<Scratch, 8> scratch_;
  uint64_t nodes_ = 0;
  double mu_ = 0;  // Lagrange multiplier of the budget (0 without a budget)
  // For the skyband sweeps: candidates by cost, and a node's mark per candidate.
  std::vector<uint32_t> cost_order_;
  std::vector<uint32_t> mark_, slot_;
  uint32_t serial_ = 0;
  // The role relaxation: on each trait one element may take the "best" role
  // and one the "second" role; relaxing those two limits with multipliers
  // pi_t and sigma_t gives each candidate a value of its own (the sum of
  // role_table_ over its levels), so that for any state s and any further
  // picks X within the budget,
  //   objective <= Fixed(s) + mu * room + sum over X of (role_value - mu * cost)^+.
  // Any multipliers >= 0 make this valid; good ones make it tight (it then
  // sees that two candidates strong on the same trait do not add up).
  std::vector<double> pi_, sigma_;
  std::vector<double> role_table_;     // traits x levels: RoleValue under pi_, sigma_
  std::vector<double> role_fixed_;     // pi_t + sigma_t
  std::vector<double> role_adjusted_;  // per candidate: role value - role_mu_ * cost
  double role_mu_ = 0;
  bool role_bound_ = false;
  bool aborted_ = false;
  double abort_bound_ = 0;
};

TopTwo TeamState(const HireProblem& p) {
  TopTwo s;
  for (size_t t = 0; t < p.weights.size(); ++t) {
    s.best[t] = p.team_best[t];
    s.second[t] = p.team_second[t];
  }
  if (BonusTrait(p)) s.best[p.weights.size()] = p.team_has_bonus ? 1 : 0;
  return s;
}

}  // namespace

double HireObjective(const HireProblem& p, const std::vector<size_t>& picks) {
  ValueTable v(p);
  TopTwo s = TeamState(p);
  Levels lv{};
  for (size_t i : picks) {
    SearchLevels(p, i, lv.data());
    s.Add(lv.data(), v.traits());
  }
  return s.Score(v);
}

HireSolution SolveBestHires(const HireProblem& p) {
  assert(p.pool != nullptr && p.pool->trait_count() == p.weights.size());
  assert(p.weights.size() <= kMaxOptimizerTraits);
  ValueTable v(p);
  double budget = p.budget.value_or(std::numeric_limits<double>::infinity());
  int k = std::clamp(p.max_picks, 0, 5);
  Reduced cleared = ClearAndFilter(p, budget);
  std::vector<uint32_t> radix;
  Reduced reduced = LatticeCells(cleared, &radix) <= kMaxLatticeCells
                        ? DropDominated(cleared, k)
                        : DropIdenticalBeyondK(cleared, k);
  HireProblem bounded = p;
  bounded.max_picks = k;
  Search search(bounded, reduced, v, budget);
  search.Run(TeamState(p));

  HireSolution out;
  out.picks = search.best_picks();
  out.objective = HireObjective(p, out.picks);
  for (size_t i : out.picks) out.cost += p.pool->cost(i);
  out.optimal = !search.aborted();
  out.bound = out.optimal ? out.objective : std::max(out.objective, search.abort_bound());
  out.nodes = search.nodes();
  out.considered = reduced.size();
  return out;
}

}  // namespace firsthire

// KrippendorffAlpha and Calibrate.
#include "firsthire/calibration.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace firsthire {
namespace {

// Squared difference between values c and k under `metric`, given the
// marginal totals n_g of every value (for the ordinal metric).
double Delta(AlphaMetric metric, int c, int k, const std::map<int, double>& totals) {
  if (c == k) return 0;
  switch (metric) {
    case AlphaMetric::kNominal: return 1;
    case AlphaMetric::kInterval: return static_cast<double>(c - k) * (c - k);
    case AlphaMetric::kOrdinal: {
      int lo = std::min(c, k), hi = std::max(c, k);
      double sum = 0;
      for (const auto& [value, n] : totals) {
        if (value >= lo && value <= hi) sum += n;
      }
      sum -= (totals.at(c) + totals.at(k)) / 2;
      return sum * sum;
    }
  }
  return 0;
}

// The 2.5th and 97.5th percentiles of `values` (sorted in place).
std::optional<Interval> Percentiles(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  auto at = [&](double q) {
    double pos = q * static_cast<double>(values.size() - 1);
    size_t i = static_cast<size_t>(pos);
    double frac = pos - static_cast<double>(i);
    return i + 1 < values.size() ? values[i] * (1 - frac) + values[i + 1] * frac : values[i];
  };
  return Interval{at(0.025), at(0.975)};
}

// Resamples `items` with replacement `samples` times (seeded) and returns
// the percentile interval of `statistic` over the samples where it is defined.
template <typename T, typename Fn>
std::optional<Interval> Bootstrap(const std::vector<T>& items, int samples, uint64_t seed,
                                  Fn statistic) {
  if (items.size() < 2) return std::nullopt;
  std::mt19937_64 rng(seed);
  std::vector<double> values;
  std::vector<T> sample(items.size());
  for (int s = 0; s < samples; ++s) {
    for (auto& item : sample) item = items[rng() % items.size()];
    if (std::optional<double> v = statistic(sample)) values.push_back(*v);
  }
  return Percentiles(std::move(values));
}

std::string Band(const CalibrationRules& rules, double alpha) {
  for (const auto& band : rules.bands) {
    if (!band.below || alpha < *band.below) return band.id;
  }
  return rules.bands.empty() ? "" : rules.bands.back().id;
}

bool HasNotes(const Scorecard& card) { return !card.notes.empty() || !card.summary.empty(); }

}  // namespace

std::optional<double> KrippendorffAlpha(const std::vector<std::vector<int>>& units,
                                        AlphaMetric metric) {
  std::map<std::pair<int, int>, double> coincidences;
  std::map<int, double> totals;
  for (const auto& unit : units) {
    if (unit.size() < 2) continue;
    const double weight = 1.0 / static_cast<double>(unit.size() - 1);
    for (size_t i = 0; i < unit.size(); ++i) {
      for (size_t j = 0; j < unit.size(); ++j) {
        if (i == j) continue;
        coincidences[{unit[i], unit[j]}] += weight;
        totals[unit[i]] += weight;
      }
    }
  }
  double n = 0;
  for (const auto& [value, count] : totals) n += count;
  if (n < 2) return std::nullopt;
  double observed = 0, expected = 0;
  for (const auto& [pair, count] : coincidences) {
    observed += count * Delta(metric, pair.first, pair.second, totals);
  }
  for (const auto& [c, nc] : totals) {
    for (const auto& [k, nk] : totals) expected += nc * nk * Delta(metric, c, k, totals);
  }
  if (expected <= 0) return std::nullopt;
  return 1.0 - (n - 1) * observed / expected;
}

Calibration Calibrate(const Playbook& playbook, const std::vector<CandidateScorecards>& candidates) {
  const CalibrationRules& rules = playbook.calibration;
  Calibration out;
  out.playbook = InfoOf(playbook);
  out.candidates = static_cast<int>(candidates.size());
  std::map<std::string, std::vector<double>> offsets;
  std::map<std::string, std::pair<int, int>> cards;  // interviewer -> (scorecards, without notes)
  for (const auto& candidate : candidates) {
    for (const auto& card : candidate.scorecards) {
      auto& [total, bare] = cards[card.interviewer];
      ++total;
      if (!HasNotes(card)) ++bare;
    }
  }
  uint64_t seed = rules.seed;
  for (const Category& category : playbook.categories) {
    CategoryReliability r;
    r.category = category.id;
    std::vector<std::vector<int>> units;
    std::set<std::string> raters;
    for (const auto& candidate : candidates) {
      std::vector<std::pair<std::string, int>> scored;
      for (const auto& card : candidate.scorecards) {
        auto it = card.scores.find(category.id);
        if (it != card.scores.end()) scored.push_back({card.interviewer, it->second});
      }
      if (scored.size() < 2) continue;
      std::vector<int> values;
      double sum = 0;
      for (const auto& [who, score] : scored) {
        values.push_back(score);
        sum += score;
        raters.insert(who);
      }
      for (const auto& [who, score] : scored) {
        double others = (sum - score) / static_cast<double>(scored.size() - 1);
        offsets[who].push_back(score - others);
      }
      units.push_back(std::move(values));
    }
    r.units = static_cast<int>(units.size());
    r.raters = static_cast<int>(raters.size());
    r.alpha_ordinal = KrippendorffAlpha(units, AlphaMetric::kOrdinal);
    r.alpha_interval = KrippendorffAlpha(units, AlphaMetric::kInterval);
    if (r.alpha_ordinal) {
      r.band = Band(rules, *r.alpha_ordinal);
      r.ci = Bootstrap(units, rules.bootstrap_samples, seed++, [](const auto& sample) {
        return KrippendorffAlpha(sample, AlphaMetric::kOrdinal);
      });
    } else {
      r.band = "undefined";
      r.note = units.empty() ? rules.no_units_text : rules.undefined_text;
    }
    out.categories.push_back(std::move(r));
  }
  for (const auto& [who, counts] : cards) {  // std::map: sorted by name
    InterviewerCalibration c;
    c.interviewer = who;
    c.scorecards = counts.first;
    c.without_notes = counts.first == 0 ? 0 : static_cast<double>(counts.second) / counts.first;
    const std::vector<double>& diffs = offsets[who];
    c.n = static_cast<int>(diffs.size());
    auto mean = [](const std::vector<double>& v) -> std::optional<double> {
      if (v.empty()) return std::nullopt;
      double s = 0;
      for (double d : v) s += d;
      return s / static_cast<double>(v.size());
    };
    c.offset = mean(diffs);
    c.ci = Bootstrap(diffs, rules.bootstrap_samples, seed++, mean);
    out.interviewers.push_back(std::move(c));
  }
  return out;
}

}  // namespace firsthire

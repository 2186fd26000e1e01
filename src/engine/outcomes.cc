// PointBiserial, FisherInterval and SummariseOutcomes.
#include "firsthire/outcomes.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "input/text_template.h"

namespace firsthire {
namespace {

constexpr double kZ975 = 1.959963984540054;  // the normal distribution's 97.5th percentile

OutcomeScores Group(std::vector<double> scores) {
  OutcomeScores group;
  std::sort(scores.begin(), scores.end());
  group.n = static_cast<int>(scores.size());
  if (!scores.empty()) {
    double sum = 0;
    for (double s : scores) sum += s;
    group.mean = sum / static_cast<double>(scores.size());
  }
  group.scores = std::move(scores);
  return group;
}

// The hire's mean score in `category` over their scorecards; nullopt when
// no interviewer scored it.
std::optional<double> HireScore(const CandidateScorecards& hire, const std::string& category) {
  double sum = 0;
  int n = 0;
  for (const Scorecard& card : hire.scorecards) {
    auto it = card.scores.find(category);
    if (it == card.scores.end()) continue;
    sum += it->second;
    ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

CategoryOutcome SummariseCategory(const OutcomeRules& rules, const std::string& category,
                                  const std::vector<HireOutcome>& hires) {
  CategoryOutcome c;
  c.category = category;
  std::vector<double> scores, go_scores, no_go_scores;
  std::vector<bool> outcomes;
  for (const HireOutcome& hire : hires) {
    std::optional<double> score = HireScore(hire.hire, category);
    if (!score) continue;
    scores.push_back(*score);
    outcomes.push_back(hire.go);
    (hire.go ? go_scores : no_go_scores).push_back(*score);
  }
  c.n = static_cast<int>(scores.size());
  c.go = Group(std::move(go_scores));
  c.no_go = Group(std::move(no_go_scores));
  const std::map<std::string, std::string> values = {{"n", std::to_string(c.n)},
                                                     {"go", std::to_string(c.go.n)},
                                                     {"no_go", std::to_string(c.no_go.n)},
                                                     {"min", std::to_string(rules.min_outcomes)}};
  if (c.n < rules.min_outcomes) {
    c.kind = "record";
    c.rule = rules.record_rule;
    c.text = FillTemplate(rules.record_text, values);
    return c;
  }
  c.kind = "correlation";
  c.rule = rules.correlation_rule;
  c.r = PointBiserial(scores, outcomes);
  if (c.r) {
    c.ci = FisherInterval(*c.r, c.n);
    c.text = FillTemplate(rules.correlation_text, values);
  } else {
    c.text = FillTemplate(rules.undefined_text, values);
  }
  return c;
}

}  // namespace

std::optional<double> PointBiserial(const std::vector<double>& scores,
                                    const std::vector<bool>& go) {
  if (scores.size() != go.size() || scores.size() < 2) return std::nullopt;
  const double n = static_cast<double>(scores.size());
  double mean_score = 0, mean_go = 0;
  for (size_t i = 0; i < scores.size(); ++i) {
    mean_score += scores[i];
    mean_go += go[i] ? 1 : 0;
  }
  mean_score /= n;
  mean_go /= n;
  double cov = 0, var_score = 0, var_go = 0;
  for (size_t i = 0; i < scores.size(); ++i) {
    const double ds = scores[i] - mean_score, dg = (go[i] ? 1 : 0) - mean_go;
    cov += ds * dg;
    var_score += ds * ds;
    var_go += dg * dg;
  }
  if (var_score <= 1e-12 || var_go <= 1e-12) return std::nullopt;
  return cov / std::sqrt(var_score * var_go);
}

std::optional<Interval> FisherInterval(double r, int n) {
  if (n < 4) return std::nullopt;
  // atanh(+-1) is infinite: a perfect correlation's interval is that point.
  if (std::abs(r) >= 1) return Interval{r, r};
  const double z = std::atanh(r), half = kZ975 / std::sqrt(static_cast<double>(n - 3));
  return Interval{std::tanh(z - half), std::tanh(z + half)};
}

OutcomeSummary SummariseOutcomes(const Playbook& playbook, const std::vector<HireOutcome>& hires) {
  const OutcomeRules& rules = playbook.calibration.outcomes;
  OutcomeSummary out;
  out.playbook = InfoOf(playbook);
  out.min_outcomes = rules.min_outcomes;
  out.outcomes = static_cast<int>(hires.size());
  for (const HireOutcome& hire : hires) ++(hire.go ? out.go : out.no_go);
  bool any_correlation = false;
  for (const Category& category : playbook.categories) {
    out.categories.push_back(SummariseCategory(rules, category.id, hires));
    any_correlation = any_correlation || out.categories.back().kind == "correlation";
  }
  if (any_correlation) {
    out.warning_rule = rules.range_restriction_rule;
    out.warning = rules.range_restriction_text;
  }
  for (const HireOutcome& hire : hires) {
    out.hires.push_back({.candidate_id = hire.hire.candidate_id,
                         .name = hire.hire.candidate_name,
                         .outcome = hire.go ? "go" : "no_go",
                         .decided_by = hire.decided_by,
                         .decided_at = hire.decided_at,
                         .scorecards = static_cast<int>(hire.hire.scorecards.size())});
  }
  std::sort(out.hires.begin(), out.hires.end(), [](const auto& a, const auto& b) {
    return std::tie(a.decided_at, a.candidate_id) < std::tie(b.decided_at, b.candidate_id);
  });
  return out;
}

}  // namespace firsthire

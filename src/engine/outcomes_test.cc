#include "firsthire/outcomes.h"

#include <cmath>

#include <gtest/gtest.h>

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

TEST(PointBiserial, HandComputedCase) {
  // Scores 1,2,3,4 with outcomes 0,0,1,1: deviations -1.5,-0.5,0.5,1.5 and
  // -0.5,-0.5,0.5,0.5; covariance sum 2, sums of squares 5 and 1: r = 2/sqrt(5).
  EXPECT_NEAR(*PointBiserial({1, 2, 3, 4}, {false, false, true, true}), 2 / std::sqrt(5.0), 1e-12);
  // Higher scores for no-go turn the sign.
  EXPECT_NEAR(*PointBiserial({1, 2, 3, 4}, {true, true, false, false}), -2 / std::sqrt(5.0), 1e-12);
}

TEST(PointBiserial, UndefinedWithoutVariation) {
  EXPECT_FALSE(PointBiserial({3, 3, 3}, {true, false, true}).has_value());
  EXPECT_FALSE(PointBiserial({1, 2, 3}, {true, true, true}).has_value());
  EXPECT_FALSE(PointBiserial({1}, {true}).has_value());
  EXPECT_FALSE(PointBiserial({1, 2}, {true}).has_value());
}

TEST(FisherInterval, HandComputedCase) {
  // r = 0.5, n = 12: z = atanh(0.5) = 0.549306, half width 1.959964 / 3 =
  // 0.653321; tanh(-0.104015) = -0.103642, tanh(1.202627) = 0.834454.
  auto ci = FisherInterval(0.5, 12);
  ASSERT_TRUE(ci.has_value());
  EXPECT_NEAR(ci->first, -0.103642, 1e-6);
  EXPECT_NEAR(ci->second, 0.834454, 1e-6);
  EXPECT_FALSE(FisherInterval(0.5, 3).has_value());
  EXPECT_EQ(*FisherInterval(1.0, 10), (Interval{1.0, 1.0}));
}

HireOutcome Hire(const std::string& id, bool go, std::map<std::string, int> scores,
                 std::int64_t at = 0) {
  HireOutcome h;
  h.hire.candidate_id = id;
  h.hire.candidate_name = "Hire " + id;
  Scorecard card;
  card.interviewer = "Ann";
  card.scores = std::move(scores);
  h.hire.scorecards.push_back(card);
  h.go = go;
  h.decided_by = "Maya";
  h.decided_at = at;
  return h;
}

const CategoryOutcome& Find(const OutcomeSummary& s, const std::string& id) {
  for (const auto& c : s.categories) {
    if (c.category == id) return c;
  }
  throw std::runtime_error("no category " + id);
}

TEST(SummariseOutcomes, BelowTenItIsARecordNotACorrelation) {
  std::vector<HireOutcome> hires;
  for (int i = 0; i < 9; ++i)
    hires.push_back(Hire(std::to_string(i), i % 2 == 0, {{"eval_discipline", 1 + i % 5}}));
  OutcomeSummary s = SummariseOutcomes(Pb(), hires);
  EXPECT_EQ(s.outcomes, 9);
  EXPECT_EQ(s.go, 5);
  EXPECT_EQ(s.no_go, 4);
  const CategoryOutcome& c = Find(s, "eval_discipline");
  EXPECT_EQ(c.kind, "record");
  EXPECT_EQ(c.rule, "outcomes.record");
  EXPECT_EQ(c.n, 9);
  EXPECT_EQ(c.go.n, 5);
  EXPECT_EQ(c.no_go.n, 4);
  EXPECT_FALSE(c.r.has_value());
  EXPECT_NE(c.text.find("not a correlation"), std::string::npos) << c.text;
  EXPECT_NE(c.text.find("9 hires"), std::string::npos) << c.text;
  EXPECT_TRUE(s.warning.empty());
}

TEST(SummariseOutcomes, FromTenACorrelationWithItsIntervalAndTheWarning) {
  // go: 3,4,4,5,5 (mean 4.2); no-go: 2,2,3,3,4 (mean 2.8). Population sd of
  // all ten: sqrt(133/10 - 3.5^2) = sqrt(1.05); r = (4.2 - 2.8) / sqrt(1.05)
  // * sqrt(0.5 * 0.5) = 0.683130; Fisher: tanh(atanh(r) -+ 1.959964/sqrt(7))
  // = 0.093885 .. 0.917937.
  const int go[] = {3, 4, 4, 5, 5}, no_go[] = {2, 2, 3, 3, 4};
  std::vector<HireOutcome> hires;
  for (int i = 0; i < 5; ++i) {
    hires.push_back(Hire("g" + std::to_string(i), true, {{"eval_discipline", go[i]}}, 100 - i));
    hires.push_back(Hire("n" + std::to_string(i), false, {{"eval_discipline", no_go[i]}}, i));
  }
  OutcomeSummary s = SummariseOutcomes(Pb(), hires);
  const CategoryOutcome& c = Find(s, "eval_discipline");
  EXPECT_EQ(c.kind, "correlation");
  EXPECT_EQ(c.rule, "outcomes.correlation");
  EXPECT_EQ(c.n, 10);
  EXPECT_NEAR(*c.go.mean, 4.2, 1e-12);
  EXPECT_NEAR(*c.no_go.mean, 2.8, 1e-12);
  EXPECT_EQ(c.no_go.scores, (std::vector<double>{2, 2, 3, 3, 4}));
  EXPECT_NEAR(*c.r, 0.683130, 1e-6);
  EXPECT_NEAR(c.ci->first, 0.093885, 1e-6);
  EXPECT_NEAR(c.ci->second, 0.917937, 1e-6);
  EXPECT_EQ(s.warning_rule, "outcomes.range_restriction");
  EXPECT_NE(s.warning.find("Only hired people"), std::string::npos);
  // A category nobody scored stays a record with n = 0 (missing, not zero).
  const CategoryOutcome& other = Find(s, "security_guardrails");
  EXPECT_EQ(other.n, 0);
  EXPECT_EQ(other.kind, "record");
  // Hires listed by decided_at.
  ASSERT_EQ(s.hires.size(), 10u);
  EXPECT_EQ(s.hires.front().candidate_id, "n0");
  EXPECT_EQ(s.hires.back().candidate_id, "g0");
  EXPECT_EQ(s.hires.back().outcome, "go");
}

TEST(SummariseOutcomes, AHireScoreIsTheMeanOfTheInterviewersAndMissingIsLeftOut) {
  HireOutcome h = Hire("a", true, {{"eval_discipline", 2}});
  Scorecard second;
  second.interviewer = "Bo";
  second.scores = {{"eval_discipline", 5}, {"security_guardrails", 4}};
  h.hire.scorecards.push_back(second);
  OutcomeSummary s = SummariseOutcomes(Pb(), {h, Hire("b", false, {{"security_guardrails", 1}})});
  EXPECT_EQ(Find(s, "eval_discipline").go.scores, (std::vector<double>{3.5}));
  EXPECT_EQ(Find(s, "eval_discipline").no_go.n, 0);
  EXPECT_EQ(Find(s, "security_guardrails").n, 2);
}

TEST(SummariseOutcomes, TenOutcomesAllGoIsACorrelationThatCannotBeComputed) {
  std::vector<HireOutcome> hires;
  for (int i = 0; i < 10; ++i)
    hires.push_back(Hire(std::to_string(i), true, {{"eval_discipline", 1 + i % 5}}));
  const OutcomeSummary s = SummariseOutcomes(Pb(), hires);
  const CategoryOutcome& c = Find(s, "eval_discipline");
  EXPECT_EQ(c.kind, "correlation");
  EXPECT_FALSE(c.r.has_value());
  EXPECT_FALSE(c.ci.has_value());
  EXPECT_NE(c.text.find("No correlation can be computed"), std::string::npos) << c.text;
}

}  // namespace
}  // namespace firsthire

#include "firsthire/calibration.h"

#include <gtest/gtest.h>

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the
// worked example with missing values: 4 observers, 12 units, values 1..5.
// 0 = missing.
std::vector<std::vector<int>> PublishedExample() {
  const int table[4][12] = {{1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
                            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
                            {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
                            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}};
  std::vector<std::vector<int>> units(12);
  for (int unit = 0; unit < 12; ++unit) {
    for (int observer = 0; observer < 4; ++observer) {
      if (table[observer][unit] != 0) units[unit].push_back(table[observer][unit]);
    }
  }
  return units;
}

TEST(KrippendorffAlpha, MatchesThePublishedWorkedExample) {
  auto units = PublishedExample();
  EXPECT_NEAR(*KrippendorffAlpha(units, AlphaMetric::kNominal), 0.743, 0.0005);
  EXPECT_NEAR(*KrippendorffAlpha(units, AlphaMetric::kOrdinal), 0.815, 0.0005);
  EXPECT_NEAR(*KrippendorffAlpha(units, AlphaMetric::kInterval), 0.849, 0.0005);
}

TEST(KrippendorffAlpha, PerfectAgreementIsOne) {
  EXPECT_DOUBLE_EQ(*KrippendorffAlpha({{1, 1}, {3, 3}, {5, 5, 5}}, AlphaMetric::kInterval), 1.0);
  EXPECT_DOUBLE_EQ(*KrippendorffAlpha({{1, 1}, {3, 3}, {5, 5, 5}}, AlphaMetric::kOrdinal), 1.0);
}

TEST(KrippendorffAlpha, HandComputedSmallCase) {
  // Units {1,2} and {2,3}: o(1,2)=o(2,1)=o(2,3)=o(3,2)=1; n1=1, n2=2, n3=1, n=4.
  // Interval: observed sum = 4 * 1 = 4; expected sum = 2*(1*2*1 + 2*1*1 + 1*1*4) = 16;
  // alpha = 1 - (n-1) * 4 / 16 = 1 - 3/4 = 0.25.
  EXPECT_NEAR(*KrippendorffAlpha({{1, 2}, {2, 3}}, AlphaMetric::kInterval), 0.25, 1e-12);
  // Ordinal: delta(1,2) = delta(2,3) = (1+2 - 3/2)^2 = 2.25; delta(1,3) = (4 - 1)^2 = 9.
  // observed = 4 * 2.25 = 9; expected = 2*(1*2*2.25 + 2*1*2.25 + 1*1*9) = 36; alpha = 1 - 3*9/36.
  EXPECT_NEAR(*KrippendorffAlpha({{1, 2}, {2, 3}}, AlphaMetric::kOrdinal), 0.25, 1e-12);
  // Systematic disagreement is below zero.
  EXPECT_LT(*KrippendorffAlpha({{1, 5}, {5, 1}, {1, 5}}, AlphaMetric::kInterval), 0);
}

TEST(KrippendorffAlpha, UndefinedWithoutVariationOrPairs) {
  EXPECT_FALSE(KrippendorffAlpha({{3, 3}, {3, 3, 3}}, AlphaMetric::kOrdinal).has_value());
  EXPECT_FALSE(KrippendorffAlpha({{3}, {4}}, AlphaMetric::kInterval).has_value());
  EXPECT_FALSE(KrippendorffAlpha({}, AlphaMetric::kInterval).has_value());
}

Scorecard Card(const std::string& who, std::map<std::string, int> scores, bool notes = true) {
  Scorecard card;
  card.interviewer = who;
  card.scores = std::move(scores);
  if (notes) card.summary = "Notes.";
  return card;
}

CandidateScorecards Cand(std::vector<Scorecard> cards) {
  CandidateScorecards c;
  c.candidate_name = "x";
  c.scorecards = std::move(cards);
  return c;
}

const InterviewerCalibration& Who(const Calibration& c, const std::string& name) {
  for (const auto& i : c.interviewers) {
    if (i.interviewer == name) return i;
  }
  throw std::runtime_error("no interviewer " + name);
}

TEST(Calibrate, ALenientInterviewerHasAPositiveOffset) {
  // Lena scores one point above Ana and Ben on every candidate.
  std::vector<CandidateScorecards> cands;
  for (int base : {1, 2, 3, 2, 3}) {
    cands.push_back(Cand({Card("Ana", {{"eval_discipline", base}}),
                          Card("Ben", {{"eval_discipline", base}}),
                          Card("Lena", {{"eval_discipline", base + 1}})}));
  }
  Calibration c = Calibrate(Pb(), cands);
  EXPECT_DOUBLE_EQ(*Who(c, "Lena").offset, 1.0);
  EXPECT_DOUBLE_EQ(*Who(c, "Ana").offset, -0.5);
  EXPECT_EQ(Who(c, "Lena").n, 5);
  EXPECT_EQ(Who(c, "Lena").scorecards, 5);
  ASSERT_TRUE(Who(c, "Lena").ci.has_value());
  EXPECT_DOUBLE_EQ(Who(c, "Lena").ci->first, 1.0);  // every difference is 1
}

TEST(Calibrate, PartialScorecardsAreMissingNotZero) {
  // Ben did not assess security: his absent score must not pull anyone's offset.
  std::vector<CandidateScorecards> cands = {
      Cand({Card("Ana", {{"security_guardrails", 4}, {"eval_discipline", 3}}),
            Card("Ben", {{"eval_discipline", 3}}),
            Card("Cy", {{"security_guardrails", 4}})}),
      Cand({Card("Ana", {{"security_guardrails", 2}}), Card("Cy", {{"security_guardrails", 2}})}),
  };
  Calibration c = Calibrate(Pb(), cands);
  EXPECT_DOUBLE_EQ(*Who(c, "Ana").offset, 0.0);
  EXPECT_EQ(Who(c, "Ana").n, 3);
  EXPECT_EQ(Who(c, "Ben").n, 1);
  const CategoryReliability& security = c.categories[3];
  ASSERT_EQ(security.category, "security_guardrails");
  EXPECT_EQ(security.units, 2);
  EXPECT_EQ(security.raters, 2);
  EXPECT_DOUBLE_EQ(*security.alpha_interval, 1.0);
  EXPECT_EQ(security.band, "reliable");
}

TEST(Calibrate, UndefinedAlphaIsSaidAndBanded) {
  std::vector<CandidateScorecards> cands = {
      Cand({Card("Ana", {{"eval_discipline", 3}}), Card("Ben", {{"eval_discipline", 3}})}),
      Cand({Card("Ana", {{"eval_discipline", 3}}), Card("Ben", {{"eval_discipline", 3}})})};
  Calibration c = Calibrate(Pb(), cands);
  const CategoryReliability& eval = c.categories[1];
  EXPECT_FALSE(eval.alpha_ordinal.has_value());
  EXPECT_EQ(eval.band, "undefined");
  EXPECT_NE(eval.note.find("same score"), std::string::npos) << eval.note;
  const CategoryReliability& cost = c.categories[4];  // nobody scored it
  EXPECT_EQ(cost.units, 0);
  EXPECT_NE(cost.note.find("two or more"), std::string::npos) << cost.note;
}

TEST(Calibrate, BandsFollowThePlaybook) {
  // Ratings that disagree a lot: poor.
  std::vector<CandidateScorecards> cands;
  for (auto [a, b] : std::vector<std::pair<int, int>>{{1, 4}, {4, 2}, {2, 5}, {5, 1}, {3, 3}}) {
    cands.push_back(Cand({Card("Ana", {{"data_retrieval", a}}), Card("Ben", {{"data_retrieval", b}})}));
  }
  Calibration c = Calibrate(Pb(), cands);
  EXPECT_EQ(c.categories[2].band, "poor");
  ASSERT_TRUE(c.categories[2].ci.has_value());
  EXPECT_LE(c.categories[2].ci->first, c.categories[2].ci->second);
}

TEST(Calibrate, IsRepeatableAndCountsScorecardsWithoutNotes) {
  std::vector<CandidateScorecards> cands = {
      Cand({Card("Ana", {{"eval_discipline", 2}}, false), Card("Ben", {{"eval_discipline", 4}})}),
      Cand({Card("Ana", {{"eval_discipline", 3}}), Card("Ben", {{"eval_discipline", 5}})}),
      Cand({Card("Ana", {{"eval_discipline", 1}}), Card("Ben", {{"eval_discipline", 2}})})};
  Calibration a = Calibrate(Pb(), cands);
  Calibration b = Calibrate(Pb(), cands);
  EXPECT_EQ(a.categories[1].ci, b.categories[1].ci);
  EXPECT_EQ(Who(a, "Ana").ci, Who(b, "Ana").ci);
  EXPECT_DOUBLE_EQ(Who(a, "Ana").without_notes, 1.0 / 3);
  EXPECT_DOUBLE_EQ(Who(a, "Ben").without_notes, 0.0);
}

}  // namespace
}  // namespace firsthire

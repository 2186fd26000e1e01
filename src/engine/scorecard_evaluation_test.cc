#include "engine/scorecard_evaluation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "firsthire/scorecard.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

// A scorecard giving `score` to every playbook category, with a note each.
Scorecard Card(const std::string& interviewer, int score) {
  Scorecard card;
  card.interviewer = interviewer;
  for (const auto& id : Pb().CategoryIds()) {
    card.scores[id] = score;
    card.notes[id] = "Concrete example written down.";
  }
  return card;
}

CandidateScorecards Candidate(std::vector<Scorecard> cards) {
  CandidateScorecards c;
  c.candidate_id = "c-1";
  c.candidate_name = "Robin";
  c.scorecards = std::move(cards);
  return c;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

const CategoryAggregate& Category(const Evaluation& e, const std::string& id) {
  for (const auto& c : e.categories) {
    if (c.id == id) return c;
  }
  ADD_FAILURE() << "no category " << id;
  return e.categories.front();
}

TEST(ScorecardEvaluation, PlaybookHasTheThreeGateCategories) {
  EXPECT_EQ(Pb().scorecard.gate_categories,
            (std::vector<std::string>{"eval_discipline", "security_guardrails", "cost_observability"}));
  EXPECT_EQ(Pb().scorecard.gate_threshold, 3);
}

class GateCategory : public ::testing::TestWithParam<std::string> {};

TEST_P(GateCategory, TwoFailsTheGateWhateverTheAverage) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.scores[GetParam()] = 2;
  b.scores[GetParam()] = 2;
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_TRUE(e.gate.risky_first_hire);
  EXPECT_EQ(e.gate.failing, std::vector<std::string>{GetParam()});
  EXPECT_EQ(e.gate.rule, "gate.risky_first_hire");
  EXPECT_NE(e.gate.reason.find(Pb().FindCategory(GetParam())->title), std::string::npos);
  EXPECT_GE(e.overall_mean, 4.0);
  EXPECT_EQ(e.recommendation.decision, HireDecision::kRiskyFirstHire);
  EXPECT_EQ(e.recommendation.rule, "recommendation.risky_first_hire");
}

TEST_P(GateCategory, ThreePassesTheGate) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.scores[GetParam()] = 3;
  b.scores[GetParam()] = 3;
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_FALSE(e.gate.risky_first_hire);
  EXPECT_TRUE(e.gate.failing.empty());
  EXPECT_EQ(e.gate.reason, Pb().scorecard.gate_pass_reason);
  EXPECT_EQ(e.recommendation.decision, HireDecision::kStrongHire);
}

TEST_P(GateCategory, TheGateUsesTheMeanAcrossInterviewers) {
  Scorecard a = Card("Ana", 4), b = Card("Ben", 4);
  a.scores[GetParam()] = 2;
  b.scores[GetParam()] = 4;  // mean 3: passes
  EXPECT_FALSE(Evaluate(Pb(), Candidate({a, b})).gate.risky_first_hire);
  b.scores[GetParam()] = 3;  // mean 2.5: fails
  EXPECT_TRUE(Evaluate(Pb(), Candidate({a, b})).gate.risky_first_hire);
}

TEST_P(GateCategory, AScoreBelowThreeUnderAPassingMeanSplitsTheGate) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.scores[GetParam()] = 2;  // mean 3.5: passes, but Ana saw a weakness
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_FALSE(e.gate.risky_first_hire);
  EXPECT_EQ(e.gate.split, std::vector<std::string>{GetParam()});
  // Strong on every mean, yet capped at hire with a follow-up asked for.
  EXPECT_EQ(e.recommendation.decision, HireDecision::kHire);
  EXPECT_EQ(e.recommendation.rule, Pb().scorecard.gate_split.rule);
  EXPECT_EQ(e.recommendation.rule, "gate.split");
  EXPECT_NE(e.recommendation.reason.find(Pb().FindCategory(GetParam())->title), std::string::npos)
      << e.recommendation.reason;
  EXPECT_NE(e.recommendation.reason.find("follow-up"), std::string::npos);
  EXPECT_EQ(e.recommendation.reason.find('{'), std::string::npos);
}

TEST_P(GateCategory, ThreeFromEveryoneIsNoSplit) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.scores[GetParam()] = 3;
  b.scores[GetParam()] = 4;
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_TRUE(e.gate.split.empty());
  EXPECT_EQ(e.recommendation.decision, HireDecision::kStrongHire);
}

TEST_P(GateCategory, AFailedGateIsNotASplitAndStaysRisky) {
  Scorecard a = Card("Ana", 4), b = Card("Ben", 4);
  a.scores[GetParam()] = 2;
  b.scores[GetParam()] = 2;             // mean 2: fails, not split
  a.scores["production_shipping"] = 1;  // not a gate category: never split
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_TRUE(e.gate.split.empty());
  EXPECT_EQ(e.recommendation.decision, HireDecision::kRiskyFirstHire);
  // A split on another gate category does not lift a failed gate either.
  const std::string other =
      GetParam() == "eval_discipline" ? "security_guardrails" : "eval_discipline";
  a.scores[other] = 1;
  b.scores[other] = 5;
  e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_EQ(e.gate.split, std::vector<std::string>{other});
  EXPECT_EQ(e.recommendation.decision, HireDecision::kRiskyFirstHire);
}

TEST_P(GateCategory, NobodyScoringItFailsTheGate) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.scores.erase(GetParam());
  b.scores.erase(GetParam());
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_EQ(Category(e, GetParam()).count, 0);
  EXPECT_FALSE(Category(e, GetParam()).mean.has_value());
  EXPECT_TRUE(e.gate.risky_first_hire);
  EXPECT_EQ(e.gate.failing, std::vector<std::string>{GetParam()});
  EXPECT_NE(e.gate.reason.find("not scored"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(EachGateCategory, GateCategory,
                         ::testing::Values("eval_discipline", "security_guardrails",
                                           "cost_observability"));

class NonGateCategory : public ::testing::TestWithParam<std::string> {};

TEST_P(NonGateCategory, AOneDoesNotTriggerTheGate) {
  Scorecard a = Card("Ana", 4), b = Card("Ben", 4);
  a.scores[GetParam()] = 1;
  b.scores[GetParam()] = 1;
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_FALSE(e.gate.risky_first_hire);
  // Still not a strong hire: a category is below 3.
  EXPECT_EQ(e.recommendation.decision, HireDecision::kHire);
}

INSTANTIATE_TEST_SUITE_P(EachNonGateCategory, NonGateCategory,
                         ::testing::Values("production_shipping", "data_retrieval"));

TEST(ScorecardEvaluation, AggregatesPerCategory) {
  Scorecard a = Card("Cleo", 4), b = Card("Ana", 4), c = Card("Ben", 4);
  a.scores["data_retrieval"] = 2;
  b.scores["data_retrieval"] = 5;
  c.scores.erase("data_retrieval");
  Evaluation e = Evaluate(Pb(), Candidate({a, b, c}));
  ASSERT_EQ(e.categories.size(), Pb().categories.size());
  const CategoryAggregate& d = Category(e, "data_retrieval");
  EXPECT_EQ(d.count, 2);
  EXPECT_DOUBLE_EQ(*d.mean, 3.5);
  EXPECT_EQ(*d.min, 2);
  EXPECT_EQ(*d.max, 5);
  EXPECT_EQ(*d.spread, 3);
  ASSERT_EQ(d.scores.size(), 2u);
  EXPECT_EQ(d.scores[0].interviewer, "Ana");  // sorted by name
  EXPECT_EQ(d.scores[1].interviewer, "Cleo");
  EXPECT_EQ(d.title, "Data and retrieval design");
  EXPECT_EQ(e.interviewers, 3);
  // Overall: mean of category means (4, 4, 3.5, 4, 4).
  EXPECT_DOUBLE_EQ(e.overall_mean, 19.5 / 5);
}

class EachRedFlag : public ::testing::TestWithParam<std::string> {};

TEST_P(EachRedFlag, IsReportedNamedAndLowersByItsWeight) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  b.red_flags = {GetParam()};
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  const RedFlag* flag = Pb().FindRedFlag(GetParam());
  ASSERT_EQ(e.red_flags.size(), 1u);
  EXPECT_EQ(e.red_flags[0].id, GetParam());
  EXPECT_EQ(e.red_flags[0].title, flag->title);
  EXPECT_EQ(e.red_flags[0].raised_by, std::vector<std::string>{"Ben"});
  EXPECT_EQ(e.red_flags[0].steps, flag->weight);  // one interviewer: no shared extra
  EXPECT_EQ(e.recommendation.before_red_flags, HireDecision::kStrongHire);
  EXPECT_EQ(static_cast<int>(e.recommendation.decision), 3 - flag->weight);
  EXPECT_NE(e.recommendation.reason.find(flag->title), std::string::npos)
      << e.recommendation.reason;
  EXPECT_EQ(e.recommendation.red_flags_rule, "recommendation.red_flags");
}

INSTANTIATE_TEST_SUITE_P(AllRedFlags, EachRedFlag,
                         ::testing::Values("tools_not_outcomes", "manual_validation_only",
                                           "premature_multi_agent", "no_data_questions",
                                           "unmodeled_cost"));

TEST(ScorecardEvaluation, DefaultWeightsAreOneStepAndTwoForUnmodeledCost) {
  for (const RedFlag& f : Pb().red_flags) {
    EXPECT_EQ(f.weight, f.id == "unmodeled_cost" ? 2 : 1) << f.id;
  }
  EXPECT_EQ(Pb().scorecard.shared_flag_min_interviewers, 2);
  EXPECT_EQ(Pb().scorecard.shared_flag_extra_steps, 1);
}

TEST(ScorecardEvaluation, RedFlagsAreCountedOncePerFlag) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5), c = Card("Cleo", 5);
  a.red_flags = b.red_flags = c.red_flags = {"unmodeled_cost"};
  Evaluation e = Evaluate(Pb(), Candidate({c, a, b}));
  ASSERT_EQ(e.red_flags.size(), 1u);
  EXPECT_EQ(e.red_flags[0].raised_by, (std::vector<std::string>{"Ana", "Ben", "Cleo"}));
  // Weight 2, plus one because several interviewers saw it: strong_hire - 3.
  EXPECT_EQ(e.red_flags[0].steps, 3);
  EXPECT_EQ(e.recommendation.red_flag_steps, 3);
  EXPECT_EQ(e.recommendation.decision, HireDecision::kNoHire);
}

TEST(ScorecardEvaluation, AFlagTwoInterviewersRaiseCountsOneStepMore) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.red_flags = {"tools_not_outcomes"};
  Evaluation one = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_EQ(one.red_flags[0].steps, 1);
  EXPECT_EQ(one.recommendation.decision, HireDecision::kHire);
  b.red_flags = {"tools_not_outcomes"};
  Evaluation two = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_EQ(two.red_flags[0].steps, 2);
  EXPECT_EQ(two.recommendation.decision, HireDecision::kRiskyFirstHire);
  EXPECT_NE(two.recommendation.reason.find("from strong hire to risky first hire"),
            std::string::npos)
      << two.recommendation.reason;
  EXPECT_NE(two.recommendation.reason.find("raised by Ana and Ben"), std::string::npos)
      << two.recommendation.reason;
}

TEST(ScorecardEvaluation, NoFlagNoRedFlagSentence) {
  Evaluation e = Evaluate(Pb(), Candidate({Card("Ana", 5), Card("Ben", 5)}));
  EXPECT_EQ(e.recommendation.decision, HireDecision::kStrongHire);
  EXPECT_EQ(e.recommendation.red_flag_steps, 0);
  EXPECT_EQ(e.recommendation.red_flags_rule, "");
  EXPECT_EQ(e.recommendation.reason.find("Red flags"), std::string::npos)
      << e.recommendation.reason;
}

TEST(ScorecardEvaluation, FlagsAreStillNamedWhenTheDecisionIsAlreadyLowest) {
  Scorecard a = Card("Ana", 2), b = Card("Ben", 2);
  a.red_flags = {"no_data_questions"};
  Recommendation r = Evaluate(Pb(), Candidate({a, b})).recommendation;
  EXPECT_EQ(r.decision, HireDecision::kNoHire);
  EXPECT_EQ(r.before_red_flags, HireDecision::kNoHire);
  EXPECT_NE(r.reason.find("Red flags raised: Asks no questions about data"), std::string::npos)
      << r.reason;
}

TEST(ScorecardEvaluation, AZeroWeightFlagIsNamedAndOnlyBlocksStrongHire) {
  Playbook pb = Pb();
  for (RedFlag& f : pb.red_flags) f.weight = 0;
  pb.scorecard.shared_flag_extra_steps = 0;
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.red_flags = b.red_flags = {"unmodeled_cost"};
  Recommendation r = Evaluate(pb, Candidate({a, b})).recommendation;
  EXPECT_EQ(r.decision, HireDecision::kHire);
  EXPECT_NE(r.reason.find("Cannot model cost"), std::string::npos) << r.reason;
  // The hire text explains the scores; the strong_hire text ("no red flags") would contradict.
  EXPECT_EQ(r.reason.find("no red flags"), std::string::npos) << r.reason;
}

TEST(ScorecardEvaluation, DisagreementAtSpreadTwoNotAtOne) {
  Scorecard a = Card("Ana", 4), b = Card("Ben", 4), c = Card("Cleo", 4);
  b.scores["production_shipping"] = 3;  // spread 1
  EXPECT_TRUE(Evaluate(Pb(), Candidate({a, b, c})).disagreements.empty());
  b.scores["production_shipping"] = 2;  // spread exactly 2
  c.scores["production_shipping"] = 2;
  Evaluation e = Evaluate(Pb(), Candidate({a, b, c}));
  ASSERT_EQ(e.disagreements.size(), 1u);
  const Disagreement& d = e.disagreements[0];
  EXPECT_EQ(d.category, "production_shipping");
  EXPECT_EQ(d.low, 2);
  EXPECT_EQ(d.high, 4);
  EXPECT_EQ(d.low_by, (std::vector<std::string>{"Ben", "Cleo"}));
  EXPECT_EQ(d.high_by, std::vector<std::string>{"Ana"});
  EXPECT_EQ(d.rule, "scorecard.disagreement");
  EXPECT_NE(d.reason.find("Ben and Cleo scored 2"), std::string::npos) << d.reason;
  EXPECT_NE(d.reason.find("Ana scored 4"), std::string::npos) << d.reason;
}

TEST(ScorecardEvaluation, HighScoreWithoutNoteIsWeakEvidence) {
  Scorecard a = Card("Ana", 4), b = Card("Ben", 3);
  a.notes.erase("cost_observability");  // 4 without a note
  b.notes.erase("eval_discipline");     // 3 without a note: below the bar
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  ASSERT_EQ(e.weak_evidence.size(), 1u);
  EXPECT_EQ(e.weak_evidence[0].interviewer, "Ana");
  EXPECT_EQ(e.weak_evidence[0].category, "cost_observability");
  EXPECT_EQ(e.weak_evidence[0].score, 4);
  EXPECT_EQ(e.weak_evidence[0].rule, "scorecard.weak_evidence");
  EXPECT_NE(e.weak_evidence[0].reason.find("Ana scored Cost and observability 4"),
            std::string::npos)
      << e.weak_evidence[0].reason;
}

TEST(ScorecardEvaluation, SingleInterviewerIsWarned) {
  Evaluation one = Evaluate(Pb(), Candidate({Card("Ana", 4)}));
  ASSERT_EQ(one.weak_evidence.size(), 1u);
  EXPECT_EQ(one.weak_evidence[0].category, "");
  EXPECT_FALSE(one.weak_evidence[0].score.has_value());
  EXPECT_EQ(one.weak_evidence[0].reason, Pb().scorecard.single_interviewer_reason);
  EXPECT_TRUE(Evaluate(Pb(), Candidate({Card("Ana", 4), Card("Ben", 4)})).weak_evidence.empty());
}

// The ladder, rung by rung, with its boundaries.
TEST(ScorecardEvaluation, RecommendationLadder) {
  auto decide = [](std::vector<Scorecard> cards) {
    return Evaluate(Pb(), Candidate(std::move(cards))).recommendation;
  };
  // no_hire: mean below 2.5 (the gate fails too, but no_hire comes first).
  Recommendation r = decide({Card("Ana", 2), Card("Ben", 2)});
  EXPECT_EQ(r.decision, HireDecision::kNoHire);
  EXPECT_EQ(r.rule, "recommendation.no_hire");
  EXPECT_NE(r.reason.find("Overall mean 2 of 5 with 0 distinct red flags"), std::string::npos)
      << r.reason;
  // The count's noun agrees with it: one red flag, two red flags.
  Scorecard low_a = Card("Ana", 2), low_b = Card("Ben", 2);
  low_a.red_flags = {"tools_not_outcomes"};
  r = decide({low_a, low_b});
  EXPECT_NE(r.reason.find("with 1 distinct red flag: not a fit"), std::string::npos) << r.reason;
  low_b.red_flags = {"no_data_questions"};
  r = decide({low_a, low_b});
  EXPECT_NE(r.reason.find("with 2 distinct red flags: not a fit"), std::string::npos) << r.reason;
  // Mean exactly 2.5 is not below 2.5: the gate decides (risky).
  EXPECT_EQ(decide({Card("Ana", 2), Card("Ben", 3)}).decision, HireDecision::kRiskyFirstHire);
  // no_hire: three distinct red flags, even with top scores.
  Scorecard a = Card("Ana", 5), b = Card("Ben", 5);
  a.red_flags = {"tools_not_outcomes", "manual_validation_only"};
  b.red_flags = {"no_data_questions"};
  EXPECT_EQ(decide({a, b}).decision, HireDecision::kNoHire);
  b.red_flags.clear();  // two distinct one-step flags: strong_hire down two steps
  EXPECT_EQ(decide({a, b}).decision, HireDecision::kRiskyFirstHire);
  // hire: passes the gate, mean below 4.
  r = decide({Card("Ana", 3), Card("Ben", 4)});
  EXPECT_EQ(r.decision, HireDecision::kHire);
  EXPECT_EQ(r.rule, "recommendation.hire");
  EXPECT_NE(r.reason.find("3.5"), std::string::npos) << r.reason;
  // strong_hire: mean exactly 4, everything at least 3, no flags.
  Scorecard c = Card("Ana", 4), d = Card("Ben", 4);
  c.scores["production_shipping"] = 5;
  d.scores["production_shipping"] = 3;
  r = decide({c, d});
  EXPECT_EQ(r.decision, HireDecision::kStrongHire);
  EXPECT_EQ(r.rule, "recommendation.strong_hire");
  // A non-gate category nobody scored keeps it from strong_hire.
  c.scores.erase("data_retrieval");
  d.scores.erase("data_retrieval");
  EXPECT_EQ(decide({c, d}).decision, HireDecision::kHire);
}

TEST(ScorecardEvaluation, ReasonsAreFilledFromThePlaybook) {
  Scorecard a = Card("Ana", 5), b = Card("Ben", 1);
  a.notes.clear();
  b.red_flags = {"unmodeled_cost"};
  Evaluation e = Evaluate(Pb(), Candidate({a, b}));
  std::vector<std::string> reasons = {e.gate.reason, e.recommendation.reason};
  for (const auto& d : e.disagreements) reasons.push_back(d.reason);
  for (const auto& w : e.weak_evidence) reasons.push_back(w.reason);
  ASSERT_GT(reasons.size(), 3u);
  for (const auto& reason : reasons) {
    EXPECT_FALSE(reason.empty());
    EXPECT_EQ(reason.find('{'), std::string::npos) << reason;
  }
}

TEST(ScorecardEvaluation, TraitSignalsAreReportedAndNeverDecide) {
  Scorecard a = Card("Ana", 4), b = Card("Ben", 4);
  Evaluation plain = Evaluate(Pb(), Candidate({a, b}));
  EXPECT_TRUE(plain.traits.empty());
  a.traits = {{"domain_expertise", 5}, {"meta", 1}};
  b.traits = {{"domain_expertise", 2}};
  Evaluation e = Evaluate(Pb(), Candidate({b, a}));
  ASSERT_EQ(e.traits.size(), 2u);  // playbook order: domain_expertise before meta
  EXPECT_EQ(e.traits[0].id, "domain_expertise");
  EXPECT_EQ(e.traits[0].title, Pb().FindTrait("domain_expertise")->title);
  EXPECT_DOUBLE_EQ(e.traits[0].mean, 3.5);
  ASSERT_EQ(e.traits[0].scores.size(), 2u);
  EXPECT_EQ(e.traits[0].scores[0].interviewer, "Ana");
  EXPECT_EQ(e.traits[1].id, "meta");
  EXPECT_EQ(e.recommendation.decision, plain.recommendation.decision);
  EXPECT_EQ(e.recommendation.reason, plain.recommendation.reason);
}

TEST(ScorecardEvaluation, FormatScore) {
  EXPECT_EQ(FormatScore(3), "3");
  EXPECT_EQ(FormatScore(3.5), "3.5");
  EXPECT_EQ(FormatScore(11.0 / 3), "3.67");
  EXPECT_EQ(JoinWithAnd({"a", "b", "c"}), "a, b and c");
}

// ---- Metamorphic properties over generated scorecard sets ------------------

// Everything in the record, as text, to compare two evaluations.
std::string Describe(const Evaluation& e) {
  std::ostringstream out;
  out << e.overall_mean << '|' << HireDecisionId(e.recommendation.decision) << '|'
      << e.recommendation.reason << '|' << e.gate.risky_first_hire << e.gate.reason << '|';
  for (const auto& c : e.categories) {
    out << c.id << c.count << c.mean.value_or(-1) << c.spread.value_or(-1);
    for (const auto& s : c.scores) out << s.interviewer << s.score;
  }
  for (const auto& f : e.red_flags) {
    out << f.id << f.steps;
    for (const auto& who : f.raised_by) out << who;
  }
  for (const auto& d : e.disagreements) out << d.reason;
  for (const auto& w : e.weak_evidence) out << w.reason;
  return out.str();
}

CandidateScorecards RandomCandidate(std::mt19937& rng) {
  const auto categories = Pb().CategoryIds();
  const auto flags = Pb().RedFlagIds();
  std::uniform_int_distribution<int> interviewers(1, 4), score(1, 5), coin(0, 3);
  CandidateScorecards c;
  c.candidate_name = "Generated";
  int n = interviewers(rng);
  for (int i = 0; i < n; ++i) {
    Scorecard card;
    card.interviewer = std::string(1, static_cast<char>('A' + i)) + "-interviewer";
    for (const auto& id : categories) {
      if (coin(rng) == 0 && i > 0) continue;  // someone skipped a category
      card.scores[id] = score(rng);
      if (coin(rng) != 0) card.notes[id] = "note";
    }
    for (const auto& f : flags) {
      if (coin(rng) == 0 && coin(rng) == 0) card.red_flags.push_back(f);
    }
    c.scorecards.push_back(std::move(card));
  }
  return c;
}

constexpr int kGenerated = 2000;

TEST(ScorecardMetamorphic, RaisingAnyScoreNeverLowersTheRecommendation) {
  std::mt19937 rng(20261120);
  int raised = 0;
  for (int i = 0; i < kGenerated; ++i) {
    CandidateScorecards c = RandomCandidate(rng);
    HireDecision before = Evaluate(Pb(), c).recommendation.decision;
    for (size_t k = 0; k < c.scorecards.size(); ++k) {
      for (auto& [category, score] : c.scorecards[k].scores) {
        if (score == Pb().scorecard.max_score) continue;
        CandidateScorecards higher = c;
        higher.scorecards[k].scores[category] = score + 1;
        HireDecision after = Evaluate(Pb(), higher).recommendation.decision;
        ASSERT_GE(after, before) << "raising " << category << " of " << c.scorecards[k].interviewer;
        ++raised;
      }
    }
  }
  EXPECT_GT(raised, kGenerated);
}

// Over the default weights and over playbooks with other weights (0 to 3 per
// flag, 0 or 1 extra for a shared flag): adding a flag, or the same flag from
// one more interviewer, never raises the decision, and the reason names every
// raised flag.
TEST(ScorecardMetamorphic, AddingARedFlagNeverRaisesTheRecommendation) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> weight(0, 3), extra(0, 1);
  int added = 0;
  for (int i = 0; i < kGenerated; ++i) {
    Playbook pb = Pb();
    if (i % 2 == 1) {
      for (RedFlag& f : pb.red_flags) f.weight = weight(rng);
      pb.scorecard.shared_flag_extra_steps = extra(rng);
    }
    CandidateScorecards c = RandomCandidate(rng);
    Evaluation base = Evaluate(pb, c);
    for (const auto& f : base.red_flags) {
      ASSERT_NE(base.recommendation.reason.find(f.title), std::string::npos)
          << base.recommendation.reason;
    }
    for (size_t k = 0; k < c.scorecards.size(); ++k) {
      for (const auto& flag : pb.RedFlagIds()) {
        auto& raised = c.scorecards[k].red_flags;
        if (Contains(raised, flag)) continue;
        CandidateScorecards flagged = c;
        flagged.scorecards[k].red_flags.push_back(flag);
        ASSERT_LE(Evaluate(pb, flagged).recommendation.decision, base.recommendation.decision)
            << flag;
        ++added;
      }
    }
  }
  EXPECT_GT(added, kGenerated);
}

TEST(ScorecardMetamorphic, OrderOfScorecardsNeverChangesTheResult) {
  std::mt19937 rng(99);
  for (int i = 0; i < kGenerated; ++i) {
    CandidateScorecards c = RandomCandidate(rng);
    std::string expected = Describe(Evaluate(Pb(), c));
    CandidateScorecards shuffled = c;
    std::shuffle(shuffled.scorecards.begin(), shuffled.scorecards.end(), rng);
    ASSERT_EQ(Describe(Evaluate(Pb(), shuffled)), expected);
    std::reverse(shuffled.scorecards.begin(), shuffled.scorecards.end());
    ASSERT_EQ(Describe(Evaluate(Pb(), shuffled)), expected);
  }
}

}  // namespace
}  // namespace firsthire

#include "engine/proposal_review.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/proposal_terms.h"
#include "engine/thorough_proposal_for_test.h"
#include "firsthire/evidence.h"
#include "firsthire/review.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

// Answers that satisfy every risk question: long enough, with evidence.
Proposal Thorough() { return ThoroughProposalForTest(); }

const RiskQuestion& Question(const std::string& id) {
  for (const auto& q : Pb().risk_questions) {
    if (q.id == id) return q;
  }
  ADD_FAILURE() << id;
  return Pb().risk_questions.front();
}

const CommodityFactor& Factor(const std::string& id) {
  for (const auto& f : Pb().commodity_factors) {
    if (f.id == id) return f;
  }
  ADD_FAILURE() << id;
  return Pb().commodity_factors.front();
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ProposalTerms, WholeWordsAndPhrasesCaseInsensitive) {
  SearchableText text("We run EVALS nightly; Prompt-Injection tests and a golden set. Agentless.");
  EXPECT_TRUE(text.Contains("evals"));
  EXPECT_FALSE(text.Contains("eval"));  // not a prefix match
  EXPECT_TRUE(text.Contains("prompt injection"));
  EXPECT_TRUE(text.Contains("golden"));
  EXPECT_FALSE(text.Contains("agent"));
  EXPECT_FALSE(text.Contains("set golden"));
  EXPECT_EQ(text.WordCount(), 12);  // "Prompt-Injection" is two words
  EXPECT_EQ(FindTerms(text, {"injection", "prompt injection", "evals", "missing"}),
            (std::vector<std::string>{"prompt injection", "evals"}));
}

class EachRiskQuestion : public ::testing::TestWithParam<std::string> {};

TEST_P(EachRiskQuestion, AnsweredWithEnoughWordsAndEvidence) {
  RiskQuestionReview r = ReviewRiskQuestion(Pb(), Question(GetParam()), Thorough());
  EXPECT_EQ(r.status, AnswerStatus::kAnswered) << r.reason;
  EXPECT_FALSE(r.evidence.empty());
  EXPECT_EQ(r.rule, "risk_question." + GetParam());
  EXPECT_TRUE(Has(r.reason, Question(GetParam()).question)) << r.reason;
}

TEST_P(EachRiskQuestion, ThinWhenShortEvenWithEvidence) {
  Proposal p = Thorough();
  // One evidence term of the question, but far fewer words than required.
  p.answers[GetParam()] = "Yes: " + Question(GetParam()).evidence.front() + ".";
  RiskQuestionReview r = ReviewRiskQuestion(Pb(), Question(GetParam()), p);
  EXPECT_EQ(r.status, AnswerStatus::kThin) << r.reason;
  EXPECT_TRUE(Has(r.reason, "fewer than the 12")) << r.reason;
}

TEST_P(EachRiskQuestion, ThinWhenLongButWithoutEvidence) {
  Proposal p = Thorough();
  p.answers[GetParam()] =
      "We take this very seriously and our experienced people will make sure that everything "
      "is handled in line with the best practices of the industry.";
  RiskQuestionReview r = ReviewRiskQuestion(Pb(), Question(GetParam()), p);
  EXPECT_EQ(r.status, AnswerStatus::kThin) << r.reason;
  EXPECT_TRUE(r.evidence.empty()) << r.evidence.front();
  EXPECT_TRUE(Has(r.reason, "names nothing concrete")) << r.reason;
}

TEST_P(EachRiskQuestion, MissingWhenAbsentOrBlank) {
  Proposal p = Thorough();
  p.answers.erase(GetParam());
  EXPECT_EQ(ReviewRiskQuestion(Pb(), Question(GetParam()), p).status, AnswerStatus::kMissing);
  p.answers[GetParam()] = "   ";
  RiskQuestionReview r = ReviewRiskQuestion(Pb(), Question(GetParam()), p);
  EXPECT_EQ(r.status, AnswerStatus::kMissing);
  EXPECT_TRUE(Has(r.reason, "Not answered")) << r.reason;
  // A missing question makes the whole proposal weak.
  ProposalReview review = Review(Pb(), p);
  EXPECT_EQ(review.verdict.id, ProposalVerdict::kWeak);
  EXPECT_TRUE(Has(review.verdict.reason, "no answer on")) << review.verdict.reason;
}

INSTANTIATE_TEST_SUITE_P(AllFive, EachRiskQuestion,
                         ::testing::Values("evaluation", "sources", "fallback", "security",
                                           "ownership"));

TEST(ProposalReview, PlaybookHasTheFiveQuestionsAndFactors) {
  ASSERT_EQ(Pb().risk_questions.size(), 5u);
  ASSERT_EQ(Pb().commodity_factors.size(), 5u);
}

// A proposal with no prose and no structured signals at all.
Proposal Empty() {
  Proposal p;
  p.vendor.name = "Blank";
  return p;
}

class EachFactor : public ::testing::TestWithParam<std::string> {};

TEST_P(EachFactor, NonCommodityWithTwoEvidenceTermsAnywhere) {
  Proposal p = Empty();
  const auto& evidence = Factor(GetParam()).evidence;
  // Terms in different parts of the proposal still count together.
  p.summary = "Our plan covers " + evidence[0] + ".";
  p.deliverables = {"Also " + evidence.back() + "."};
  CommodityFactorReview r = ReviewCommodityFactor(Pb(), Factor(GetParam()), p);
  EXPECT_FALSE(r.commodity) << r.reason;
  EXPECT_EQ(r.evidence.size(), 2u);
  EXPECT_EQ(r.rule, "commodity_factor." + GetParam());
  EXPECT_TRUE(Has(r.reason, Factor(GetParam()).non_commodity)) << r.reason;
}

TEST_P(EachFactor, CommodityWithOneTermOrNone) {
  Proposal p = Empty();
  CommodityFactorReview none = ReviewCommodityFactor(Pb(), Factor(GetParam()), p);
  EXPECT_TRUE(none.commodity);
  EXPECT_TRUE(none.evidence.empty());
  EXPECT_TRUE(Has(none.reason, "no sign of it found")) << none.reason;
  p.summary = "We mention " + Factor(GetParam()).evidence[0] + " once.";
  CommodityFactorReview one = ReviewCommodityFactor(Pb(), Factor(GetParam()), p);
  EXPECT_TRUE(one.commodity) << one.reason;
  EXPECT_TRUE(Has(one.reason, "found only '" + Factor(GetParam()).evidence[0] + "'")) << one.reason;
}

INSTANTIATE_TEST_SUITE_P(AllFive, EachFactor,
                         ::testing::Values("role_design", "technical_depth", "security_thinking",
                                           "cost_discipline", "handoff_quality"));

TEST(ProposalReview, HandoffFlagsCountForHandoffQuality) {
  Proposal p = Empty();
  p.handoff.repository = true;
  p.handoff.prompts = true;
  CommodityFactorReview r = ReviewCommodityFactor(Pb(), Factor("handoff_quality"), p);
  EXPECT_FALSE(r.commodity) << r.reason;
  EXPECT_EQ(r.evidence, (std::vector<std::string>{"handoff: repository", "handoff: prompts"}));
}

TEST(ProposalReview, WithholdingAHandoffItemIsCommodityWhateverTheProse) {
  Proposal p = Thorough();
  p.handoff.eval_logic = false;
  CommodityFactorReview r = ReviewCommodityFactor(Pb(), Factor("handoff_quality"), p);
  EXPECT_TRUE(r.commodity);
  EXPECT_TRUE(Has(r.reason, "does not hand over eval logic")) << r.reason;
  // Not promising the clause alone is not withholding.
  p = Thorough();
  p.handoff.knowledge_transfer_clause = false;
  EXPECT_FALSE(ReviewCommodityFactor(Pb(), Factor("handoff_quality"), p).commodity);
}

TEST(ProposalReview, PricedMonthlyRunCostCountsForCostDiscipline) {
  Proposal p = Empty();
  p.summary = "We keep an eye on token usage.";  // 'token' and 'usage'... two terms
  EXPECT_FALSE(ReviewCommodityFactor(Pb(), Factor("cost_discipline"), p).commodity);
  p.summary = "Budget agreed.";  // one term
  EXPECT_TRUE(ReviewCommodityFactor(Pb(), Factor("cost_discipline"), p).commodity);
  p.pricing.monthly_run_usd = 800;
  CommodityFactorReview r = ReviewCommodityFactor(Pb(), Factor("cost_discipline"), p);
  EXPECT_FALSE(r.commodity) << r.reason;
  EXPECT_NE(std::find(r.evidence.begin(), r.evidence.end(), "monthly run cost priced"),
            r.evidence.end());
}

TEST(ProposalReview, ThinPromptLayeringIsFlaggedOnlyWhenTheEvaluationLacksEvidence) {
  Proposal p = Thorough();
  p.summary += " Our prompt library covers every case.";
  EXPECT_TRUE(Review(Pb(), p).flags.empty());  // the evaluation answer carries evidence
  p.answers["evaluation"] = "We make sure every answer is good before and after launch, always.";
  ProposalReview r = Review(Pb(), p);
  ASSERT_EQ(r.flags.size(), 1u);
  EXPECT_EQ(r.flags[0].id, "thin_prompt_layering");
  EXPECT_EQ(r.flags[0].rule, "proposal_risk.thin_prompt_layering");
  EXPECT_EQ(r.flags[0].evidence, std::vector<std::string>{"prompt library"});
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kWeak);
}

TEST(ProposalReview, MassContentGenerationIsFlagged) {
  Proposal p = Thorough();
  p.deliverables.push_back("SEO content for thousands of articles");
  ProposalReview r = Review(Pb(), p);
  ASSERT_EQ(r.flags.size(), 1u);
  EXPECT_EQ(r.flags[0].id, "mass_content_generation");
  EXPECT_EQ(r.flags[0].reason, Pb().proposal_risks[1].reason);
}

TEST(ProposalReview, VagueAgentsOnlyWithoutAnAnsweredEvaluation) {
  Proposal p = Thorough();
  p.summary += " Autonomous agents handle the exceptions.";
  EXPECT_TRUE(Review(Pb(), p).flags.empty());  // evaluation is answered
  p.answers["evaluation"] = "We test it.";  // thin
  ProposalReview r = Review(Pb(), p);
  ASSERT_EQ(r.flags.size(), 1u);
  EXPECT_EQ(r.flags[0].id, "vague_agents");
  EXPECT_EQ(r.flags[0].evidence, (std::vector<std::string>{"agents", "autonomous"}));
  p.answers.erase("evaluation");  // missing
  EXPECT_EQ(Review(Pb(), p).flags.size(), 1u);
}

TEST(ProposalReview, VerdictStrong) {
  ProposalReview r = Review(Pb(), Thorough());
  for (const auto& q : r.risk_questions) EXPECT_EQ(q.status, AnswerStatus::kAnswered) << q.id;
  for (const auto& f : r.commodity_factors) EXPECT_FALSE(f.commodity) << f.id << ": " << f.reason;
  EXPECT_TRUE(r.flags.empty());
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kStrong);
  EXPECT_EQ(r.verdict.rule, "review.verdict.strong");
}

TEST(ProposalReview, VerdictAcceptableWithAThinAnswerOrOneCommodityFactor) {
  Proposal p = Thorough();
  p.answers["fallback"] = "A human takes over.";
  ProposalReview r = Review(Pb(), p);
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kAcceptable);
  EXPECT_EQ(r.verdict.rule, "review.verdict.acceptable");
  EXPECT_TRUE(Has(r.verdict.reason, "thin answers on fallback")) << r.verdict.reason;
  p = Thorough();
  p.handoff.operating_notes = false;
  r = Review(Pb(), p);
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kAcceptable);
  EXPECT_TRUE(Has(r.verdict.reason, "commodity handoff quality")) << r.verdict.reason;
}

TEST(ProposalReview, VerdictWeakWithTwoCommodityFactors) {
  std::vector<CommodityFactorReview> factors(5);
  for (auto& f : factors) f.commodity = false;
  factors[0].commodity = true;
  factors[0].title = "Role design";
  std::vector<RiskQuestionReview> questions(5);
  for (auto& q : questions) q.status = AnswerStatus::kAnswered;
  EXPECT_EQ(DecideVerdict(Pb(), questions, factors, {}).id, ProposalVerdict::kAcceptable);
  factors[3].commodity = true;
  factors[3].title = "Cost discipline";
  VerdictResult v = DecideVerdict(Pb(), questions, factors, {});
  EXPECT_EQ(v.id, ProposalVerdict::kWeak);
  EXPECT_EQ(v.rule, "review.verdict.weak");
  EXPECT_TRUE(Has(v.reason, "2 commodity factors (role design and cost discipline)")) << v.reason;
}

TEST(ProposalReview, PartnerHandoffReminderForAgencyAndFreelancer) {
  Proposal p = Thorough();
  for (const std::string route : {"agency", "freelancer"}) {
    p.vendor.route = route;
    ProposalReview r = Review(Pb(), p);
    ASSERT_EQ(r.reminders.size(), 1u) << route;
    EXPECT_EQ(r.reminders[0].rule, Pb().routes.partner_handoff.rule);
    EXPECT_EQ(r.reminders[0].reason, Pb().routes.partner_handoff.text);
  }
  for (const std::string route : {"direct_hire", "contract_to_hire", ""}) {
    p.vendor.route = route;
    EXPECT_TRUE(Review(Pb(), p).reminders.empty()) << route;
  }
}

TEST(ProposalReview, ReasonsHaveNoUnfilledPlaceholders) {
  for (const Proposal& p : {Thorough(), Empty()}) {
    ProposalReview r = Review(Pb(), p);
    std::vector<std::string> reasons = {r.verdict.reason};
    for (const auto& q : r.risk_questions) reasons.push_back(q.reason);
    for (const auto& f : r.commodity_factors) reasons.push_back(f.reason);
    for (const auto& reason : reasons) {
      EXPECT_FALSE(reason.empty());
      EXPECT_EQ(reason.find('{'), std::string::npos) << reason;
    }
  }
}

TEST(ProposalReview, ShortAnswerWithoutEvidenceGetsBothSentences) {
  Proposal p = Thorough();
  p.answers["evaluation"] = "We will be careful.";
  RiskQuestionReview r = ReviewRiskQuestion(Pb(), Question("evaluation"), p);
  EXPECT_EQ(r.status, AnswerStatus::kThin);
  EXPECT_TRUE(Has(r.reason, "needs. It names nothing concrete")) << r.reason;
}

// Every sentence, rule id and threshold of a review comes from the playbook.
TEST(ProposalReview, EditedPlaybookTextsRulesAndThresholdsAreUsed) {
  Playbook pb = DefaultPlaybook();
  pb.review.answer.missing = "No reply to: {question}";
  pb.review.factor.non_commodity = "Solid: {evidence}.";
  pb.review.factor.handoff_items["repository"] = "source code";
  pb.review.causes.missing = "silence on {titles}";
  for (ReviewVerdict& v : pb.review.verdicts) {
    if (v.id == "weak") {
      v.rule = "house.weak";
      v.reason = "Do not sign: {causes}.";
    }
  }
  for (RiskQuestion& q : pb.risk_questions) q.rule = "house." + q.id;
  for (CommodityFactor& f : pb.commodity_factors) f.rule = "house.factor." + f.id;

  Proposal p = Thorough();
  p.answers.erase("fallback");
  ProposalReview r = Review(pb, p);
  ASSERT_EQ(r.risk_questions.size(), 5u);
  EXPECT_EQ(r.risk_questions[2].reason, "No reply to: " + Question("fallback").question);
  EXPECT_EQ(r.risk_questions[0].rule, "house.evaluation");
  EXPECT_EQ(r.commodity_factors[0].rule, "house.factor.role_design");
  const CommodityFactorReview& handoff = r.commodity_factors.back();
  EXPECT_TRUE(Has(handoff.reason, "Solid: ")) << handoff.reason;
  EXPECT_NE(std::find(handoff.evidence.begin(), handoff.evidence.end(), "handoff: source code"),
            handoff.evidence.end());
  EXPECT_EQ(r.verdict.rule, "house.weak");
  EXPECT_EQ(r.verdict.reason, "Do not sign: silence on fallback.");

  // Thresholds: one signal suffices, and one commodity factor makes it weak.
  pb = DefaultPlaybook();
  Proposal one = Thorough();
  one.summary = "";
  one.answers.clear();
  one.deliverables = {"A cost report"};
  one.pricing.monthly_run_usd.reset();
  EXPECT_TRUE(ReviewCommodityFactor(Pb(), Factor("cost_discipline"), one).commodity);
  pb.review.min_factor_signals = 1;
  EXPECT_FALSE(ReviewCommodityFactor(pb, Factor("cost_discipline"), one).commodity);
  std::vector<CommodityFactorReview> factors(5);
  for (auto& f : factors) f.commodity = false;
  factors[0].commodity = true;
  std::vector<RiskQuestionReview> questions(5);
  for (auto& q : questions) q.status = AnswerStatus::kAnswered;
  EXPECT_EQ(DecideVerdict(Pb(), questions, factors, {}).id, ProposalVerdict::kAcceptable);
  pb.review.weak_min_commodity_factors = 1;
  EXPECT_EQ(DecideVerdict(pb, questions, factors, {}).id, ProposalVerdict::kWeak);
}

}  // namespace
}  // namespace firsthire

namespace firsthire {
namespace {

TEST(ProposalReviewClaims, KeywordListsAreNotAnswers) {
  Proposal p = Thorough();
  p.answers["evaluation"] =
      "evaluation regression golden set benchmark test set accuracy metrics evals harness "
      "monitoring quality scoring rubric baseline";
  RiskQuestionReview q = ReviewRiskQuestion(Pb(), Question("evaluation"), p);
  EXPECT_EQ(q.status, AnswerStatus::kThin);
  EXPECT_TRUE(Has(q.reason, "no concrete claim")) << q.reason;
  EXPECT_TRUE(q.claims.empty());
  ProposalReview r = Review(Pb(), p);
  EXPECT_NE(r.verdict.id, ProposalVerdict::kStrong);
}

TEST(ProposalReviewClaims, AnAnswerShowsTheClaimsThatAnsweredIt) {
  Proposal p = Thorough();
  p.answers["evaluation"] =
      "Evals, metrics, dashboards. We run a golden set of 300 invoices on every prompt change "
      "and block the release when accuracy drops.";
  RiskQuestionReview q = ReviewRiskQuestion(Pb(), Question("evaluation"), p);
  EXPECT_EQ(q.status, AnswerStatus::kAnswered);
  ASSERT_FALSE(q.claims.empty());
  for (const std::string& claim : q.claims) {
    EXPECT_NE(p.answers["evaluation"].find(claim), std::string::npos) << claim;  // quoted exactly
  }
  p.answers.erase("evaluation");
  EXPECT_TRUE(ReviewRiskQuestion(Pb(), Question("evaluation"), p).claims.empty());
}

TEST(ProposalReviewClaims, AConcreteClaimCountsAndIsQuoted) {
  std::vector<std::string> claims =
      ConcreteClaims(Pb(), "Evals, metrics, dashboards. We run a golden set of 300 invoices on "
                           "every prompt change.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0], "We run a golden set of 300 invoices on every prompt change");
  EXPECT_TRUE(ConcreteClaims(Pb(), "evaluation regression golden set benchmark").empty());
  EXPECT_EQ(ConcreteClaims(Pb(), "If we part ways, the eval scripts transfer to your team.").size(),
            1u);  // a trade-off is a claim
  EXPECT_TRUE(ConcreteClaims(Pb(), "We care about quality and evaluation.").empty());
  EXPECT_EQ(ReviewRiskQuestion(Pb(), Question("evaluation"), Thorough()).status,
            AnswerStatus::kAnswered);
}

}  // namespace
}  // namespace firsthire

// Ownership, the vendor-side red flags and `review --brief` (the brief checks).
#include "engine/proposal_brief_fit.h"

#include <gtest/gtest.h>

#include "engine/proposal_review.h"
#include "engine/thorough_proposal_for_test.h"
#include "firsthire/review.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The thorough proposal, naming the brief's workflow, metric and owner.
Proposal Strong() {
  Proposal p = ThoroughProposalForTest();
  p.summary =
      "We automate the invoice triage workflow for Dana Whitfield, measured by hours per "
      "invoice against your baseline.";
  return p;
}

Brief InvoiceBrief() {
  Brief b;
  b.workflow.name = "Invoice triage";
  b.metric.name = "Hours per invoice";
  b.owner = {"Dana Whitfield", "Head of Finance Operations"};
  b.constraints.monthly_run_budget_usd = 1500;
  return b;
}

const ProposalFlag* Flag(const ProposalReview& r, const std::string& id) {
  for (const auto& f : r.flags) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

const BriefCheck& Check(const ProposalReview& r, const std::string& id) {
  for (const auto& c : r.brief_checks) {
    if (c.id == id) return c;
  }
  ADD_FAILURE() << "no brief check " << id;
  return r.brief_checks.front();
}

TEST(ProposalOwnership, TheStrongProposalTransfersOwnership) {
  ProposalReview r = Review(Pb(), Strong());
  EXPECT_FALSE(r.ownership_not_transferred.has_value());
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kStrong);
}

// Each refusal leaves ownership unanswered: never strong, and the reason says what is kept.
class OwnershipRefusal : public ::testing::TestWithParam<int> {};

TEST_P(OwnershipRefusal, IsNeverStrong) {
  Proposal p = Strong();
  std::optional<bool>* items[] = {&p.handoff.repository, &p.handoff.prompts, &p.handoff.eval_logic,
                                  &p.handoff.knowledge_transfer_clause};
  *items[GetParam()] = false;
  ProposalReview r = Review(Pb(), p);
  ASSERT_TRUE(r.ownership_not_transferred.has_value());
  EXPECT_EQ(r.ownership_not_transferred->rule, "review.ownership_not_transferred");
  ASSERT_EQ(r.ownership_not_transferred->withheld.size(), 1u);
  EXPECT_TRUE(Has(r.ownership_not_transferred->reason, r.ownership_not_transferred->withheld[0]))
      << r.ownership_not_transferred->reason;
  EXPECT_NE(r.verdict.id, ProposalVerdict::kStrong);
  EXPECT_TRUE(Has(r.verdict.reason, "ownership not answered")) << r.verdict.reason;
}

INSTANTIATE_TEST_SUITE_P(RepositoryPromptsEvalLogicClause, OwnershipRefusal,
                         ::testing::Values(0, 1, 2, 3));

TEST(ProposalOwnership, AClauseRefusedAloneStillCapsAtAcceptable) {
  Proposal p = Strong();
  p.handoff.knowledge_transfer_clause = false;
  ProposalReview r = Review(Pb(), p);
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kAcceptable);
  EXPECT_EQ(r.ownership_not_transferred->withheld,
            std::vector<std::string>{"knowledge transfer clause"});
}

TEST(ProposalOwnership, UnsaidIsNotRefused) {
  Proposal p = Strong();
  p.handoff.knowledge_transfer_clause.reset();
  p.handoff.operating_notes = false;  // not an ownership item (handoff quality covers it)
  EXPECT_FALSE(Review(Pb(), p).ownership_not_transferred.has_value());
}

TEST(ProposalVendorFlags, PrematureMultiAgentIsFlaggedEvenWithAnAnsweredEvaluation) {
  Proposal p = Strong();
  p.summary += " A multi-agent crew splits each invoice between a reader and a checker.";
  ProposalReview r = Review(Pb(), p);
  const ProposalFlag* f = Flag(r, "premature_multi_agent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->rule, "proposal_risk.premature_multi_agent");
  EXPECT_EQ(f->evidence, std::vector<std::string>{"multi-agent"});
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kWeak);
  EXPECT_EQ(Flag(Review(Pb(), Strong()), "premature_multi_agent"), nullptr);
}

TEST(ProposalVendorFlags, UnmodeledCostOnlyWhenSavingsComeWithoutARunCost) {
  Proposal p = Strong();
  p.summary += " The savings pay back the build within a year.";
  EXPECT_EQ(Flag(Review(Pb(), p), "unmodeled_cost"), nullptr);  // run cost priced
  p.pricing.monthly_run_usd.reset();
  ProposalReview r = Review(Pb(), p);
  const ProposalFlag* f = Flag(r, "unmodeled_cost");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->evidence, std::vector<std::string>{"savings"});
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kWeak);
}

TEST(ProposalBriefFit, WithoutABriefThereAreNoChecks) {
  ProposalReview r = Review(Pb(), Strong());
  EXPECT_FALSE(r.brief_given);
  EXPECT_TRUE(r.brief_checks.empty());
}

TEST(ProposalBriefFit, AProposalThatNamesEverythingAndFitsTheBudgetPasses) {
  Brief b = InvoiceBrief();
  ProposalReview r = Review(Pb(), Strong(), &b);
  ASSERT_EQ(r.brief_checks.size(), 4u);
  for (const auto& c : r.brief_checks) {
    EXPECT_EQ(c.status, BriefCheckStatus::kPass) << c.id << ": " << c.reason;
    EXPECT_EQ(c.rule, "review.brief." + c.id);
  }
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kStrong);
  EXPECT_TRUE(Has(Check(r, "run_budget").reason, "$1200")) << Check(r, "run_budget").reason;
}

TEST(ProposalBriefFit, EachMissingNameIsAGapThatRulesOutStrong) {
  Brief b = InvoiceBrief();
  b.workflow.name = "Purchase order matching";
  b.metric.name = "Days sales outstanding";
  b.owner = {"Lee Park", "Controller"};
  ProposalReview r = Review(Pb(), Strong(), &b);
  for (const char* id : {"workflow", "metric", "owner"}) {
    EXPECT_EQ(Check(r, id).status, BriefCheckStatus::kFail) << id;
  }
  EXPECT_TRUE(Has(Check(r, "workflow").reason, "Purchase order matching"));
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kAcceptable);
  EXPECT_TRUE(Has(r.verdict.reason, "the workflow, the metric and the owner")) << r.verdict.reason;
}

TEST(ProposalBriefFit, TheOwnerMayBeNamedByRole) {
  Brief b = InvoiceBrief();
  b.owner.name = "Lee Park";
  b.owner.role = "Head of Finance Operations";
  Proposal p = Strong();
  p.summary =
      "We automate the invoice triage workflow for the finance operations team, "
      "measured by hours per invoice.";
  EXPECT_EQ(Check(Review(Pb(), p, &b), "owner").status, BriefCheckStatus::kPass);
}

TEST(ProposalBriefFit, WhatTheBriefDoesNotGiveIsUnknownNotFailed) {
  Brief b;
  b.workflow.name = "Invoice triage";
  ProposalReview r = Review(Pb(), Strong(), &b);
  EXPECT_EQ(Check(r, "workflow").status, BriefCheckStatus::kPass);
  for (const char* id : {"metric", "owner", "run_budget"}) {
    EXPECT_EQ(Check(r, id).status, BriefCheckStatus::kUnknown) << id;
  }
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kStrong);
}

TEST(ProposalBriefFit, ARunCostAboveTheBudgetMakesItWeak) {
  Brief b = InvoiceBrief();
  b.constraints.monthly_run_budget_usd = 1000;
  ProposalReview r = Review(Pb(), Strong(), &b);
  EXPECT_EQ(Check(r, "run_budget").status, BriefCheckStatus::kFail);
  EXPECT_EQ(r.verdict.id, ProposalVerdict::kWeak);
  EXPECT_TRUE(Has(r.verdict.reason, "above the brief's run budget")) << r.verdict.reason;
  b.constraints.monthly_run_budget_usd = 1200;  // exactly the budget fits
  EXPECT_EQ(Check(Review(Pb(), Strong(), &b), "run_budget").status, BriefCheckStatus::kPass);
}

TEST(ProposalBriefFit, AnUnpricedRunCostAgainstABudgetIsAGap) {
  Brief b = InvoiceBrief();
  Proposal p = Strong();
  p.pricing.monthly_run_usd.reset();
  ProposalReview r = Review(Pb(), p, &b);
  EXPECT_EQ(Check(r, "run_budget").status, BriefCheckStatus::kFail);
  EXPECT_TRUE(Has(Check(r, "run_budget").reason, "prices no monthly run cost"));
  EXPECT_NE(r.verdict.id, ProposalVerdict::kStrong);
}

TEST(ProposalBriefFit, FindNameNeedsHalfTheLongWords) {
  std::vector<SearchableText> texts = {SearchableText("We cut the ticket backlog.")};
  EXPECT_EQ(FindName(texts, "Support ticket triage", 0.5), std::vector<std::string>{});
  EXPECT_EQ(FindName(texts, "Ticket backlog", 0.5),
            std::vector<std::string>{"Ticket backlog"});  // the whole phrase
  EXPECT_EQ(FindName(texts, "Support ticket", 0.5), std::vector<std::string>{"ticket"});
  EXPECT_TRUE(FindName(texts, "", 0.5).empty());
}

}  // namespace
}  // namespace firsthire

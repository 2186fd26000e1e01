#include "engine/failure_modes.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "engine/ready_brief_for_test.h"
#include "engine/shape_inference.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

std::vector<Assessment::Risk> Modes(const Brief& b) {
  return FindFailureModes(Pb(), b, InferShape(Pb(), b));
}

const Assessment::Risk* Find(const std::vector<Assessment::Risk>& risks, const std::string& id) {
  auto it = std::find_if(risks.begin(), risks.end(), [&](const auto& r) { return r.id == id; });
  return it == risks.end() ? nullptr : &*it;
}

bool Fires(const Brief& b, const std::string& id) { return Find(Modes(b), id) != nullptr; }

TEST(FailureModes, TheReadyBriefTripsNone) { EXPECT_TRUE(Modes(ReadyBrief()).empty()); }

TEST(FailureModes, FiredModesCarryThePlaybookRuleTitleAndReason) {
  Brief b = ReadyBrief();
  b.constraints.budget_usd = 80000;
  b.constraints.monthly_run_budget_usd.reset();
  auto risks = Modes(b);
  const Assessment::Risk* r = Find(risks, "unpriced_post_launch");
  ASSERT_NE(r, nullptr);
  const FailureMode* mode = Pb().FindFailureMode("unpriced_post_launch");
  EXPECT_EQ(r->rule, mode->rule);
  EXPECT_EQ(r->title, mode->title);
  EXPECT_EQ(r->reason, mode->reason);
  EXPECT_EQ(r->severity, "medium");
}

TEST(FailureModes, VagueWorkflowFiresOnAShortDescriptionOrUnclearScope) {
  Brief short_description = ReadyBrief();
  short_description.workflow.description = "Tickets, with AI.";
  EXPECT_TRUE(Fires(short_description, "vague_workflow"));
  Brief unclear = ReadyBrief();
  unclear.shape = "unclear_scope";
  EXPECT_TRUE(Fires(unclear, "vague_workflow"));
  EXPECT_FALSE(Fires(ReadyBrief(), "vague_workflow"));
}

TEST(FailureModes, FamiliarityOverOwnership) {
  Brief b = ReadyBrief();
  b.role.interview_focus = {InterviewFocus::kModelFamiliarity, InterviewFocus::kCost};
  EXPECT_TRUE(Fires(b, "familiarity_over_ownership"));
  b.role.interview_focus = {InterviewFocus::kTools};
  EXPECT_TRUE(Fires(b, "familiarity_over_ownership"));
  b.role.interview_focus = {InterviewFocus::kTools, InterviewFocus::kSystemOwnership};
  EXPECT_FALSE(Fires(b, "familiarity_over_ownership"));
  b.role.interview_focus = {InterviewFocus::kEvaluation, InterviewFocus::kSecurity};
  EXPECT_FALSE(Fires(b, "familiarity_over_ownership"));
}

TEST(FailureModes, UnpricedPostLaunch) {
  Brief b = ReadyBrief();
  b.constraints.budget_usd = 120000;
  b.constraints.monthly_run_budget_usd.reset();
  EXPECT_TRUE(Fires(b, "unpriced_post_launch"));
  b.constraints.post_launch_budget_usd = 1500;
  EXPECT_FALSE(Fires(b, "unpriced_post_launch"));
  b.constraints.budget_usd.reset();  // nothing priced at all: still unpriced
  b.constraints.post_launch_budget_usd.reset();
  EXPECT_TRUE(Fires(b, "unpriced_post_launch"));
}

TEST(FailureModes, LateSecurity) {
  Brief b = ReadyBrief();
  b.sources.push_back({"Payroll", DataAccess::kAvailable, DataSensitivity::kConfidential});
  EXPECT_TRUE(Fires(b, "late_security"));  // review not planned at all
  b.constraints.security_review = SecurityReview::kAfterLaunch;
  EXPECT_TRUE(Fires(b, "late_security"));
  b.constraints.security_review = SecurityReview::kDesign;
  EXPECT_FALSE(Fires(b, "late_security"));

  Brief regulated = ReadyBrief();
  regulated.constraints.regulated = true;
  regulated.constraints.security_review = SecurityReview::kBeforeLaunch;
  EXPECT_TRUE(Fires(regulated, "late_security"));
  EXPECT_EQ(Find(Modes(regulated), "late_security")->severity, "high");

  Brief plain = ReadyBrief();  // internal data only
  plain.constraints.security_review = SecurityReview::kAfterLaunch;
  EXPECT_FALSE(Fires(plain, "late_security"));
}

TEST(FailureModes, OnePersonAllGaps) {
  int min_needs = Pb().FindFailureMode("one_person_all_gaps")->min_needs;
  Brief b = ReadyBrief();
  b.organisation.needs = {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment, OrganisationNeed::kQa, OrganisationNeed::kDesign, OrganisationNeed::kData};
  b.organisation.needs.resize(static_cast<size_t>(min_needs));
  b.role.level = RoleLevel::kMid;
  auto risks = Modes(b);
  const Assessment::Risk* r = Find(risks, "one_person_all_gaps");
  ASSERT_NE(r, nullptr);
  EXPECT_NE(r->reason.find("mid-level"), std::string::npos) << r->reason;
  EXPECT_NE(r->reason.find("AI, backend"), std::string::npos) << r->reason;
  EXPECT_EQ(r->reason.find('{'), std::string::npos) << r->reason;

  b.role.level = std::nullopt;  // level unknown: still one person
  EXPECT_TRUE(Fires(b, "one_person_all_gaps"));
  EXPECT_EQ(Find(Modes(b), "one_person_all_gaps")->reason.find("  "), std::string::npos);
  b.role.level = RoleLevel::kSenior;
  EXPECT_FALSE(Fires(b, "one_person_all_gaps"));
  b.role.level = RoleLevel::kJunior;
  b.role.hires = 3;
  EXPECT_FALSE(Fires(b, "one_person_all_gaps"));
  b.role.hires = 1;
  b.organisation.needs.pop_back();  // one need fewer than the threshold
  EXPECT_FALSE(Fires(b, "one_person_all_gaps"));
}

TEST(FailureModes, SeverityComesFromThePlaybook) {
  Playbook pb = DefaultPlaybook();
  for (FailureMode& mode : pb.failure_modes) {
    if (mode.id == "unpriced_post_launch") mode.severity = "high";
  }
  Brief b = ReadyBrief();
  b.constraints.budget_usd = 80000;
  b.constraints.monthly_run_budget_usd.reset();
  auto risks = FindFailureModes(pb, b, InferShape(pb, b));
  ASSERT_NE(Find(risks, "unpriced_post_launch"), nullptr);
  EXPECT_EQ(Find(risks, "unpriced_post_launch")->severity, "high");
}


TEST(FailureModes, UnpricedPostLaunchAlsoFiresWithNoBudgetAtAll) {
  Brief b = ReadyBrief();
  b.constraints.monthly_run_budget_usd.reset();
  std::vector<Assessment::Risk> no_budget_all = Modes(b);
  const Assessment::Risk* no_budget = Find(no_budget_all, "unpriced_post_launch");
  ASSERT_NE(no_budget, nullptr);
  EXPECT_EQ(no_budget->reason,
            Pb().FindFailureMode("unpriced_post_launch")->Reason("reason_no_budget"));
  b.constraints.budget_usd = 60000;
  std::vector<Assessment::Risk> with_budget = Modes(b);
  ASSERT_NE(Find(with_budget, "unpriced_post_launch"), nullptr);
  EXPECT_EQ(Find(with_budget, "unpriced_post_launch")->reason,
            Pb().FindFailureMode("unpriced_post_launch")->reason);
  // A run budget, under either name, prices it.
  b.constraints.post_launch_budget_usd = 900;
  EXPECT_FALSE(Fires(b, "unpriced_post_launch"));
}

TEST(FailureModes, UnrealisticTimelineBelowThePlaybookMinimum) {
  Brief b = ReadyBrief();
  int min_weeks = Pb().advice.min_pilot_weeks;
  b.constraints.timeline_weeks = min_weeks - 1;
  std::vector<Assessment::Risk> risk_all = Modes(b);
  const Assessment::Risk* risk = Find(risk_all, "unrealistic_timeline");
  ASSERT_NE(risk, nullptr);
  EXPECT_EQ(risk->rule, "failure_mode.unrealistic_timeline");
  EXPECT_NE(risk->reason.find(std::to_string(min_weeks - 1) + " weeks"), std::string::npos);
  b.constraints.timeline_weeks = min_weeks;
  EXPECT_FALSE(Fires(b, "unrealistic_timeline"));
  b.constraints.timeline_weeks.reset();
  EXPECT_FALSE(Fires(b, "unrealistic_timeline"));
}

TEST(FailureModes, LateSecurityFiresForActionsOverInternalData) {
  Brief b = ReadyBrief();  // internal data only, security review not planned
  EXPECT_FALSE(Fires(b, "late_security"));
  b.constraints.takes_actions = true;
  std::vector<Assessment::Risk> risk_all = Modes(b);
  const Assessment::Risk* risk = Find(risk_all, "late_security");
  ASSERT_NE(risk, nullptr);
  EXPECT_EQ(risk->reason, Pb().FindFailureMode("late_security")->Reason("reason_actions"));
  b.constraints.security_review = SecurityReview::kDesign;
  EXPECT_FALSE(Fires(b, "late_security"));
  b.constraints.security_review = SecurityReview::kAfterLaunch;
  b.sources = {{"Docs", DataAccess::kAvailable, DataSensitivity::kPublic}};  // actions over public data only
  EXPECT_FALSE(Fires(b, "late_security"));
}

TEST(FailureModes, ResearchFirstForModelWorkInferredFromWords) {
  Brief b = ReadyBrief();
  b.workflow.description = "Fine-tune and train a custom model on our transcripts to cut cost.";
  ASSERT_EQ(InferShape(Pb(), b).shape, "custom_model");
  std::vector<Assessment::Risk> risk_all = Modes(b);
  const Assessment::Risk* risk = Find(risk_all, "research_first");
  ASSERT_NE(risk, nullptr);
  EXPECT_EQ(risk->reason, Pb().FindFailureMode("research_first")->reason);
  b.workflow.baseline_tried = true;
  EXPECT_FALSE(Fires(b, "research_first"));
  b.workflow.baseline_tried.reset();
  b.shape = "custom_model";  // stated, not inferred from words
  EXPECT_FALSE(Fires(b, "research_first"));
}

TEST(FailureModes, ResearchFirstForAResearchRoleOnANonModelProject) {
  Brief b = ReadyBrief();
  b.role.title = "ML research scientist";
  std::vector<Assessment::Risk> risk_all = Modes(b);
  const Assessment::Risk* risk = Find(risk_all, "research_first");
  ASSERT_NE(risk, nullptr);
  EXPECT_NE(risk->reason.find("ML research scientist"), std::string::npos) << risk->reason;
  b.role.title = "Applied AI engineer";
  EXPECT_FALSE(Fires(b, "research_first"));
}

TEST(FailureModes, ProductAndChangeManagementCountAsGaps) {
  Brief b = ReadyBrief();
  b.role = {"AI developer", RoleLevel::kMid, 1, {}};
  b.organisation.needs = {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kProduct};
  EXPECT_FALSE(Fires(b, "one_person_all_gaps"));
  b.organisation.needs.push_back(OrganisationNeed::kChangeManagement);
  std::vector<Assessment::Risk> risk_all = Modes(b);
  const Assessment::Risk* risk = Find(risk_all, "one_person_all_gaps");
  ASSERT_NE(risk, nullptr);
  EXPECT_NE(risk->reason.find("change management"), std::string::npos) << risk->reason;
}

}  // namespace
}  // namespace firsthire

#include "engine/run_cost.h"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/ready_brief_for_test.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

TEST(RunCost, RunsTimesTheShapeDefaultTimesWeeksAgainstTheBudget) {
  Brief b = ReadyBrief();  // 400 runs a week, budget 500 a month
  Assessment::Cost c = EstimateRunCost(Pb(), b, "workflow_automation");
  double per_run = Pb().advice.cost.default_cost_per_run_usd.at("workflow_automation");
  ASSERT_TRUE(c.estimated_monthly_run_usd.has_value());
  EXPECT_DOUBLE_EQ(*c.estimated_monthly_run_usd,
                   std::round(400 * per_run * Pb().advice.cost.weeks_per_month));
  EXPECT_EQ(c.monthly_run_budget_usd, b.constraints.monthly_run_budget_usd);
  EXPECT_EQ(c.rule, "cost.within_budget");
  // One basis line per number: runs, cost per run, estimate, budget.
  ASSERT_EQ(c.basis.size(), 4u);
  EXPECT_NE(c.basis[0].find("workflow.runs_per_week"), std::string::npos) << c.basis[0];
  EXPECT_NE(c.basis[1].find("default"), std::string::npos) << c.basis[1];
  EXPECT_NE(c.basis[3].find("constraints.monthly_run_budget_usd"), std::string::npos);
}

TEST(RunCost, TheBriefsCostPerRunOverridesTheDefault) {
  Brief b = ReadyBrief();
  b.constraints.cost_per_run_usd = 2.5;
  Assessment::Cost c = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_DOUBLE_EQ(*c.estimated_monthly_run_usd,
                   std::round(400 * 2.5 * Pb().advice.cost.weeks_per_month));
  EXPECT_NE(c.basis[1].find("constraints.cost_per_run_usd"), std::string::npos) << c.basis[1];
  EXPECT_EQ(c.rule, "cost.over_budget");
  EXPECT_NE(c.reason.find("$500"), std::string::npos) << c.reason;
}

TEST(RunCost, ThePostLaunchBudgetCountsWhenNoRunBudgetIsGiven) {
  Brief b = ReadyBrief();
  b.constraints.monthly_run_budget_usd.reset();
  b.constraints.post_launch_budget_usd = 900;
  Assessment::Cost c = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_EQ(c.monthly_run_budget_usd, 900);
  EXPECT_NE(c.basis.back().find("post_launch_budget_usd"), std::string::npos);
}

TEST(RunCost, NoBudgetAndNoRunCountAreSaidNotGuessed) {
  Brief b = ReadyBrief();
  b.constraints.monthly_run_budget_usd.reset();
  Assessment::Cost no_budget = EstimateRunCost(Pb(), b, "knowledge_assistant");
  EXPECT_FALSE(no_budget.monthly_run_budget_usd.has_value());
  EXPECT_TRUE(no_budget.estimated_monthly_run_usd.has_value());
  EXPECT_EQ(no_budget.rule, "cost.no_budget");

  b.workflow.runs_per_week.reset();
  Assessment::Cost unknown = EstimateRunCost(Pb(), b, "knowledge_assistant");
  EXPECT_FALSE(unknown.estimated_monthly_run_usd.has_value());
  EXPECT_EQ(unknown.rule, "cost.unknown");
  EXPECT_EQ(unknown.basis.front(), Pb().advice.cost.basis_runs_missing);
  for (const auto& line : unknown.basis) EXPECT_EQ(line.find('{'), std::string::npos) << line;
}

}  // namespace
}  // namespace firsthire

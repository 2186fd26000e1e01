#include "engine/run_cost.h"

#include <gtest/gtest.h>

#include <cmath>

#include "engine/brief_wording.h"
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

// ReadyBrief at $2.50 a run: 400 x 2.5 x weeks_per_month a month.
double ExpensiveEstimate() { return std::round(400 * 2.5 * Pb().advice.cost.weeks_per_month); }

TEST(RunCost, ARunCostAboveTheMetricsValueIsFlaggedWithItsShare) {
  Brief b = ReadyBrief();
  b.constraints.cost_per_run_usd = 2.5;
  b.metric.monthly_value_usd = 2000;
  Assessment::Cost c = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_EQ(c.metric_monthly_value_usd, 2000);
  EXPECT_EQ(c.value_rule, "cost.exceeds_value");
  EXPECT_NE(c.value_reason.find("$2000"), std::string::npos) << c.value_reason;
  EXPECT_NE(c.value_reason.find("$" + assess_text::Number(ExpensiveEstimate())), std::string::npos)
      << c.value_reason;
  // The budget outcome is unchanged: the value is a second, separate check.
  EXPECT_EQ(c.rule, "cost.over_budget");
  ASSERT_EQ(c.basis.size(), 6u);
  EXPECT_NE(c.basis[4].find("metric.monthly_value_usd"), std::string::npos) << c.basis[4];
  double share = std::round(ExpensiveEstimate() / 2000 * 1000) / 10;
  EXPECT_NE(c.basis[5].find(assess_text::Number(share) + "%"), std::string::npos) << c.basis[5];
}

TEST(RunCost, AValueThatCoversTheRunCostRaisesNothing) {
  Brief b = ReadyBrief();
  b.constraints.cost_per_run_usd = 2.5;
  b.metric.monthly_value_usd = ExpensiveEstimate();  // exactly covered
  Assessment::Cost c = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_TRUE(c.value_rule.empty()) << c.value_reason;
  EXPECT_TRUE(c.value_reason.empty());
  EXPECT_NE(c.basis.back().find("100%"), std::string::npos) << c.basis.back();
}

TEST(RunCost, NoValueOrNoRunCountRaisesNothing) {
  Brief b = ReadyBrief();
  b.constraints.cost_per_run_usd = 2.5;
  Assessment::Cost no_value = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_FALSE(no_value.metric_monthly_value_usd.has_value());
  EXPECT_TRUE(no_value.value_rule.empty());
  EXPECT_EQ(no_value.basis.size(), 4u);  // no value line when none is given

  b.metric.monthly_value_usd = 1;
  b.workflow.runs_per_week.reset();
  Assessment::Cost no_runs = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_EQ(no_runs.metric_monthly_value_usd, 1);
  EXPECT_TRUE(no_runs.value_rule.empty());
  // The value is still said, but no share of an unknown estimate.
  EXPECT_NE(no_runs.basis.back().find("metric.monthly_value_usd"), std::string::npos);
  for (const auto& line : no_runs.basis) EXPECT_EQ(line.find('%'), std::string::npos) << line;
}

TEST(RunCost, AZeroValueIsExceededWithoutAShare) {
  Brief b = ReadyBrief();
  b.metric.monthly_value_usd = 0;
  Assessment::Cost c = EstimateRunCost(Pb(), b, "workflow_automation");
  EXPECT_EQ(c.value_rule, "cost.exceeds_value");
  for (const auto& line : c.basis) EXPECT_EQ(line.find('%'), std::string::npos) << line;
}

}  // namespace
}  // namespace firsthire

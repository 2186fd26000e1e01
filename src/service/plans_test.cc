#include "service/plans.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

constexpr Millis kStart = 1'700'000'000'000;

class PlanProgressTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url(), SchemaUpgrade::kApply, [this] { return now_; });
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    auto plan = store_->CreatePlan(
        {.plan_json = R"({"windows":[{"deliverables":[{"id":"d30.audit"},{"id":"d60.ship"}]}]})",
         .status_json = "{}"},
        "ada");
    ASSERT_TRUE(plan.ok()) << plan.status().ToString();
    plan_id_ = plan->id;
  }

  std::string StatusJson() { return store_->GetPlan(plan_id_)->status_json; }

  Millis now_ = kStart;
  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::string plan_id_;
};

TEST_F(PlanProgressTest, RecordsStatesOverTheOnesThePlanHas) {
  now_ += 1'000;
  ASSERT_TRUE(SetDeliverableStates(*store_, plan_id_, {{"d30.audit", "done"}}, "ada").ok());
  auto plan = SetDeliverableStates(*store_, plan_id_, {{"d60.ship", "blocked"}}, "bob");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(nlohmann::json::parse(plan->status_json),
            (nlohmann::json{{"d30.audit", "done"}, {"d60.ship", "blocked"}}));
  EXPECT_EQ(plan->updated_at, kStart + 1'000);
}

TEST_F(PlanProgressTest, RefusesAnUnknownDeliverableOrStateAndWritesNothing) {
  const std::int64_t audit = store_->ListAudit({}, {})->total;
  auto unknown =
      SetDeliverableStates(*store_, plan_id_, {{"d30.audit", "done"}, {"d90.nope", "done"}}, "ada");
  EXPECT_EQ(unknown.status().code(), Code::kInvalidInput);
  EXPECT_EQ(unknown.status().location().field, "status.d90.nope");
  auto state = SetDeliverableStates(*store_, plan_id_, {{"d30.audit", "finished"}}, "ada");
  EXPECT_EQ(state.status().location().field, "status.d30.audit");
  auto number = SetDeliverableStates(*store_, plan_id_, {{"d30.audit", 3}}, "ada");
  EXPECT_EQ(number.status().code(), Code::kInvalidInput);
  EXPECT_EQ(StatusJson(), "{}");
  EXPECT_EQ(store_->ListAudit({}, {})->total, audit);
}

TEST_F(PlanProgressTest, APlanWithoutDeliverablesTakesAnyIdAndAnAbsentPlanIsNotFound) {
  auto bare = store_->CreatePlan({.plan_json = "{}", .status_json = "{}"}, "ada");
  ASSERT_TRUE(bare.ok());
  EXPECT_TRUE(SetDeliverableStates(*store_, bare->id, {{"anything", "todo"}}, "ada").ok());
  EXPECT_EQ(SetDeliverableStates(*store_, "nope", {{"x", "todo"}}, "ada").status().code(),
            Code::kNotFound);
}

TEST_F(PlanProgressTest, RecordsTheNinetyDayDecisionWithWhoAndWhenOnlyForAHire) {
  // The plan of SetUp has no candidate: an outcome belongs to a hire.
  auto unlinked = RecordPlanOutcome(*store_, plan_id_, "go", "shipped", "ada", kStart);
  EXPECT_EQ(unlinked.status().location().field, "candidate_id");
  auto candidate = store_->CreateCandidate({.name = "Hal"}, "ada");
  ASSERT_TRUE(candidate.ok()) << candidate.status().ToString();
  auto plan = store_->CreatePlan(
      {.candidate_id = candidate->id, .plan_json = "{}", .status_json = "{}"}, "ada");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(
      RecordPlanOutcome(*store_, plan->id, "maybe", "x", "ada", kStart).status().location().field,
      "decision");
  EXPECT_EQ(RecordPlanOutcome(*store_, plan->id, "go", "", "ada", kStart).status().location().field,
            "reason");
  EXPECT_EQ(RecordPlanOutcome(*store_, "ghost", "go", "x", "ada", kStart).status().code(),
            Code::kNotFound);
  EXPECT_EQ(store_->GetPlan(plan->id)->outcome, "");  // nothing written on refusal
  auto recorded = RecordPlanOutcome(*store_, plan->id, "no_go", "cost doubled", "bob", kStart + 5);
  ASSERT_TRUE(recorded.ok()) << recorded.status().ToString();
  EXPECT_EQ(recorded->outcome, "no_go");
  EXPECT_EQ(recorded->outcome_reason, "cost doubled");
  EXPECT_EQ(recorded->outcome_by, "bob");
  EXPECT_EQ(recorded->outcome_at, kStart + 5);
  // Deliverable progress afterwards keeps it.
  ASSERT_TRUE(SetDeliverableStates(*store_, plan->id, {{"d30", "done"}}, "ada").ok());
  EXPECT_EQ(store_->GetPlan(plan->id)->outcome_by, "bob");
}

}  // namespace
}  // namespace firsthire::service

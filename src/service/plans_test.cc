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

}  // namespace
}  // namespace firsthire::service

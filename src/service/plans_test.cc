#include "service/plans.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

constexpr Millis kStart = 1'700'000'000'000;
const PipelineRules& Pipeline() { return DefaultPlaybook().pipeline; }

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
  auto unlinked = RecordPlanOutcome(*store_, Pipeline(), plan_id_, "go", "shipped", "ada", kStart);
  EXPECT_EQ(unlinked.status().location().field, "candidate_id");
  auto candidate = store_->CreateCandidate({.name = "Hal", .stage = "hired"}, "ada");
  ASSERT_TRUE(candidate.ok()) << candidate.status().ToString();
  auto plan = store_->CreatePlan(
      {.candidate_id = candidate->id, .plan_json = "{}", .status_json = "{}"}, "ada");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(RecordPlanOutcome(*store_, Pipeline(), plan->id, "maybe", "x", "ada", kStart)
                .status()
                .location()
                .field,
            "decision");
  EXPECT_EQ(RecordPlanOutcome(*store_, Pipeline(), plan->id, "go", "", "ada", kStart)
                .status()
                .location()
                .field,
            "reason");
  EXPECT_EQ(
      RecordPlanOutcome(*store_, Pipeline(), "ghost", "go", "x", "ada", kStart).status().code(),
      Code::kNotFound);
  EXPECT_EQ(store_->GetPlan(plan->id)->outcome, "");  // nothing written on refusal
  auto recorded =
      RecordPlanOutcome(*store_, Pipeline(), plan->id, "no_go", "cost doubled", "bob", kStart + 5);
  ASSERT_TRUE(recorded.ok()) << recorded.status().ToString();
  EXPECT_EQ(recorded->outcome, "no_go");
  EXPECT_EQ(recorded->outcome_reason, "cost doubled");
  EXPECT_EQ(recorded->outcome_by, "bob");
  EXPECT_EQ(recorded->outcome_at, kStart + 5);
  // Deliverable progress afterwards keeps it.
  ASSERT_TRUE(SetDeliverableStates(*store_, plan->id, {{"d30", "done"}}, "ada").ok());
  EXPECT_EQ(store_->GetPlan(plan->id)->outcome_by, "bob");
}

TEST_F(PlanProgressTest, ANinetyDayDecisionNeedsTheCandidateHired) {
  auto offered = store_->CreateCandidate({.name = "Ola", .stage = "offer"}, "ada");
  ASSERT_TRUE(offered.ok()) << offered.status().ToString();
  auto plan = store_->CreatePlan(
      {.candidate_id = offered->id, .plan_json = "{}", .status_json = "{}"}, "ada");
  ASSERT_TRUE(plan.ok());
  auto early = RecordPlanOutcome(*store_, Pipeline(), plan->id, "go", "shipped", "ada", kStart);
  EXPECT_EQ(early.status().code(), Code::kInvalidInput);
  EXPECT_EQ(early.status().location().field, "candidate_id");
  EXPECT_EQ(early.status().message(),
            "a 90-day decision is about someone who was hired, and Ola is at the stage 'Offer', "
            "not 'Hired': record the hire decision on their page (or move them to that stage) "
            "first");
  EXPECT_EQ(store_->GetPlan(plan->id)->outcome, "");  // nothing written
  // Once hired, the same decision is recorded.
  store::StoredCandidate hired = *offered;
  hired.stage = "hired";
  ASSERT_TRUE(store_->UpdateCandidate(hired, "ada").ok());
  auto recorded = RecordPlanOutcome(*store_, Pipeline(), plan->id, "go", "shipped", "ada", kStart);
  ASSERT_TRUE(recorded.ok()) << recorded.status().ToString();
  EXPECT_EQ(recorded->outcome, "go");
  // A playbook whose hire decision moves elsewhere names that stage.
  PipelineRules onboarding = Pipeline();
  for (DecisionKind& kind : onboarding.decisions) {
    if (kind.id == "hire") kind.stage = "offer";
  }
  EXPECT_EQ(RecordPlanOutcome(*store_, onboarding, plan->id, "go", "x", "ada", kStart)
                .status()
                .location()
                .field,
            "candidate_id");
}

}  // namespace
}  // namespace firsthire::service

namespace firsthire::service {
namespace {

class CreatePlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
  }

  std::string Field(const NewPlan& plan) {
    return CreatePlan(*store_, plan, "t").status().location().field;
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
};

TEST_F(CreatePlanTest, WithoutItsOwnPlanAPlanTakesTheOpeningsAndStartsWithNoProgress) {
  auto opening = store_->CreateOpening({.title = "AI", .plan_json = R"({"windows":[]})"}, "t");
  ASSERT_TRUE(opening.ok());
  auto plan = CreatePlan(*store_, {.opening_id = opening->id}, "t");
  ASSERT_TRUE(plan.ok()) << plan.status().ToString();
  EXPECT_EQ(plan->plan_json, R"({"windows":[]})");
  EXPECT_EQ(plan->status_json, "{}");
  auto own = CreatePlan(*store_, {.opening_id = opening->id, .plan_json = R"({"own":1})"}, "t");
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->plan_json, R"({"own":1})");
}

TEST_F(CreatePlanTest, UnknownReferencesAndNoPlanAtAllAreRefusedNamingTheField) {
  EXPECT_EQ(Field({.opening_id = "ghost", .plan_json = "{}"}), "opening_id");
  EXPECT_EQ(Field({.candidate_id = "ghost", .plan_json = "{}"}), "candidate_id");
  EXPECT_EQ(Field({}), "plan");
  auto candidate = store_->CreateCandidate({.name = "Ada", .profile_json = "{}"}, "t");
  ASSERT_TRUE(candidate.ok());
  ASSERT_TRUE(store_->EraseCandidate(candidate->id, "t").ok());
  EXPECT_EQ(Field({.candidate_id = candidate->id, .plan_json = "{}"}), "candidate_id");
  EXPECT_EQ(store_->ListPlans({}, {})->total, 0);
}

TEST_F(PlanProgressTest, ListsByOpeningGetsAndDeletesAPlan) {
  auto opening = store_->CreateOpening({.title = "AI engineer", .status = "open"}, "ada");
  ASSERT_TRUE(opening.ok()) << opening.status().ToString();
  auto mine = CreatePlan(*store_, {.opening_id = opening->id, .plan_json = "{}"}, "ada");
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  auto listed = ListPlans(*store_, {.opening_id = opening->id}, Page{});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->items.size(), 1u);
  EXPECT_EQ(listed->items[0].id, mine->id);
  EXPECT_EQ(ListPlans(*store_, {}, Page{})->total, 2);
  EXPECT_EQ(GetPlan(*store_, mine->id)->opening_id, opening->id);
  ASSERT_TRUE(DeletePlan(*store_, mine->id, "ada").ok());
  EXPECT_EQ(GetPlan(*store_, mine->id).status().code(), Code::kNotFound);
  EXPECT_EQ(DeletePlan(*store_, mine->id, "ada").code(), Code::kNotFound);
  EXPECT_TRUE(GetPlan(*store_, plan_id_).ok());
}

}  // namespace
}  // namespace firsthire::service

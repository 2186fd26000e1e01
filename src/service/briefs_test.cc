#include "service/briefs.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class BriefServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    auto brief = store_->CreateBrief({.title = "Triage", .input_json = "{}"}, "t");
    ASSERT_TRUE(brief.ok()) << brief.status().ToString();
    brief_ = *brief;
  }

  store::StoredOpening Opening(const std::string& title) {
    auto opening = store_->CreateOpening({.title = title,
                                          .brief_id = brief_.id,
                                          .archetype = "kept",
                                          .kit_json = "old",
                                          .plan_json = "old",
                                          .status = "open"},
                                         "t");
    EXPECT_TRUE(opening.ok()) << opening.status().ToString();
    return opening.ok() ? *opening : store::StoredOpening{};
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  store::StoredBrief brief_;
};

TEST_F(BriefServiceTest, TheBriefsOpeningsGetTheNewKitAndPlanAndKeepTheirOwnFields) {
  store::StoredOpening first = Opening("First");
  store::StoredOpening second = Opening("Second");
  store::StoredBrief changed = brief_;
  changed.title = "Triage v2";
  auto updated = UpdateBriefAndOpenings(
      *store_, changed, OpeningParts{.kit_json = "kit2", .plan_json = "plan2", .archetype = "x"},
      "m");
  ASSERT_TRUE(updated.ok()) << updated.status().ToString();
  EXPECT_EQ(updated->title, "Triage v2");
  for (const store::StoredOpening& before : {first, second}) {
    store::StoredOpening after = *store_->GetOpening(before.id);
    EXPECT_EQ(after.kit_json, "kit2");
    EXPECT_EQ(after.plan_json, "plan2");
    EXPECT_EQ(after.title, before.title);
    EXPECT_EQ(after.archetype, "kept");
  }
}

TEST_F(BriefServiceTest, WhenTheOpeningsCannotBeDerivedNothingIsSaved) {
  Opening("First");
  store::StoredBrief changed = brief_;
  changed.title = "Broken";
  Result<OpeningParts> broken =
      Status::InvalidInput("the brief has no workflow", {.field = "brief"});
  auto updated = UpdateBriefAndOpenings(*store_, changed, broken, "m");
  EXPECT_EQ(updated.status().location().field, "brief");
  EXPECT_EQ(store_->GetBrief(brief_.id)->title, "Triage");
}

TEST_F(BriefServiceTest, ABriefWithoutOpeningsNeedsNoKit) {
  store::StoredBrief changed = brief_;
  changed.title = "Alone";
  Result<OpeningParts> broken = Status::InvalidInput("no kit", {.field = "brief"});
  auto updated = UpdateBriefAndOpenings(*store_, changed, broken, "m");
  ASSERT_TRUE(updated.ok()) << updated.status().ToString();
  EXPECT_EQ(store_->GetBrief(brief_.id)->title, "Alone");
}

}  // namespace
}  // namespace firsthire::service

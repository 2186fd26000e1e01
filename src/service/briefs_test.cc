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

// A deriver that makes what the test can recognise, counting its calls.
OpeningDeriver CountingDeriver(int* calls) {
  return [calls](const std::string& input_json, const std::string&) -> Result<OpeningParts> {
    ++*calls;
    return OpeningParts{.kit_json = "kit of " + input_json, .plan_json = "plan", .archetype = "a"};
  };
}

TEST_F(BriefServiceTest, ANewBriefIsNamedAfterItsWorkflowUnlessTitled) {
  auto named = CreateBrief(*store_,
                           {.input_json = R"({"workflow":{"name":"Invoice coding"}})",
                            .assessment_json = R"({"verdict":"hire"})"},
                           "m");
  ASSERT_TRUE(named.ok()) << named.status().ToString();
  EXPECT_EQ(named->title, "Invoice coding");
  EXPECT_EQ(store_->GetBrief(named->id)->assessment_json, R"({"verdict":"hire"})");
  EXPECT_EQ(CreateBrief(*store_, {.input_json = R"({"workflow":{}})"}, "m")->title,
            "Untitled brief");
  EXPECT_EQ(
      CreateBrief(*store_,
                  {.title = "Mine", .input_json = R"({"workflow":{"name":"Invoice coding"}})"}, "m")
          ->title,
      "Mine");
  // Without a document nothing is stored.
  auto none = CreateBrief(*store_, {.title = "Empty"}, "m");
  EXPECT_EQ(none.status().location().field, "brief");
  EXPECT_EQ(store_->ListBriefs(Page{})->total, 4);  // brief_ and the three above
}

TEST_F(BriefServiceTest, AnUpdateReadsTheChangeOnlyForABriefThatExists) {
  int reads = 0, derives = 0;
  ChangeReader<BriefChange> read = [&]() -> Result<BriefChange> {
    ++reads;
    return BriefChange{.input_json = R"({"workflow":{"name":"v2"}})", .assessment_json = "a2"};
  };
  EXPECT_EQ(
      UpdateBrief(*store_, "no-such-brief", read, CountingDeriver(&derives), "m").status().code(),
      Code::kNotFound);
  EXPECT_EQ(reads, 0);

  store::StoredOpening opening = Opening("First");
  auto updated = UpdateBrief(*store_, brief_.id, read, CountingDeriver(&derives), "m");
  ASSERT_TRUE(updated.ok()) << updated.status().ToString();
  EXPECT_EQ(updated->title, "Triage");  // the title is kept when the change gives none
  EXPECT_EQ(updated->assessment_json, "a2");
  // The opening is derived from the brief as changed.
  EXPECT_EQ(store_->GetOpening(opening.id)->kit_json, R"(kit of {"workflow":{"name":"v2"}})");

  // The reader's error is the answer, and nothing changes.
  ChangeReader<BriefChange> refuse = [] {
    return Result<BriefChange>(Status::InvalidInput("bad title", {.field = "title"}));
  };
  EXPECT_EQ(UpdateBrief(*store_, brief_.id, refuse, CountingDeriver(&derives), "m")
                .status()
                .location()
                .field,
            "title");
  EXPECT_EQ(store_->GetBrief(brief_.id)->assessment_json, "a2");
}

}  // namespace
}  // namespace firsthire::service

#include "service/openings.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class OpeningServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    auto brief = store_->CreateBrief({.title = "Triage", .input_json = R"({"n":1})"}, "t");
    ASSERT_TRUE(brief.ok()) << brief.status().ToString();
    brief_id_ = brief->id;
  }

  // Derives from the brief's text, counting calls; fails when told to.
  OpeningDeriver Deriver() {
    return [this](const std::string& input_json, const std::string& field) -> Result<OpeningParts> {
      ++derives_;
      if (fail_) return Status::InvalidInput("no workflow", {.field = field + ".workflow"});
      return OpeningParts{.kit_json = "kit " + input_json,
                          .plan_json = "plan " + input_json,
                          .archetype = ArchetypeId()};
    };
  }

  static std::string ArchetypeId() { return DefaultPlaybook().archetypes.front().id; }
  static std::string OtherArchetypeId() { return DefaultPlaybook().archetypes.back().id; }

  Result<store::StoredOpening> Create(const OpeningChange& change) {
    return CreateOpening(*store_, DefaultPlaybook(), change, Deriver(), "m");
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::string brief_id_;
  int derives_ = 0;
  bool fail_ = false;
};

TEST_F(OpeningServiceTest, AnOpeningFromABriefCarriesItsKitPlanAndArchetype) {
  auto opening = Create({.title = "AI engineer", .brief_id = brief_id_});
  ASSERT_TRUE(opening.ok()) << opening.status().ToString();
  EXPECT_EQ(opening->status, "open");
  EXPECT_EQ(opening->kit_json, R"(kit {"n":1})");
  EXPECT_EQ(opening->plan_json, R"(plan {"n":1})");
  EXPECT_EQ(opening->archetype, ArchetypeId());
  // A chosen archetype is kept over the brief's; without a brief nothing is derived.
  ASSERT_NE(ArchetypeId(), OtherArchetypeId());
  EXPECT_EQ(
      Create({.title = "B", .archetype = OtherArchetypeId(), .brief_id = brief_id_})->archetype,
      OtherArchetypeId());
  int before = derives_;
  auto alone = Create({.title = "C", .status = "draft"});
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->status, "draft");
  EXPECT_EQ(alone->kit_json, "");
  EXPECT_EQ(derives_, before);
}

TEST_F(OpeningServiceTest, RefusesAnUnknownArchetypeOrBriefNamingTheFieldAndStoresNothing) {
  EXPECT_EQ(Create({.title = "A", .archetype = "wizard"}).status().location().field, "archetype");
  EXPECT_TRUE(Create({.title = "A", .archetype = ""}).ok());  // "" is no archetype
  EXPECT_EQ(Create({.title = "A", .brief_id = "nope"}).status().location().field, "brief_id");
  fail_ = true;
  EXPECT_EQ(Create({.title = "A", .brief_id = brief_id_}).status().location().field,
            "brief_id.workflow");
  EXPECT_EQ(store_->ListOpenings({}, Page{})->total, 1);
}

TEST_F(OpeningServiceTest, AnUpdateKeepsWhatTheChangeLeavesOutAndReadsOnlyAnOpeningThatExists) {
  auto opening = Create({.title = "A", .brief_id = brief_id_});
  ASSERT_TRUE(opening.ok());
  int reads = 0;
  auto rename = [&]() -> Result<OpeningChange> {
    ++reads;
    return OpeningChange{.title = "Renamed", .status = "closed"};
  };
  EXPECT_EQ(
      UpdateOpening(*store_, DefaultPlaybook(), "nope", rename, Deriver(), "m").status().code(),
      Code::kNotFound);
  EXPECT_EQ(reads, 0);
  auto renamed = UpdateOpening(*store_, DefaultPlaybook(), opening->id, rename, Deriver(), "m");
  ASSERT_TRUE(renamed.ok()) << renamed.status().ToString();
  EXPECT_EQ(renamed->title, "Renamed");
  EXPECT_EQ(renamed->status, "closed");
  EXPECT_EQ(renamed->kit_json, opening->kit_json);
  EXPECT_EQ(renamed->brief_id, brief_id_);

  // Detaching from the brief; a refused change writes nothing.
  auto detach = [] { return Result<OpeningChange>(OpeningChange{.brief_id = ""}); };
  EXPECT_EQ(
      UpdateOpening(*store_, DefaultPlaybook(), opening->id, detach, Deriver(), "m")->brief_id, "");
  auto bad = [] { return Result<OpeningChange>(OpeningChange{.title = "X", .archetype = "?"}); };
  EXPECT_FALSE(UpdateOpening(*store_, DefaultPlaybook(), opening->id, bad, Deriver(), "m").ok());
  EXPECT_EQ(store_->GetOpening(opening->id)->title, "Renamed");
}

}  // namespace
}  // namespace firsthire::service

#include "service/team_members.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class TeamMemberServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
  }

  // Refuses a member named "Refused"; records what it was shown.
  MemberCheck Check() {
    return [this](const store::StoredTeamMember& member) {
      checked_ = member;
      if (member.name == "Refused") return Status::InvalidInput("no", {.field = "name"});
      return Status::Ok();
    };
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  store::StoredTeamMember checked_;
};

TEST_F(TeamMemberServiceTest, ANewMemberIsCheckedAsStoredAndStartsWithNoTraits) {
  auto member = CreateTeamMember(*store_, {.name = "Ana"}, Check(), "m");
  ASSERT_TRUE(member.ok()) << member.status().ToString();
  EXPECT_EQ(checked_.traits_json, "{}");
  EXPECT_EQ(store_->GetTeamMember(member->id)->traits_json, "{}");
  EXPECT_FALSE(member->codes);
  EXPECT_EQ(CreateTeamMember(*store_, {.name = "Refused"}, Check(), "m").status().location().field,
            "name");
  EXPECT_EQ(store_->ListTeamMembers(Page{})->total, 1);
}

TEST_F(TeamMemberServiceTest, AnUpdateChecksTheMergedMemberAndKeepsWhatItLeavesOut) {
  auto member =
      CreateTeamMember(*store_, {.name = "Ana", .traits_json = R"({"design":3})"}, Check(), "m");
  ASSERT_TRUE(member.ok());
  int reads = 0;
  auto codes = [&]() -> Result<TeamMemberChange> {
    ++reads;
    return TeamMemberChange{.codes = true};
  };
  EXPECT_EQ(UpdateTeamMember(*store_, "nope", codes, Check(), "m").status().code(),
            Code::kNotFound);
  EXPECT_EQ(reads, 0);
  auto updated = UpdateTeamMember(*store_, member->id, codes, Check(), "m");
  ASSERT_TRUE(updated.ok()) << updated.status().ToString();
  EXPECT_TRUE(updated->codes);
  EXPECT_EQ(updated->name, "Ana");
  EXPECT_EQ(checked_.traits_json, R"({"design":3})");  // the check saw the whole member

  auto refuse = [] { return Result<TeamMemberChange>(TeamMemberChange{.name = "Refused"}); };
  EXPECT_FALSE(UpdateTeamMember(*store_, member->id, refuse, Check(), "m").ok());
  EXPECT_EQ(store_->GetTeamMember(member->id)->name, "Ana");
}

}  // namespace
}  // namespace firsthire::service

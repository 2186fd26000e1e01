#include "service/scorecards.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class ScorecardServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    scorecards_ = std::make_unique<ScorecardService>(*store_, DefaultPlaybook());
    auto candidate = store_->CreateCandidate({.name = "Ada", .profile_json = "{}"}, "t");
    ASSERT_TRUE(candidate.ok()) << candidate.status().ToString();
    candidate_ = *candidate;
  }

  std::string User(const std::string& email, const std::string& name) {
    auto user = store_->CreateUser(
        {.email = email, .name = name, .role = "interviewer", .password_hash = "x"}, "t");
    EXPECT_TRUE(user.ok()) << user.status().ToString();
    return user.ok() ? user->id : "";
  }

  Result<SavedScorecard> Save(const std::string& user_id, bool submit) {
    return scorecards_->Save(candidate_.id, user_id,
                             {.scores_json = R"({"eval_discipline":4})",
                              .notes_json = "{}",
                              .red_flags_json = "[]",
                              .submit = submit});
  }

  std::string Stage() { return store_->GetCandidate(candidate_.id)->stage; }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::unique_ptr<ScorecardService> scorecards_;
  store::StoredCandidate candidate_;
};

TEST_F(ScorecardServiceTest, ADraftMayBeReplacedAndLeavesTheStage) {
  std::string ann = User("ann@example.com", "Ann");
  auto first = Save(ann, false);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_TRUE(first->created);
  EXPECT_EQ(first->scorecard.state, "draft");
  auto again = Save(ann, false);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_FALSE(again->created);
  EXPECT_EQ(Stage(), "applied");
}

TEST_F(ScorecardServiceTest, SubmittingMovesAnEarlyCandidateToInterviewsAndLocksTheCard) {
  std::string ann = User("ann@example.com", "Ann");
  auto saved = Save(ann, true);
  ASSERT_TRUE(saved.ok()) << saved.status().ToString();
  EXPECT_EQ(saved->scorecard.state, "submitted");
  EXPECT_EQ(Stage(), "interviews");
  auto locked = Save(ann, false);
  EXPECT_EQ(locked.status().code(), Code::kAlreadyExists);
  EXPECT_EQ(store_->GetScorecard(candidate_.id, ann)->state, "submitted");
}

TEST_F(ScorecardServiceTest, SubmittingLeavesALaterStageAlone) {
  store::StoredCandidate offered = candidate_;
  offered.stage = "offer";
  ASSERT_TRUE(store_->UpdateCandidate(offered, "t").ok());
  ASSERT_TRUE(Save(User("ann@example.com", "Ann"), true).ok());
  EXPECT_EQ(Stage(), "offer");
}

TEST_F(ScorecardServiceTest, AnErasedCandidateTakesNoScorecard) {
  ASSERT_TRUE(store_->EraseCandidate(candidate_.id, "t").ok());
  EXPECT_EQ(Save(User("ann@example.com", "Ann"), true).status().code(), Code::kNotFound);
  EXPECT_TRUE(store_->ListScorecards(candidate_.id)->empty());
}

TEST_F(ScorecardServiceTest, AnInterviewerReadsOthersOnlyAfterSubmittingTheirOwn) {
  std::string ann = User("ann@example.com", "Ann");
  std::string bob = User("bob@example.com", "Bob");
  std::string cy = User("cy@example.com", "Cy");
  ASSERT_TRUE(Save(ann, true).ok());
  ASSERT_TRUE(Save(cy, false).ok());  // a draft: nobody else sees it
  EXPECT_EQ(scorecards_->Visible(candidate_.id, {.user_id = bob}).status().code(),
            Code::kPermissionDenied);
  EXPECT_EQ(scorecards_->Submitted(candidate_.id, {.user_id = bob}).status().code(),
            Code::kPermissionDenied);
  ASSERT_TRUE(Save(bob, true).ok());
  auto seen = scorecards_->Visible(candidate_.id, {.user_id = bob});
  ASSERT_TRUE(seen.ok()) << seen.status().ToString();
  EXPECT_EQ(seen->size(), 2u);
  auto managed = scorecards_->Visible(candidate_.id, {.user_id = "m", .manager = true});
  ASSERT_TRUE(managed.ok());
  EXPECT_EQ(managed->size(), 3u);  // drafts too
}

TEST_F(ScorecardServiceTest, MineIsTheCallersOwnOrNotFound) {
  std::string ann = User("ann@example.com", "Ann");
  EXPECT_EQ(scorecards_->Mine(candidate_.id, ann).status().code(), Code::kNotFound);
  ASSERT_TRUE(Save(ann, false).ok());
  auto mine = scorecards_->Mine(candidate_.id, ann);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->interviewer_id, ann);
}

TEST_F(ScorecardServiceTest, AnEvaluationNamesEachInterviewerOnce) {
  std::string ann = User("ann@example.com", "Sam");
  std::string bob = User("bob@example.com", "Sam");
  std::string cy = User("cy@example.com", "Cy");
  auto none = scorecards_->Submitted(candidate_.id, {.user_id = "m", .manager = true});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  ASSERT_TRUE(Save(ann, true).ok());
  ASSERT_TRUE(Save(bob, true).ok());
  ASSERT_TRUE(Save(cy, false).ok());
  auto named = scorecards_->Submitted(candidate_.id, {.user_id = "m", .manager = true});
  ASSERT_TRUE(named.ok()) << named.status().ToString();
  ASSERT_EQ(named->size(), 2u);  // the draft is left out
  EXPECT_NE(named->at(0).interviewer, named->at(1).interviewer);
  for (const NamedScorecard& card : *named) {
    EXPECT_EQ(card.interviewer.rfind("Sam", 0), 0u) << card.interviewer;
  }
}

}  // namespace
}  // namespace firsthire::service

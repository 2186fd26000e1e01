#include "service/interviews.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class InterviewServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    interviews_ = std::make_unique<InterviewService>(*store_, DefaultPlaybook());
    auto candidate = store_->CreateCandidate({.name = "Ada", .profile_json = "{}"}, "t");
    ASSERT_TRUE(candidate.ok()) << candidate.status().ToString();
    candidate_ = candidate->id;
    ann_ = User("ann@example.com");
    bob_ = User("bob@example.com");
  }

  std::string User(const std::string& email) {
    auto user = store_->CreateUser(
        {.email = email, .name = "U", .role = "interviewer", .password_hash = "x"}, "t");
    EXPECT_TRUE(user.ok()) << user.status().ToString();
    return user.ok() ? user->id : "";
  }

  std::string Field(const InterviewChange& change) {
    return interviews_->Create(change, "t").status().location().field;
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::unique_ptr<InterviewService> interviews_;
  std::string candidate_, ann_, bob_;
};

TEST_F(InterviewServiceTest, ANewInterviewIsScheduledWithItsFocusKept) {
  auto created = interviews_->Create({.candidate_id = candidate_,
                                      .interviewer_id = ann_,
                                      .focus = std::vector<std::string>{"eval_discipline"}},
                                     "t");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ(created->status, "scheduled");
  EXPECT_EQ(created->focus_json, R"(["eval_discipline"])");
}

TEST_F(InterviewServiceTest, EachWrongValueIsRefusedNamingItsField) {
  EXPECT_EQ(Field({.candidate_id = "ghost"}), "candidate_id");
  EXPECT_EQ(Field({.candidate_id = candidate_, .interviewer_id = "ghost"}), "interviewer_id");
  EXPECT_EQ(Field({.candidate_id = candidate_, .scheduled_at = -1}), "scheduled_at");
  EXPECT_EQ(Field({.candidate_id = candidate_, .due_at = -1}), "due_at");
  EXPECT_EQ(Field({.candidate_id = candidate_,
                   .focus = std::vector<std::string>{"eval_discipline", "charm"}}),
            "focus[1]");
  EXPECT_EQ(Field({.candidate_id = candidate_,
                   .focus = std::vector<std::string>{"eval_discipline", "eval_discipline"}}),
            "focus[1]");
  EXPECT_EQ(store_->ListInterviews({}, {})->total, 0);
}

TEST_F(InterviewServiceTest, AnErasedCandidateGetsNoInterview) {
  ASSERT_TRUE(store_->EraseCandidate(candidate_, "t").ok());
  EXPECT_EQ(Field({.candidate_id = candidate_}), "candidate_id");
}

TEST_F(InterviewServiceTest, AnInterviewerSeesOnlyTheirOwnInterviews) {
  auto annes = interviews_->Create({.candidate_id = candidate_, .interviewer_id = ann_}, "t");
  auto bobs = interviews_->Create({.candidate_id = candidate_, .interviewer_id = bob_}, "t");
  ASSERT_TRUE(annes.ok() && bobs.ok());
  auto listed = interviews_->List({.interviewer_id = bob_}, {}, {.user_id = ann_});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->total, 1);  // her own, whatever the filter asked for
  EXPECT_EQ(listed->items[0].id, annes->id);
  EXPECT_EQ(interviews_->List({}, {}, {.user_id = "m", .manager = true})->total, 2);
  EXPECT_TRUE(interviews_->Get(annes->id, {.user_id = ann_}).ok());
  EXPECT_EQ(interviews_->Get(bobs->id, {.user_id = ann_}).status().code(), Code::kNotFound);
  EXPECT_TRUE(interviews_->Get(bobs->id, {.user_id = "m", .manager = true}).ok());
}

TEST_F(InterviewServiceTest, AnUpdateChangesOnlyWhatItGives) {
  auto created = interviews_->Create(
      {.candidate_id = candidate_, .interviewer_id = ann_, .kind = "technical"}, "t");
  ASSERT_TRUE(created.ok());
  auto done = interviews_->Update(*created, {.status = "done"}, "t");
  ASSERT_TRUE(done.ok()) << done.status().ToString();
  EXPECT_EQ(done->status, "done");
  EXPECT_EQ(done->kind, "technical");
  EXPECT_EQ(done->interviewer_id, ann_);
}

}  // namespace
}  // namespace firsthire::service

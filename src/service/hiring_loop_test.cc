#include "service/hiring_loop.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

constexpr Millis kStart = 1'700'000'000'000;
constexpr Millis kHour = 3'600'000;

// A service and a store on one clock the test sets.
class HiringLoopServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url(), SchemaUpgrade::kApply, [this] { return now_; });
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    loop_ =
        std::make_unique<HiringLoopService>(*store_, DefaultPlaybook(), [this] { return now_; });
    auto opening = store_->CreateOpening({.title = "AI engineer", .status = "open"}, "t");
    ASSERT_TRUE(opening.ok()) << opening.status().ToString();
    opening_ = *opening;
    auto user = store_->CreateUser(
        {.email = "ann@example.com", .name = "Ann", .role = "interviewer", .password_hash = "x"},
        "t");
    ASSERT_TRUE(user.ok()) << user.status().ToString();
    ann_ = user->id;
  }

  store::StoredCandidate Candidate(const std::string& name, const std::string& stage) {
    auto created = store_->CreateCandidate(
        {.opening_id = opening_.id, .name = name, .profile_json = "{}", .stage = stage}, "t");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? *created : store::StoredCandidate{};
  }

  void Interview(const store::StoredCandidate& candidate, Millis due_at,
                 const std::string& status = "scheduled") {
    ASSERT_TRUE(store_
                    ->CreateInterview({.candidate_id = candidate.id,
                                       .interviewer_id = ann_,
                                       .status = status,
                                       .due_at = due_at},
                                      "t")
                    .ok());
  }

  void SaveScorecard(const store::StoredCandidate& candidate, const std::string& state) {
    ASSERT_TRUE(store_
                    ->SaveScorecard({.candidate_id = candidate.id,
                                     .interviewer_id = ann_,
                                     .scores_json = "{}",
                                     .notes_json = "{}",
                                     .red_flags_json = "[]",
                                     .state = state},
                                    ann_)
                    .ok());
  }

  Millis now_ = kStart;
  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::unique_ptr<HiringLoopService> loop_;
  store::StoredOpening opening_;
  std::string ann_;
};

TEST_F(HiringLoopServiceTest, TheBoardCountsEveryStageWithTheMedianTimeThere) {
  Candidate("A", "screen");
  now_ += 2 * kHour;
  Candidate("B", "screen");
  now_ += 2 * kHour;
  Candidate("C", "screen");
  Candidate("D", "parked");  // a stage the playbook does not list
  now_ += kHour;
  auto board = loop_->Pipeline(opening_.id);
  ASSERT_TRUE(board.ok()) << board.status().ToString();
  EXPECT_EQ(board->total, 4);
  EXPECT_EQ(board->as_of, now_);
  const std::vector<PipelineStage>& stages = DefaultPlaybook().pipeline.stages;
  ASSERT_EQ(board->stages.size(), stages.size() + 1);
  EXPECT_EQ(board->stages[0].id, "applied");
  EXPECT_EQ(board->stages[0].count, 0);
  EXPECT_FALSE(board->stages[0].median_ms_in_stage.has_value());
  EXPECT_EQ(board->stages[1].id, "screen");
  EXPECT_EQ(board->stages[1].count, 3);
  EXPECT_EQ(board->stages[1].median_ms_in_stage, 3 * kHour);  // 5 h, 3 h, 1 h
  EXPECT_EQ(board->stages.back().id, "parked");
  EXPECT_EQ(board->stages.back().title, "parked");
  EXPECT_EQ(loop_->Pipeline("ghost").status().code(), Code::kNotFound);
}

TEST_F(HiringLoopServiceTest, TheFunnelFollowsTheStageMovesInTheAuditLog) {
  auto move = [&](store::StoredCandidate& candidate, const std::string& stage) {
    candidate.stage = stage;
    candidate.stage_reason = stage == "rejected" ? "no evaluation practice" : "";
    auto moved = store_->UpdateCandidate(candidate, "t");
    ASSERT_TRUE(moved.ok()) << moved.status().ToString();
    candidate = *moved;
  };
  store::StoredCandidate out = Candidate("Out", "applied");
  move(out, "screen");
  move(out, "interviews");
  move(out, "rejected");
  store::StoredCandidate on = Candidate("On", "applied");
  ASSERT_TRUE(store_->AdvanceCandidateStage(on.id, {"applied"}, "interviews", "t").ok());
  Candidate("New", "applied");
  store::StoredCandidate renamed = Candidate("Renamed", "screen");  // created at screen
  renamed.name = "Renamed again";  // an update without a move adds no step
  ASSERT_TRUE(store_->UpdateCandidate(renamed, "t").ok());
  auto elsewhere = store_->CreateOpening({.title = "Other", .status = "open"}, "t");
  ASSERT_TRUE(elsewhere.ok());
  ASSERT_TRUE(store_
                  ->CreateCandidate({.opening_id = elsewhere->id,
                                     .name = "Elsewhere",
                                     .profile_json = "{}",
                                     .stage = "hired"},
                                    "t")
                  .ok());
  auto board = loop_->Pipeline(opening_.id);
  ASSERT_TRUE(board.ok()) << board.status().ToString();
  const PipelineFunnel& funnel = board->funnel;
  EXPECT_EQ(funnel.candidates, 4);
  std::vector<std::int64_t> reached;
  for (const FunnelStep& step : funnel.steps) reached.push_back(step.reached);
  // applied 4; screen: Out, On (passed it), Renamed; interviews: Out, On.
  EXPECT_EQ(reached, (std::vector<std::int64_t>{4, 3, 2, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(*funnel.steps[1].share_of_previous, 0.75);
  ASSERT_EQ(funnel.exits.size(), 2u);
  EXPECT_EQ(funnel.exits[0].id, "rejected");
  EXPECT_EQ(funnel.exits[0].count, 1);
  EXPECT_EQ(funnel.exits[1].count, 0);
}

TEST_F(HiringLoopServiceTest, MyInterviewsPutOpenOnesFirstSoonestDueAndCountProgress) {
  store::StoredCandidate done = Candidate("Done", "applied");
  store::StoredCandidate later = Candidate("Later", "applied");
  store::StoredCandidate overdue = Candidate("Overdue", "applied");
  store::StoredCandidate undated = Candidate("Undated", "applied");
  store::StoredCandidate cancelled = Candidate("Cancelled", "applied");
  Interview(done, kStart + kHour);
  Interview(later, kStart + 3 * kHour);
  Interview(overdue, kStart + kHour);
  Interview(undated, 0);
  Interview(cancelled, kStart, "cancelled");
  SaveScorecard(done, "submitted");
  now_ = kStart + 2 * kHour;
  auto mine = loop_->InterviewsOf(ann_);
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  std::vector<std::string> order;
  for (const MyInterview& item : mine->items) order.push_back(item.candidate_name);
  EXPECT_EQ(order, (std::vector<std::string>{"Overdue", "Later", "Undated", "Done"}));
  EXPECT_EQ(mine->items[0].scorecard, ScorecardProgress::kOverdue);
  EXPECT_EQ(mine->items[0].opening_title, "AI engineer");
  EXPECT_EQ(mine->counts.at(ScorecardProgress::kOverdue), 1);
  EXPECT_EQ(mine->counts.at(ScorecardProgress::kToScore), 2);
  EXPECT_EQ(mine->counts.at(ScorecardProgress::kDone), 1);
  EXPECT_EQ(mine->as_of, now_);
}

TEST_F(HiringLoopServiceTest, AReopenedScorecardIsToScoreAgainWithWhoReopenedItAndWhen) {
  auto boss = store_->CreateUser({.email = "bo@example.com", .name = "Bo", .role = "admin"}, "t");
  ASSERT_TRUE(boss.ok());
  store::StoredCandidate reopened = Candidate("Reopened", "interviews");
  store::StoredCandidate drafted = Candidate("Drafted", "interviews");
  Interview(reopened, kStart + 5 * kHour);
  Interview(drafted, kStart + 6 * kHour);
  SaveScorecard(reopened, "submitted");
  SaveScorecard(drafted, "draft");  // a draft never submitted is not "again"
  now_ = kStart + kHour;
  ASSERT_TRUE(store_->ReopenScorecard(reopened.id, ann_, boss->id).ok());
  now_ = kStart + 2 * kHour;
  SaveScorecard(reopened, "draft");  // saving the draft keeps it reopened
  auto mine = loop_->InterviewsOf(ann_);
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  ASSERT_EQ(mine->items.size(), 2u);
  EXPECT_EQ(mine->items[0].candidate_name, "Reopened");
  EXPECT_EQ(mine->items[0].scorecard, ScorecardProgress::kToScore);
  ASSERT_TRUE(mine->items[0].reopened.has_value());
  EXPECT_EQ(mine->items[0].reopened->by, boss->id);
  EXPECT_EQ(mine->items[0].reopened->by_name, "Bo");
  EXPECT_EQ(mine->items[0].reopened->at, kStart + kHour);
  EXPECT_FALSE(mine->items[1].reopened.has_value());
  // Submitted again: done, and no longer reopened.
  SaveScorecard(reopened, "submitted");
  mine = loop_->InterviewsOf(ann_);
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->items[1].candidate_name, "Reopened");
  EXPECT_EQ(mine->items[1].scorecard, ScorecardProgress::kDone);
  EXPECT_FALSE(mine->items[1].reopened.has_value());
}

TEST_F(HiringLoopServiceTest, ErasedCandidatesDropOutOfMyInterviews) {
  store::StoredCandidate gone = Candidate("Gone", "applied");
  Interview(gone, 0);
  ASSERT_TRUE(store_->EraseCandidate(gone.id, "t").ok());
  auto mine = loop_->InterviewsOf(ann_);
  ASSERT_TRUE(mine.ok());
  EXPECT_TRUE(mine->items.empty());
  EXPECT_EQ(mine->counts.at(ScorecardProgress::kToScore), 0);
}

}  // namespace
}  // namespace firsthire::service

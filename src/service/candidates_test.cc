#include "service/candidates.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class CandidateServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    candidates_ = std::make_unique<CandidateService>(*store_, DefaultPlaybook());
  }

  store::StoredCandidate Add(const std::string& name) {
    auto created = candidates_->Create({.name = name}, "test");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? *created : store::StoredCandidate{};
  }

  // A submitted scorecard by a new interviewer, so decisions may be taken.
  void Scored(const store::StoredCandidate& candidate) {
    auto user = store_->CreateUser(
        {.email = "i@example.com", .name = "I", .role = "interviewer", .password_hash = "x"}, "t");
    ASSERT_TRUE(user.ok()) << user.status().ToString();
    ASSERT_TRUE(store_
                    ->SaveScorecard({.candidate_id = candidate.id,
                                     .interviewer_id = user->id,
                                     .scores_json = R"({"eval_discipline":4})",
                                     .notes_json = "{}",
                                     .red_flags_json = "[]",
                                     .state = "submitted"},
                                    user->id)
                    .ok());
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::unique_ptr<CandidateService> candidates_;
};

TEST_F(CandidateServiceTest, ANewCandidateStartsNewAppliedWithAnEmptyProfile) {
  store::StoredCandidate ada = Add("Ada");
  EXPECT_EQ(ada.status, "new");
  EXPECT_EQ(ada.stage, "applied");
  EXPECT_EQ(ada.profile_json, "{}");
}

TEST_F(CandidateServiceTest, AStageOutsideThePipelineIsRefusedNamingTheField) {
  auto created = candidates_->Create({.name = "Ada", .stage = "interviewing"}, "test");
  EXPECT_EQ(created.status().code(), Code::kInvalidInput);
  EXPECT_EQ(created.status().location().field, "stage");
  EXPECT_EQ(store_->ListCandidates({}, {})->total, 0);  // nothing written
}

TEST_F(CandidateServiceTest, RejectingNeedsAReasonAndANewStageClearsTheOldReason) {
  store::StoredCandidate ada = Add("Ada");
  auto refused = candidates_->Update(ada, {.stage = "rejected"}, "test");
  EXPECT_EQ(refused.status().location().field, "stage_reason");
  auto rejected =
      candidates_->Update(ada, {.stage = "rejected", .stage_reason = "no evals"}, "test");
  ASSERT_TRUE(rejected.ok()) << rejected.status().ToString();
  EXPECT_EQ(rejected->stage_reason, "no evals");
  auto back = candidates_->Update(*rejected, {.stage = "screen"}, "test");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->stage_reason, "");
  // The same stage again keeps its reason.
  auto kept = candidates_->Update(*rejected, {.stage = "rejected"}, "test");
  ASSERT_TRUE(kept.ok()) << kept.status().ToString();
  EXPECT_EQ(kept->stage_reason, "no evals");
}

TEST_F(CandidateServiceTest, ANameCannotBeEmptiedButOtherFieldsMay) {
  store::StoredCandidate ada = Add("Ada");
  EXPECT_EQ(candidates_->Update(ada, {.name = ""}, "test").status().location().field, "name");
  auto changed = candidates_->Update(ada, {.email = ""}, "test");
  ASSERT_TRUE(changed.ok()) << changed.status().ToString();
  EXPECT_EQ(changed->name, "Ada");
}

TEST_F(CandidateServiceTest, AnErasedCandidateIsNotLiveButErasingAgainIsFine) {
  store::StoredCandidate ada = Add("Ada");
  ASSERT_TRUE(candidates_->Erase(ada.id, "test").ok());
  EXPECT_EQ(candidates_->Live(ada.id).status().code(), Code::kNotFound);
  EXPECT_EQ(candidates_->Export(ada.id, "test").status().code(), Code::kNotFound);
  EXPECT_TRUE(candidates_->Erase(ada.id, "test").ok());
  EXPECT_EQ(candidates_->Erase("ghost", "test").code(), Code::kNotFound);
}

TEST_F(CandidateServiceTest, AnExportIsAuditedAndCarriesTheirRecords) {
  store::StoredCandidate ada = Add("Ada");
  Scored(ada);
  auto records = candidates_->Export(ada.id, "manager-1");
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  EXPECT_EQ(records->candidate.name, "Ada");
  EXPECT_EQ(records->scorecards.size(), 1u);
  auto audit = store_->ListAudit({.object_id = ada.id, .actor = "manager-1"}, {});
  ASSERT_EQ(audit->total, 1);
  EXPECT_EQ(audit->items[0].action, "candidate.export");
}

TEST_F(CandidateServiceTest, ADecisionNeedsAKnownKindAReasonAndASubmittedScorecard) {
  store::StoredCandidate ada = Add("Ada");
  EXPECT_EQ(candidates_->Decide(ada.id, {"promote", "good"}, "m").status().location().field,
            "decision");
  EXPECT_EQ(candidates_->Decide(ada.id, {"hire", "  "}, "m").status().location().field, "reason");
  EXPECT_EQ(candidates_->Decide(ada.id, {"hire", "strong evals"}, "m").status().location().field,
            "scorecards");
  EXPECT_TRUE(store_->ListDecisions(ada.id)->empty());
}

TEST_F(CandidateServiceTest, ADecisionCarriesItsRuleAndMovesTheStageOfItsKind) {
  store::StoredCandidate ada = Add("Ada");
  Scored(ada);
  auto hold = candidates_->Decide(ada.id, {"hold", "wait for the second loop"}, "m");
  ASSERT_TRUE(hold.ok()) << hold.status().ToString();
  EXPECT_EQ(hold->rule, "decision.hold");
  EXPECT_EQ(candidates_->Live(ada.id)->stage, "applied");  // hold has no stage
  auto hire = candidates_->Decide(ada.id, {"hire", "strong evals"}, "m");
  ASSERT_TRUE(hire.ok()) << hire.status().ToString();
  EXPECT_EQ(hire->rule, "decision.hire");
  EXPECT_EQ(hire->decided_by, "m");
  store::StoredCandidate hired = *candidates_->Live(ada.id);
  EXPECT_EQ(hired.stage, "hired");
  EXPECT_EQ(hired.stage_reason, "strong evals");
  auto decisions = candidates_->Decisions(ada.id);
  ASSERT_TRUE(decisions.ok());
  EXPECT_EQ(decisions->size(), 2u);
}

TEST_F(CandidateServiceTest, AnImportStoresEveryRowInTheOpeningAtItsStage) {
  auto opening = store_->CreateOpening({.title = "AI engineer"}, "t");
  ASSERT_TRUE(opening.ok());
  std::vector<ImportRow> rows(2);
  rows[0].name = "Ada";
  rows[0].profile = {{"codes", true}};
  rows[1].name = "Bo";
  rows[1].stage = "screen";
  auto stored = candidates_->Import(rows, opening->id, "m");
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  ASSERT_EQ(stored->size(), 2u);
  EXPECT_EQ(stored->at(0).opening_id, opening->id);
  EXPECT_EQ(stored->at(0).status, "new");
  EXPECT_EQ(stored->at(0).stage, "applied");
  EXPECT_EQ(stored->at(0).profile_json, R"({"codes":true})");
  EXPECT_EQ(stored->at(1).stage, "screen");
}

TEST_F(CandidateServiceTest, AnImportIntoAnUnknownOpeningStoresNothing) {
  EXPECT_EQ(candidates_->CheckOpening("ghost").code(), Code::kNotFound);
  std::vector<ImportRow> rows(1);
  rows[0].name = "Ada";
  EXPECT_EQ(candidates_->Import(rows, "ghost", "m").status().code(), Code::kNotFound);
  EXPECT_EQ(store_->ListCandidates({}, {})->total, 0);
}

}  // namespace
}  // namespace firsthire::service

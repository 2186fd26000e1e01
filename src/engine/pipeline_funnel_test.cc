#include "engine/pipeline_funnel.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace firsthire {
namespace {

using History = std::vector<std::string>;

std::vector<std::int64_t> Reached(const PipelineFunnel& funnel) {
  std::vector<std::int64_t> out;
  for (const FunnelStep& step : funnel.steps) out.push_back(step.reached);
  return out;
}

TEST(PipelineFunnelTest, CountsHowFarEachCandidateGotAndTheExitsApart) {
  const std::vector<History> histories = {
      {"applied"},
      {"applied", "screen"},
      {"applied", "screen", "interviews", "rejected"},  // reached interviews, then out
      {"applied", "interviews"},                        // skipped screen: passed it
      {"applied", "screen", "interviews", "decision", "offer", "hired"},
      {"applied", "screen", "withdrawn"},
      {"applied", "interviews", "screen"},  // moved back: still reached interviews
      {},                                   // no history: the first step
      {"parked"},                           // a stage the playbook does not list
  };
  PipelineFunnel funnel = BuildPipelineFunnel(DefaultPlaybook().pipeline, histories);
  EXPECT_EQ(funnel.candidates, 9);
  ASSERT_EQ(funnel.steps.size(), 6u);
  EXPECT_EQ(funnel.steps[0].id, "applied");
  EXPECT_EQ(funnel.steps[0].title, "Applied");
  EXPECT_EQ(funnel.steps[5].id, "hired");
  EXPECT_EQ(Reached(funnel), (std::vector<std::int64_t>{9, 6, 4, 1, 1, 1}));
  EXPECT_FALSE(funnel.steps[0].share_of_previous.has_value());
  EXPECT_DOUBLE_EQ(*funnel.steps[1].share_of_previous, 6.0 / 9.0);
  EXPECT_DOUBLE_EQ(*funnel.steps[2].share_of_previous, 4.0 / 6.0);
  EXPECT_DOUBLE_EQ(*funnel.steps[3].share_of_previous, 0.25);
  EXPECT_DOUBLE_EQ(*funnel.steps[5].share_of_previous, 1.0);
  ASSERT_EQ(funnel.exits.size(), 2u);
  EXPECT_EQ(funnel.exits[0].id, "rejected");
  EXPECT_EQ(funnel.exits[0].title, "Rejected");
  EXPECT_EQ(funnel.exits[0].count, 1);
  EXPECT_EQ(funnel.exits[1].id, "withdrawn");
  EXPECT_EQ(funnel.exits[1].count, 1);
}

TEST(PipelineFunnelTest, AnExitCountsWhereTheCandidateIsNowOnly) {
  // Rejected, then brought back to screen: not counted as rejected.
  PipelineFunnel funnel = BuildPipelineFunnel(
      DefaultPlaybook().pipeline, {{"applied", "rejected", "screen"}, {"applied", "rejected"}});
  EXPECT_EQ(funnel.exits[0].count, 1);
  EXPECT_EQ(Reached(funnel), (std::vector<std::int64_t>{2, 1, 0, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(*funnel.steps[1].share_of_previous, 0.5);
  EXPECT_DOUBLE_EQ(*funnel.steps[2].share_of_previous, 0.0);
  // Nobody reached interviews: the share of the steps after it is unknown, not 0.
  EXPECT_FALSE(funnel.steps[3].share_of_previous.has_value());
}

TEST(PipelineFunnelTest, NoCandidatesGiveZerosAndNoShares) {
  PipelineFunnel funnel = BuildPipelineFunnel(DefaultPlaybook().pipeline, {});
  EXPECT_EQ(funnel.candidates, 0);
  EXPECT_EQ(Reached(funnel), (std::vector<std::int64_t>(6, 0)));
  for (const FunnelStep& step : funnel.steps) EXPECT_FALSE(step.share_of_previous.has_value());
  EXPECT_EQ(funnel.exits[0].count, 0);
}

TEST(PipelineFunnelTest, TheStagesThatNeedAReasonAreTheExitsWhateverTheirNames) {
  PipelineRules pipeline;
  pipeline.stages = {{.id = "new", .title = "New"},
                     {.id = "parked", .title = "Parked", .needs_reason = true},
                     {.id = "done", .title = "Done"}};
  PipelineFunnel funnel = BuildPipelineFunnel(pipeline, {{"new", "parked"}, {"new", "done"}});
  ASSERT_EQ(funnel.steps.size(), 2u);
  EXPECT_EQ(funnel.steps[1].id, "done");
  EXPECT_EQ(Reached(funnel), (std::vector<std::int64_t>{2, 1}));
  ASSERT_EQ(funnel.exits.size(), 1u);
  EXPECT_EQ(funnel.exits[0].id, "parked");
  EXPECT_EQ(funnel.exits[0].count, 1);
}

}  // namespace
}  // namespace firsthire

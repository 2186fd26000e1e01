#include "engine/shape_inference.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "engine/ready_brief_for_test.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

Brief Describing(const std::string& name, const std::string& description) {
  Brief b = ReadyBrief();
  b.workflow.name = name;
  b.workflow.description = description;
  return b;
}

// docs/product.md section 4's table: shape -> first-hire archetype.
TEST(ShapeInference, EveryShapeOfTheSpecTableGetsItsArchetype) {
  std::map<std::string, std::string> spec = {
      {"workflow_automation", "applied_ai_engineer"},
      {"knowledge_assistant", "rag_ai_engineer"},
      {"regulated_assistant", "ai_engineer_with_compliance"},
      {"custom_model", "ml_engineer"},
      {"unclear_scope", "discovery_first"},
  };
  for (const auto& [shape, archetype] : spec) {
    Brief b = ReadyBrief();
    b.shape = shape;
    auto hire = InferShape(Pb(), b);
    EXPECT_EQ(hire.shape, shape);
    EXPECT_EQ(hire.shape_rule, Pb().shape_inference.given.rule);
    EXPECT_EQ(hire.archetype, archetype);
    EXPECT_EQ(hire.rule, "first_hire." + shape);
    EXPECT_EQ(hire.reason, Pb().FindShape(shape)->why);
  }
}

TEST(ShapeInference, AGivenShapeWinsOverRegulatedData) {
  Brief b = ReadyBrief();
  b.shape = "custom_model";
  b.constraints.regulated = true;
  EXPECT_EQ(InferShape(Pb(), b).shape, "custom_model");
}

TEST(ShapeInference, RegulatedSettingOrRegulatedSourceMeansRegulatedAssistant) {
  Brief flag = ReadyBrief();
  flag.constraints.regulated = true;
  Brief source = ReadyBrief();
  source.sources.push_back({"Claims history", DataAccess::kAvailable, DataSensitivity::kRegulated});
  for (const Brief& b : {flag, source}) {
    auto hire = InferShape(Pb(), b);
    EXPECT_EQ(hire.shape, "regulated_assistant");
    EXPECT_EQ(hire.shape_rule, Pb().shape_inference.regulated.rule);
    EXPECT_EQ(hire.archetype, "ai_engineer_with_compliance");
  }
  Brief confidential = ReadyBrief();  // confidential is not regulated
  confidential.sources.push_back({"HR files", DataAccess::kAvailable, DataSensitivity::kConfidential});
  EXPECT_NE(InferShape(Pb(), confidential).shape, "regulated_assistant");
}

TEST(ShapeInference, NoMetricAndAShortDescriptionIsUnclearScope) {
  Brief b = Describing("AI for ops", "Use AI on ops tickets");  // 5 words < 8
  b.metric = {};
  auto hire = InferShape(Pb(), b);
  EXPECT_EQ(hire.shape, "unclear_scope");
  EXPECT_EQ(hire.shape_rule, Pb().shape_inference.unclear.rule);
  EXPECT_EQ(hire.archetype, "discovery_first");
  // A named metric is enough to look further.
  b.metric.name = "tickets closed per agent";
  EXPECT_EQ(InferShape(Pb(), b).shape, "workflow_automation");
}

TEST(ShapeInference, KeywordsPickEachShape) {
  struct Case {
    std::string description;
    std::string shape;
  };
  std::vector<Case> cases = {
      {"Triage incoming support tickets and route each one to the right queue in the CRM.",
       "workflow_automation"},
      {"Employees search our wiki and policies and get an answer to each question with sources.",
       "knowledge_assistant"},
      {"Summarise clinical notes for each patient visit, reviewed by a nurse before filing.",
       "regulated_assistant"},
      {"Fine-tune and train a custom model on ten years of our call transcripts for research.",
       "custom_model"},
      {"We are exploring ideas and want to brainstorm use cases for a new strategy this year.",
       "unclear_scope"},
  };
  for (const Case& k : cases) {
    auto hire = InferShape(Pb(), Describing("Project", k.description));
    EXPECT_EQ(hire.shape, k.shape) << k.description;
    EXPECT_EQ(hire.shape_rule, Pb().shape_inference.keywords.rule);
    ASSERT_FALSE(hire.matched_keywords.empty());
    for (const std::string& word : hire.matched_keywords) {
      EXPECT_NE(hire.shape_reason.find(word), std::string::npos) << hire.shape_reason;
    }
  }
}

TEST(ShapeInference, TheShapeWithMostMatchesWins) {
  // One knowledge word ("search"), three automation words.
  auto hire = InferShape(Pb(), Describing("Invoice pipeline",
                                          "Automate invoice intake and search for the vendor in "
                                          "the ERP before posting."));
  EXPECT_EQ(hire.shape, "workflow_automation");
  EXPECT_EQ(hire.matched_keywords, (std::vector<std::string>{"automate", "invoice", "pipeline"}));
}

TEST(ShapeInference, KeywordsMatchWholeWordsAndPhrasesIgnoringCase) {
  EXPECT_EQ(MatchKeywords("TRIAGE the Tickets", {"triage", "ticket"}),
            std::vector<std::string>{"triage"});
  EXPECT_TRUE(MatchKeywords("our routers and apis", {"route", "api"}).empty());
  EXPECT_EQ(MatchKeywords("We want to fine-tune, then fine   tune again.",
                          {"fine-tune", "fine tune", "tune"}),
            (std::vector<std::string>{"fine-tune", "fine tune", "tune"}));
  EXPECT_EQ(MatchKeywords("do something with AI!", {"something with ai", "with"}),
            (std::vector<std::string>{"something with ai", "with"}));
  EXPECT_TRUE(MatchKeywords("an insurance-claim form", {"insurance claim"}).empty());
  EXPECT_TRUE(MatchKeywords("anything", {"", "  "}).empty());
}

TEST(ShapeInference, TiesGoToTheShapeListedFirst) {
  // "ticket" (workflow_automation) and "wiki" (knowledge_assistant): one each.
  Brief b = Describing("Helpdesk", "Link each ticket to the matching wiki page for the agent.");
  EXPECT_EQ(InferShape(Pb(), b).shape, "workflow_automation");
  Playbook reordered = Pb();
  std::reverse(reordered.shapes.begin(), reordered.shapes.end());
  EXPECT_EQ(InferShape(reordered, b).shape, "knowledge_assistant");
}

TEST(ShapeInference, NothingMatchingFallsBackToTheDefaultShape) {
  auto hire = InferShape(Pb(), Describing("Weekly report",
                                          "Write the weekly summary of sales calls for the "
                                          "leadership meeting every Monday."));
  EXPECT_EQ(hire.shape, Pb().shape_inference.default_shape);
  EXPECT_EQ(hire.shape_rule, Pb().shape_inference.fallback.rule);
  EXPECT_EQ(hire.shape_reason, Pb().shape_inference.fallback.text);
  EXPECT_TRUE(hire.matched_keywords.empty());
}

TEST(ShapeInference, TheWorkflowNameCountsToo) {
  auto hire = InferShape(Pb(), Describing("Policy search assistant",
                                          "Staff type a question in plain words and get back "
                                          "the relevant paragraph."));
  EXPECT_EQ(hire.shape, "knowledge_assistant");
}


TEST(ShapeInference, ACriticalCostOrCostlyActionsMeanAHighRiskAssistant) {
  Brief critical = ReadyBrief();
  critical.constraints.mistake_cost = MistakeCost::kCritical;
  auto hire = InferShape(Pb(), critical);
  EXPECT_EQ(hire.shape, "regulated_assistant");
  EXPECT_EQ(hire.shape_rule, Pb().shape_inference.high_risk.rule);
  EXPECT_EQ(hire.archetype, "ai_engineer_with_compliance");

  Brief acts = ReadyBrief();
  acts.constraints.mistake_cost = MistakeCost::kHigh;
  EXPECT_NE(InferShape(Pb(), acts).shape, "regulated_assistant");  // high, but only advises
  acts.constraints.takes_actions = true;
  EXPECT_EQ(InferShape(Pb(), acts).shape_rule, Pb().shape_inference.high_risk.rule);
  acts.constraints.mistake_cost = MistakeCost::kMedium;
  EXPECT_NE(InferShape(Pb(), acts).shape, "regulated_assistant");  // acts, but cheaply wrong
}

TEST(ShapeInference, NoMetricNoDataAndNoRunCountIsUnclearScope) {
  Brief b = Describing("Weekly report",
                       "Write the weekly summary of sales calls for the leadership meeting.");
  b.metric = {};
  b.sources.clear();
  b.workflow.runs_per_week.reset();
  auto hire = InferShape(Pb(), b);
  EXPECT_EQ(hire.shape, "unclear_scope");
  EXPECT_EQ(hire.shape_rule, Pb().shape_inference.unclear.rule);
  EXPECT_EQ(hire.shape_reason, Pb().shape_inference.unclear_unmeasured);
  b.workflow.runs_per_week = 50;  // a run count is enough to look further
  EXPECT_EQ(InferShape(Pb(), b).shape, Pb().shape_inference.default_shape);
}

}  // namespace
}  // namespace firsthire

#include "engine/interview_kit.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/shape_inference.h"
#include "firsthire/kit.h"
#include "firsthire/plan.h"
#include "firsthire/playbook.h"

namespace firsthire {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

const Playbook& Pb() { return DefaultPlaybook(); }

// A brief clear enough that nothing about the role is in doubt.
Brief ClearBrief() {
  Brief b;
  b.workflow.name = "Support ticket triage";
  b.workflow.description =
      "Route incoming support tickets to the right team and draft a first reply from the CRM.";
  b.metric = {"minutes to first response", 45, 10, "minutes"};
  b.sources = {{"Helpdesk", DataAccess::kAvailable, DataSensitivity::kInternal}};
  b.owner = {"Priya", "Support lead"};
  b.constraints.security_review = SecurityReview::kDesign;
  // Ready to hire, so the kit carries no not_ready warning.
  b.workflow.runs_per_week = 300;
  b.constraints.mistake_cost = MistakeCost::kMedium;
  return b;
}

Brief WithShape(std::string shape) {
  Brief b = ClearBrief();
  b.shape = std::move(shape);
  return b;
}

std::vector<std::string> QuestionIds(const InterviewKit& kit) {
  std::vector<std::string> ids;
  for (const auto& q : kit.questions) ids.push_back(q.id);
  return ids;
}

std::vector<std::string> WarningIds(const InterviewKit& kit) {
  std::vector<std::string> ids;
  for (const auto& w : kit.warnings) ids.push_back(w.id);
  return ids;
}

const std::vector<std::string> kSevenQuestions = {
    "last_shipped_system", "eval_setup",   "retrieval_vs_finetuning",      "common_failure_mode",
    "cost_control",        "observability_before_rollout", "failure_story"};

// docs/product.md section 4's decision tree, one row each: shape -> archetype, and the
// archetype's own questions after the seven every kit asks.
struct ShapeRow {
  std::string shape;
  std::string archetype;
  std::vector<std::string> extra_questions;
};

class KitShapeRowTest : public testing::TestWithParam<ShapeRow> {};

TEST_P(KitShapeRowTest, RoleAndQuestionsFollowTheShape) {
  const ShapeRow& row = GetParam();
  InterviewKit kit = BuildKit(Pb(), WithShape(row.shape));
  EXPECT_EQ(kit.role.shape, row.shape);
  EXPECT_EQ(kit.role.archetype, row.archetype);
  EXPECT_EQ(kit.role.title, Pb().FindArchetype(row.archetype)->title);
  EXPECT_EQ(kit.role.rule, "first_hire." + row.shape);
  EXPECT_EQ(kit.role.reason, Pb().FindShape(row.shape)->why);
  EXPECT_EQ(kit.role.shape_rule, Pb().shape_inference.given.rule);

  std::vector<std::string> expected = kSevenQuestions;
  expected.insert(expected.end(), row.extra_questions.begin(), row.extra_questions.end());
  EXPECT_EQ(QuestionIds(kit), expected);
  for (size_t i = 0; i < kit.questions.size(); ++i) {
    EXPECT_EQ(kit.questions[i].archetype, i < kSevenQuestions.size() ? "" : row.archetype);
    EXPECT_FALSE(kit.questions[i].strong.empty());
    EXPECT_FALSE(kit.questions[i].weak.empty());
    EXPECT_FALSE(kit.questions[i].categories.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(
    SpecSection4, KitShapeRowTest,
    testing::Values(ShapeRow{"workflow_automation", "applied_ai_engineer", {}},
                    ShapeRow{"knowledge_assistant", "rag_ai_engineer", {"retrieval_eval"}},
                    ShapeRow{"regulated_assistant", "ai_engineer_with_compliance", {"audit_trail"}},
                    ShapeRow{"custom_model", "ml_engineer", {"training_tradeoffs"}},
                    ShapeRow{"unclear_scope", "discovery_first", {}}),
    [](const testing::TestParamInfo<ShapeRow>& info) { return info.param.shape; });

TEST(BuildKitTest, FiveCategoriesWithStrongAndFailSignalsOnTheScale) {
  InterviewKit kit = BuildKit(Pb(), ClearBrief());
  std::vector<std::string> ids;
  for (const auto& c : kit.categories) {
    ids.push_back(c.id);
    const Category* source = Pb().FindCategory(c.id);
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(c.title, source->title);
    EXPECT_EQ(c.strong, source->strong);
    EXPECT_EQ(c.fail, source->fail);
  }
  EXPECT_THAT(ids, ElementsAre("production_shipping", "eval_discipline", "data_retrieval",
                               "security_guardrails", "cost_observability"));
  EXPECT_EQ(kit.scale_min, 1);
  EXPECT_EQ(kit.scale_max, 5);
}

TEST(BuildKitTest, EveryQuestionCategoryIsAKitCategory) {
  for (const char* shape : {"workflow_automation", "knowledge_assistant", "regulated_assistant",
                            "custom_model", "unclear_scope"}) {
    InterviewKit kit = BuildKit(Pb(), WithShape(shape));
    for (const auto& q : kit.questions) {
      for (const auto& c : q.categories) {
        EXPECT_NE(Pb().FindCategory(c), nullptr) << q.id << " " << c;
      }
    }
  }
}

TEST(BuildKitTest, EveryCategoryIsAskedAbout) {
  InterviewKit kit = BuildKit(Pb(), ClearBrief());
  for (const auto& category : kit.categories) {
    bool asked = std::any_of(kit.questions.begin(), kit.questions.end(), [&](const auto& q) {
      return std::find(q.categories.begin(), q.categories.end(), category.id) != q.categories.end();
    });
    EXPECT_TRUE(asked) << category.id;
  }
}

TEST(BuildKitTest, AllFiveRedFlags) {
  InterviewKit kit = BuildKit(Pb(), ClearBrief());
  std::vector<std::string> ids;
  for (const auto& f : kit.red_flags) {
    ids.push_back(f.id);
    EXPECT_FALSE(f.description.empty());
  }
  EXPECT_THAT(ids, ElementsAre("tools_not_outcomes", "manual_validation_only",
                               "premature_multi_agent", "no_data_questions", "unmodeled_cost"));
}

TEST(BuildKitTest, TraitProbesForTheThreeTraitsBeyondTheCategories) {
  InterviewKit kit = BuildKit(Pb(), ClearBrief());
  std::vector<std::string> ids;
  for (const auto& p : kit.trait_probes) {
    ids.push_back(p.id);
    EXPECT_EQ(p.rule, "kit.trait_probe." + p.id);
    EXPECT_FALSE(p.text.empty() || p.strong.empty() || p.weak.empty()) << p.id;
    ASSERT_EQ(p.trait_titles.size(), p.traits.size());
    for (size_t i = 0; i < p.traits.size(); ++i) {
      EXPECT_EQ(p.trait_titles[i], Pb().FindTrait(p.traits[i])->title);
    }
  }
  EXPECT_THAT(ids, ElementsAre("domain_expert_who_codes", "distance_travelled",
                               "scrappy_prototyping"));
  EXPECT_THAT(kit.trait_probes[0].traits, ElementsAre("domain_expertise", "software_engineering"));
  // A playbook without probes gives a kit without them.
  Playbook pb = Pb();
  pb.trait_probes.clear();
  EXPECT_TRUE(BuildKit(pb, ClearBrief()).trait_probes.empty());
}

TEST(BuildKitTest, SignalMapAndAnswerRuleComeFromThePlaybook) {
  InterviewKit kit = BuildKit(Pb(), ClearBrief());
  EXPECT_EQ(kit.answer_rule, Pb().answer_rule);
  std::vector<std::string> topics;
  for (const auto& s : kit.signal_map) topics.push_back(s.topic);
  EXPECT_THAT(topics, ElementsAre("RAG", "Model trade-offs", "Failures", "Guardrails", "Metrics"));
}

TEST(KitGateTest, NamesTheThreeGateCategoriesAndTheThreshold) {
  InterviewKit::Gate gate = KitGate(Pb());
  EXPECT_THAT(gate.categories,
              ElementsAre("eval_discipline", "security_guardrails", "cost_observability"));
  EXPECT_EQ(gate.threshold, 3);
  EXPECT_EQ(gate.rule, "gate.risky_first_hire");
  EXPECT_THAT(gate.reason, AllOf(HasSubstr("Evaluation discipline"),
                                 HasSubstr("Security and guardrails"),
                                 HasSubstr("or Cost and observability")));
  EXPECT_THAT(gate.reason, Not(HasSubstr("{")));
}

TEST(KitGateTest, FollowsAnEditedPlaybook) {
  Playbook pb = Pb();
  pb.scorecard.gate_categories = {"data_retrieval"};
  pb.scorecard.gate_threshold = 4;
  InterviewKit::Gate gate = KitGate(pb);
  EXPECT_THAT(gate.categories, ElementsAre("data_retrieval"));
  EXPECT_EQ(gate.threshold, 4);
  EXPECT_THAT(gate.reason, HasSubstr("Data and retrieval design"));
  EXPECT_THAT(gate.reason, Not(HasSubstr("Evaluation discipline")));
}

TEST(BuildKitTest, InfersTheShapeAsAssessDoesWhenTheBriefGivesNone) {
  Brief b = ClearBrief();
  b.constraints.regulated = true;
  InterviewKit kit = BuildKit(Pb(), b);
  Assessment::FirstHire expected = InferShape(Pb(), b);
  EXPECT_EQ(kit.role.shape, "regulated_assistant");
  EXPECT_EQ(kit.role.shape, expected.shape);
  EXPECT_EQ(kit.role.shape_rule, Pb().shape_inference.regulated.rule);
  EXPECT_EQ(kit.role.shape_reason, expected.shape_reason);
  EXPECT_THAT(QuestionIds(kit), testing::Contains("audit_trail"));
}

TEST(BuildKitTest, BriefRoleTitleIsKeptBesideTheArchetype) {
  Brief b = ClearBrief();
  b.role.title = "Founding AI engineer";
  InterviewKit kit = BuildKit(Pb(), b);
  EXPECT_EQ(kit.role.brief_title, "Founding AI engineer");
  EXPECT_EQ(kit.role.title, Pb().FindArchetype(kit.role.archetype)->title);
}

TEST(KitWarningsTest, ClearBriefHasNone) {
  EXPECT_THAT(BuildKit(Pb(), ClearBrief()).warnings, testing::IsEmpty());
}

TEST(KitWarningsTest, UnclearScopeSaysClarifyBeforeHiring) {
  Brief b;
  b.workflow.name = "Explore AI ideas";
  InterviewKit kit = BuildKit(Pb(), b);
  ASSERT_EQ(kit.role.shape, "unclear_scope");
  ASSERT_GE(kit.warnings.size(), 3u);
  EXPECT_EQ(kit.warnings[0].id, "not_ready");  // the kit opens with the verdict
  EXPECT_EQ(kit.warnings[1].id, "discovery_first");
  EXPECT_EQ(kit.warnings[1].rule, "first_hire.unclear_scope");
  EXPECT_EQ(kit.warnings[1].reason, Pb().FindShape("unclear_scope")->why);
  EXPECT_THAT(WarningIds(kit), testing::Contains("vague_workflow"));
}

TEST(KitWarningsTest, FamiliarityFocusedInterviewIsFlagged) {
  Brief b = ClearBrief();
  b.role.interview_focus = {InterviewFocus::kModelFamiliarity, InterviewFocus::kTools};
  InterviewKit kit = BuildKit(Pb(), b);
  ASSERT_THAT(WarningIds(kit), ElementsAre("familiarity_over_ownership"));
  EXPECT_EQ(kit.warnings[0].rule, Pb().FindFailureMode("familiarity_over_ownership")->rule);
  EXPECT_EQ(kit.warnings[0].reason, Pb().FindFailureMode("familiarity_over_ownership")->reason);

  // Testing ownership as well removes the warning.
  b.role.interview_focus.push_back(InterviewFocus::kSystemOwnership);
  EXPECT_THAT(WarningIds(BuildKit(Pb(), b)), Not(testing::Contains("familiarity_over_ownership")));
}

TEST(KitWarningsTest, SensitiveDataWithoutSecurityInDesignIsFlagged) {
  Brief b = ClearBrief();
  b.sources.push_back({"Customer contracts", DataAccess::kAvailable, DataSensitivity::kConfidential});
  b.constraints.security_review = SecurityReview::kAfterLaunch;
  EXPECT_THAT(WarningIds(BuildKit(Pb(), b)), testing::Contains("late_security"));
}

TEST(KitWarningsTest, OneJuniorForEveryGapIsFlagged) {
  Brief b = ClearBrief();
  b.organisation.needs = {OrganisationNeed::kAi, OrganisationNeed::kBackend, OrganisationNeed::kDeployment, OrganisationNeed::kQa, OrganisationNeed::kDesign};
  b.role.level = RoleLevel::kJunior;
  EXPECT_THAT(WarningIds(BuildKit(Pb(), b)), testing::Contains("one_person_all_gaps"));
}

TEST(KitWarningsTest, PostLaunchBudgetIsLeftToTheAssessment) {
  Brief b = ClearBrief();
  b.constraints.budget_usd = 120000;  // no post-launch budget: assess warns, the kit does not
  EXPECT_THAT(WarningIds(BuildKit(Pb(), b)), Not(testing::Contains("unpriced_post_launch")));
}

TEST(KitPlanQuestionTest, AsksAboutThisWorkflowAndExpectsTheBriefsPlan) {
  Brief b = ClearBrief();
  InterviewKit kit = BuildKit(Pb(), b);
  EXPECT_THAT(kit.plan_question.text, AllOf(HasSubstr("Support ticket triage"), HasSubstr("90")));
  EXPECT_EQ(kit.plan_question.judgement_note, Pb().plan.judgement_note);
  Plan plan = BuildPlan(Pb(), b);
  ASSERT_EQ(kit.plan_question.expected.size(), plan.windows.size());
  for (size_t i = 0; i < plan.windows.size(); ++i) {
    EXPECT_EQ(kit.plan_question.expected[i].id, plan.windows[i].id);
    ASSERT_EQ(kit.plan_question.expected[i].deliverables.size(),
              plan.windows[i].deliverables.size());
    for (size_t j = 0; j < plan.windows[i].deliverables.size(); ++j) {
      EXPECT_EQ(kit.plan_question.expected[i].deliverables[j].text,
                plan.windows[i].deliverables[j].text);
    }
  }
}

TEST(KitPlanQuestionTest, WithoutAWorkflowNameUsesThePlaybooksMissingText) {
  Brief b;
  EXPECT_THAT(BuildKit(Pb(), b).plan_question.text,
              HasSubstr(Pb().plan.missing.at("workflow")));
}

TEST(KitPlanQuestionTest, EditedPlaybookQuestionIsAskedAndFilled) {
  Playbook pb = Pb();
  pb.plan.question = "Walk us through your first quarter owning {workflow}, measured by {metric}.";
  Brief b = ClearBrief();
  b.metric.name = "tickets routed correctly";
  EXPECT_EQ(BuildKit(pb, b).plan_question.text,
            "Walk us through your first quarter owning Support ticket triage, measured by tickets "
            "routed correctly.");
}

// Metamorphic: whatever the brief says, every kit asks the seven standard
// questions; the brief's wording changes the role, never the core questions.
TEST(BuildKitTest, SevenQuestionsWhateverTheBrief) {
  std::vector<Brief> briefs = {ClearBrief(), Brief{}, WithShape("custom_model")};
  briefs[1].workflow.name = "x";
  Brief regulated = ClearBrief();
  regulated.sources = {{"Patient records", DataAccess::kRequested, DataSensitivity::kRegulated}};
  briefs.push_back(regulated);
  for (const Brief& b : briefs) {
    std::vector<std::string> ids = QuestionIds(BuildKit(Pb(), b));
    ASSERT_GE(ids.size(), kSevenQuestions.size());
    ids.resize(kSevenQuestions.size());
    EXPECT_EQ(ids, kSevenQuestions);
  }
}

TEST(BuildKitTest, EditedQuestionTextsAreUsed) {
  Playbook pb = Pb();
  pb.questions[0].text = "Tell us about the last thing you put in front of real users.";
  pb.archetype_questions["applied_ai_engineer"] = {
      {"integration_story", "Which integration broke first?", {"production_shipping"}, "s", "w"}};
  InterviewKit kit = BuildKit(pb, ClearBrief());
  EXPECT_EQ(kit.questions[0].text, pb.questions[0].text);
  EXPECT_EQ(kit.questions.back().id, "integration_story");
  EXPECT_EQ(kit.questions.back().archetype, "applied_ai_engineer");
}

TEST(BuildKitTest, RecordsThePlaybookThatMadeIt) {
  InterviewKit kit = BuildKit(Pb(), ClearBrief());
  EXPECT_EQ(kit.playbook.version, Pb().version);
  EXPECT_EQ(kit.playbook.name, Pb().name);
  EXPECT_EQ(kit.playbook.reviewed, Pb().reviewed);
}

}  // namespace
}  // namespace firsthire

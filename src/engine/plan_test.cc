#include "engine/plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "firsthire/plan.h"
#include "firsthire/playbook.h"

namespace firsthire {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

const Playbook& Pb() { return DefaultPlaybook(); }

Brief FullBrief() {
  Brief b;
  b.workflow.name = "Insurance claim intake";
  b.metric.name = "minutes per claim";
  b.metric.baseline = 42;
  b.metric.target = 12.5;
  b.metric.unit = "minutes";
  b.sources = {{"Policy wiki", DataAccess::kAvailable, DataSensitivity::kInternal},
               {"Claims DB", DataAccess::kRequested, DataSensitivity::kRegulated},
               {"Adjuster notes", DataAccess::kAvailable, DataSensitivity::kConfidential}};
  b.constraints.regulated = true;
  b.constraints.mistake_cost = MistakeCost::kCritical;
  b.constraints.human_review = true;
  b.owner = {"Dana Reyes", "Head of Claims"};
  return b;
}

Brief ThinBrief() {
  Brief b;
  b.workflow.name = "Something with AI";
  return b;
}

// All deliverable texts of a plan, one after another.
std::string AllText(const Plan& plan) {
  std::string out;
  for (const auto& w : plan.windows) {
    for (const auto& d : w.deliverables) out += d.text + "\n";
  }
  return out + plan.go_no_go.go + "\n" + plan.go_no_go.no_go;
}

const PlannedDeliverable* Find(const Plan& plan, std::string_view id) {
  for (const auto& w : plan.windows) {
    for (const auto& d : w.deliverables) {
      if (d.id == id) return &d;
    }
  }
  return nullptr;
}

TEST(FormatQuantityTest, NumberThenUnit) {
  EXPECT_EQ(FormatQuantity(12.5, "minutes"), "12.5 minutes");
  EXPECT_EQ(FormatQuantity(4, "hours"), "4 hours");
  EXPECT_EQ(FormatQuantity(85, "%"), "85%");
  EXPECT_EQ(FormatQuantity(3, ""), "3");
}

TEST(DescribeSourcesTest, NotesSensitivityAndAccessOnlyWhenNotable) {
  Brief b = FullBrief();
  EXPECT_EQ(DescribeSources(b),
            "Policy wiki, Claims DB (regulated, requested), Adjuster notes (confidential)");
  b.sources = {{"Tickets", DataAccess::kUnavailable, DataSensitivity::kPublic}};
  EXPECT_EQ(DescribeSources(b), "Tickets (unavailable)");
  b.sources.clear();
  EXPECT_EQ(DescribeSources(b), std::nullopt);
}

TEST(DescribeRisksTest, ListsEachRiskBoundaryTheBriefStates) {
  std::optional<std::string> risks = DescribeRisks(Pb(), FullBrief());
  ASSERT_TRUE(risks.has_value());
  EXPECT_THAT(*risks, HasSubstr("regulated setting"));
  EXPECT_THAT(*risks, HasSubstr("regulated data in Claims DB"));
  EXPECT_THAT(*risks, HasSubstr("confidential data in Adjuster notes"));
  EXPECT_THAT(*risks, HasSubstr("critical cost of a wrong output"));
  EXPECT_THAT(*risks, HasSubstr("a person reviews the output"));
  EXPECT_THAT(*risks, Not(HasSubstr("Policy wiki")));  // internal data is not a boundary
}

TEST(DescribeRisksTest, LowStakesBriefHasNone) {
  Brief b = ThinBrief();
  b.constraints.mistake_cost = MistakeCost::kLow;
  b.sources = {{"Docs", DataAccess::kAvailable, DataSensitivity::kPublic}};
  EXPECT_EQ(DescribeRisks(Pb(), b), std::nullopt);
  b.constraints.human_review = false;
  EXPECT_THAT(DescribeRisks(Pb(), b).value_or(""), HasSubstr("no person reviews"));
}

TEST(BuildPlanTest, ThreeWindowsInPlaybookOrder) {
  Plan plan = BuildPlan(DefaultPlaybook(), FullBrief());
  ASSERT_EQ(plan.windows.size(), 3u);
  EXPECT_EQ(plan.windows[0].id, "days_1_30");
  EXPECT_EQ(plan.windows[1].id, "days_31_60");
  EXPECT_EQ(plan.windows[2].id, "days_61_90");
  for (size_t i = 0; i < plan.windows.size(); ++i) {
    const PlanWindow& source = DefaultPlaybook().plan.windows[i];
    ASSERT_EQ(plan.windows[i].deliverables.size(), source.deliverables.size());
    EXPECT_EQ(plan.windows[i].title, source.title);
    for (size_t j = 0; j < source.deliverables.size(); ++j) {
      EXPECT_EQ(plan.windows[i].deliverables[j].id, source.deliverables[j].id);
      EXPECT_EQ(plan.windows[i].deliverables[j].status, "not_started");
    }
  }
}

// docs/product.md section 8's table, one row per window: the deliverables it names.
TEST(BuildPlanTest, EachWindowHoldsTheSpecDeliverables) {
  Plan plan = BuildPlan(DefaultPlaybook(), FullBrief());
  auto ids = [&](size_t w) {
    std::vector<std::string> out;
    for (const auto& d : plan.windows.at(w).deliverables) out.push_back(d.id);
    return out;
  };
  EXPECT_THAT(ids(0), testing::ElementsAre("clarify_workflow", "audit_data", "define_metrics",
                                           "risk_boundaries", "buy_vs_build"));
  EXPECT_THAT(ids(1), testing::ElementsAre("narrow_prototype", "basic_evals", "logic_tested",
                                           "failure_cases"));
  EXPECT_THAT(ids(2), testing::ElementsAre("instrumented_pilot", "cost_review",
                                           "exception_handling", "go_no_go"));
}

TEST(BuildPlanTest, BriefsMetricSourcesAndRisksAppearInThePlan) {
  Brief b = FullBrief();
  Plan plan = BuildPlan(DefaultPlaybook(), b);
  EXPECT_EQ(plan.workflow, "Insurance claim intake");
  EXPECT_EQ(plan.owner, "Dana Reyes, Head of Claims");
  EXPECT_THAT(Find(plan, "clarify_workflow")->text,
              AllOf(HasSubstr("Insurance claim intake"), HasSubstr("Dana Reyes")));
  EXPECT_THAT(Find(plan, "audit_data")->text,
              AllOf(HasSubstr("Claims DB (regulated, requested)"), HasSubstr("Policy wiki")));
  EXPECT_THAT(Find(plan, "define_metrics")->text,
              AllOf(HasSubstr("minutes per claim"), HasSubstr("42 minutes"),
                    HasSubstr("12.5 minutes")));
  EXPECT_THAT(Find(plan, "risk_boundaries")->text,
              AllOf(HasSubstr("regulated data in Claims DB"), HasSubstr("critical cost")));
  EXPECT_THAT(Find(plan, "basic_evals")->text, HasSubstr("minutes per claim"));
  EXPECT_THAT(AllText(plan), Not(HasSubstr("{")));
  for (const auto& [key, missing] : DefaultPlaybook().plan.missing) {
    EXPECT_THAT(AllText(plan), Not(HasSubstr(missing))) << key;
  }
}

TEST(BuildPlanTest, MissingValuesFallBackToThePlaybooksTexts) {
  const Playbook& pb = DefaultPlaybook();
  Plan plan = BuildPlan(pb, ThinBrief());
  const auto& missing = pb.plan.missing;
  EXPECT_EQ(plan.owner, missing.at("owner"));
  EXPECT_THAT(Find(plan, "audit_data")->text, HasSubstr(missing.at("sources")));
  EXPECT_THAT(Find(plan, "define_metrics")->text,
              AllOf(HasSubstr(missing.at("metric")), HasSubstr(missing.at("baseline")),
                    HasSubstr(missing.at("target"))));
  EXPECT_THAT(Find(plan, "risk_boundaries")->text, HasSubstr(missing.at("risks")));
  EXPECT_THAT(AllText(plan), Not(HasSubstr("{")));
  EXPECT_THAT(AllText(plan), Not(HasSubstr("  ")));  // no gap where a unit would be
}

TEST(BuildPlanTest, MissingWorkflowNameUsesThePlaybookText) {
  Brief b;  // workflow.name is required by the loader, but the engine must not rely on it
  Plan plan = BuildPlan(DefaultPlaybook(), b);
  EXPECT_EQ(plan.workflow, DefaultPlaybook().plan.missing.at("workflow"));
}

TEST(BuildPlanTest, OwnerWithoutRoleIsJustTheName) {
  Brief b = ThinBrief();
  b.owner.name = "Sam";
  EXPECT_EQ(BuildPlan(DefaultPlaybook(), b).owner, "Sam");
}

TEST(BuildPlanTest, GoNoGoReferencesTheMetricAndTarget) {
  Plan plan = BuildPlan(DefaultPlaybook(), FullBrief());
  EXPECT_EQ(plan.go_no_go.rule, DefaultPlaybook().plan.go_no_go_rule);
  for (const std::string& text : {plan.go_no_go.go, plan.go_no_go.no_go}) {
    EXPECT_THAT(text, AllOf(HasSubstr("minutes per claim"), HasSubstr("12.5 minutes")));
    EXPECT_THAT(text, Not(HasSubstr("minutes minutes")));  // "{target} {unit}" names the unit once
  }
  EXPECT_THAT(Find(plan, "go_no_go")->text, HasSubstr("12.5 minutes"));
  EXPECT_EQ(plan.judgement_note, DefaultPlaybook().plan.judgement_note);
}

TEST(BuildPlanTest, ChangingTheMetricChangesOnlyMetricTexts) {
  Brief a = FullBrief();
  Brief b = FullBrief();
  b.metric.name = "claims closed per day";
  Plan pa = BuildPlan(DefaultPlaybook(), a);
  Plan pb = BuildPlan(DefaultPlaybook(), b);
  EXPECT_EQ(Find(pa, "audit_data")->text, Find(pb, "audit_data")->text);
  EXPECT_EQ(Find(pa, "risk_boundaries")->text, Find(pb, "risk_boundaries")->text);
  EXPECT_THAT(Find(pb, "define_metrics")->text, HasSubstr("claims closed per day"));
  EXPECT_THAT(pb.go_no_go.go, HasSubstr("claims closed per day"));
}

TEST(DescribeRisksTest, EditedRiskLabelsAreUsed) {
  Playbook pb = DefaultPlaybook();
  pb.plan.risk_labels["regulated_setting"] = "a supervised setting";
  pb.plan.risk_labels["regulated_data"] = "protected records in {sources}";
  pb.plan.risk_labels["severe_mistake"] = "wrong outputs are {mistake_cost}";
  std::optional<std::string> risks = DescribeRisks(pb, FullBrief());
  ASSERT_TRUE(risks.has_value());
  EXPECT_THAT(*risks,
              AllOf(HasSubstr("a supervised setting"), HasSubstr("protected records in Claims DB"),
                    HasSubstr("wrong outputs are critical"), Not(HasSubstr("a regulated setting")),
                    Not(HasSubstr("regulated data in"))));
  // The plan's risk_boundaries deliverable carries the edited phrases.
  EXPECT_THAT(Find(BuildPlan(pb, FullBrief()), "risk_boundaries")->text,
              HasSubstr("protected records in Claims DB"));
}

TEST(BuildPlanTest, EditedPlaybookTemplatesAreFollowed) {
  Playbook pb = DefaultPlaybook();
  pb.plan.windows.resize(1);
  pb.plan.windows[0].deliverables = {{"custom", "Ship {workflow} for {owner}; watch {metric}."}};
  pb.plan.go = "Scale at {target}.";
  Plan plan = BuildPlan(pb, FullBrief());
  ASSERT_EQ(plan.windows.size(), 1u);
  EXPECT_EQ(plan.windows[0].deliverables[0].text,
            "Ship Insurance claim intake for Dana Reyes, Head of Claims; watch minutes per claim.");
  EXPECT_EQ(plan.go_no_go.go, "Scale at 12.5 minutes.");
}

TEST(BuildPlanTest, PlaceholderWithoutAValueOrMissingTextStaysVisible) {
  Playbook pb = DefaultPlaybook();
  pb.plan.missing.erase("owner");
  pb.plan.go = "Ask {owner}; {unknown_placeholder}.";
  Plan plan = BuildPlan(pb, ThinBrief());
  EXPECT_EQ(plan.go_no_go.go, "Ask {owner}; {unknown_placeholder}.");
}

}  // namespace
}  // namespace firsthire

namespace firsthire {
namespace {

TEST(FillPlanTemplateTest, UnitIsNamedOnceAndPercentIsAttached) {
  Brief b;
  b.metric = {"tickets resolved", 20, 80, "%"};
  EXPECT_EQ(FillPlanTemplate("{metric} reaches {target} {unit}.", DefaultPlaybook(), b),
            "tickets resolved reaches 80%.");
  EXPECT_EQ(FillPlanTemplate("from {baseline}{unit} to {target}", DefaultPlaybook(), b),
            "from 20% to 80%");
  EXPECT_EQ(FillPlanTemplate("measured in {unit}", DefaultPlaybook(), b), "measured in %");
}

TEST(FillPlanTemplateTest, UnitWithoutATargetDoesNotDangle) {
  Brief b;
  b.metric.name = "tickets resolved";
  b.metric.unit = "tickets";
  EXPECT_EQ(FillPlanTemplate("Go at {target} {unit} in the pilot.", DefaultPlaybook(), b),
            "Go at " + DefaultPlaybook().plan.missing.at("target") + " in the pilot.");
}

TEST(BuildPlanTest, ALongerTimelineStretchesTheWindows) {
  Brief brief = FullBrief();
  brief.constraints.timeline_weeks = 24;  // 168 days instead of 90
  Plan plan = BuildPlan(Pb(), brief);
  ASSERT_EQ(plan.windows.size(), 3u);
  EXPECT_EQ(plan.windows[0].title, "Days 1-56");
  EXPECT_EQ(plan.windows[1].title, "Days 57-112");
  EXPECT_EQ(plan.windows[2].title, "Days 113-168");
  EXPECT_EQ(plan.windows[0].id, "days_1_30");  // ids never change
  for (int weeks : {8, 12}) {  // at or under the minimum pilot: the playbook's windows
    brief.constraints.timeline_weeks = weeks;
    EXPECT_EQ(BuildPlan(Pb(), brief).windows[0].title, Pb().plan.windows[0].title) << weeks;
  }
}

TEST(BuildPlanTest, CarriesTheScopeBoundary) {
  Brief brief = FullBrief();
  EXPECT_TRUE(BuildPlan(Pb(), brief).scope_out.empty());
  brief.scope.out = {"Refunds"};
  EXPECT_EQ(BuildPlan(Pb(), brief).scope_out, (std::vector<std::string>{"Refunds"}));
}

}  // namespace
}  // namespace firsthire

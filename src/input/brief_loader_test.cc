#include <gtest/gtest.h>

#include "firsthire/brief.h"

namespace firsthire {
namespace {

Result<Brief> Load(const std::string& text, Diagnostics* d) {
  return LoadBrief(text, "brief.yaml", DefaultPlaybook(), d);
}

TEST(BriefLoader, ReadsEveryField) {
  Diagnostics d;
  auto b = Load(R"(
workflow: {name: Support triage, description: Route tickets, runs_per_week: 400, standard_product_exists: false, stage: prototype}
metric: {name: first response time, baseline: 9, target: 2, unit: hours}
data:
  sources:
    - {name: Zendesk, access: available, sensitivity: confidential}
    - {name: CRM, access: requested}
constraints: {regulated: false, mistake_cost: medium, human_review: true, timeline_weeks: 12, budget_usd: 90000, post_launch_budget_usd: 2000, security_review: design}
owner: {name: Dana, role: Head of Support}
shape: workflow_automation
organisation: {technical_leadership: true, ai_is_core_advantage: false, urgency: high, needs: [ai, backend], want_trial: false}
role: {title: Applied AI engineer, level: senior, hires: 1, interview_focus: [system_ownership]}
)", &d);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->workflow.runs_per_week, 400);
  EXPECT_EQ(b->metric.target, 2);
  ASSERT_EQ(b->sources.size(), 2u);
  EXPECT_EQ(b->sources[1].access, DataAccess::kRequested);
  EXPECT_EQ(b->sources[1].sensitivity, std::nullopt);
  EXPECT_EQ(b->constraints.mistake_cost, MistakeCost::kMedium);
  EXPECT_EQ(b->owner.role, "Head of Support");
  EXPECT_EQ(b->organisation.needs,
            (std::vector<OrganisationNeed>{OrganisationNeed::kAi, OrganisationNeed::kBackend}));
  EXPECT_TRUE(d.warnings().empty());
}

TEST(BriefLoader, JsonIsAcceptedToo) {
  Diagnostics d;
  auto b = Load(R"({"workflow": {"name": "x", "runs_per_week": 3}, "owner": {"name": "A"}})", &d);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->workflow.runs_per_week, 3);
}

TEST(BriefLoader, OnlyWorkflowNameIsRequired) {
  Diagnostics d;
  auto b = Load("workflow: {name: Just a name}\n", &d);
  ASSERT_TRUE(b.ok());
  EXPECT_FALSE(b->metric.baseline.has_value());
  auto missing = Load("metric: {name: x}\n", &d);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing required field 'workflow'"), std::string::npos);
}

TEST(BriefLoader, UnknownEnumHasLineAndSuggestion) {
  Diagnostics d;
  auto b = Load("workflow:\n  name: x\ndata:\n  sources:\n    - name: db\n      access: avialable\n", &d);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().location().line, 6);
  EXPECT_EQ(b.status().location().column, 15);
  EXPECT_EQ(b.status().location().field, "data.sources[0].access");
  EXPECT_NE(b.status().message().find("did you mean 'available'"), std::string::npos)
      << b.status().message();
}

TEST(BriefLoader, WrongTypesAreErrors) {
  Diagnostics d;
  auto b = Load("workflow: {name: x, runs_per_week: lots}\n", &d);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("expected a whole number"), std::string::npos);
  Diagnostics d2;
  EXPECT_FALSE(Load("workflow: [1, 2]\n", &d2).ok());
  Diagnostics d3;
  EXPECT_FALSE(Load("- just\n- a list\n", &d3).ok());
}

TEST(BriefLoader, UnknownKeysAreWarnings) {
  Diagnostics d;
  auto b = Load("workflow: {name: x}\nowner: {name: A, rol: CTO}\n", &d);
  ASSERT_TRUE(b.ok());
  ASSERT_EQ(d.warnings().size(), 1u);
  EXPECT_NE(d.warnings()[0].message.find("did you mean 'role'"), std::string::npos);
}

TEST(BriefLoader, UnknownShapeSuggestsTheClosest) {
  Diagnostics d;
  auto b = Load("workflow: {name: x}\nshape: knowledge_asistant\n", &d);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("did you mean 'knowledge_assistant'"), std::string::npos);
}

TEST(BriefLoader, SyntaxErrorNamesLineAndColumn) {
  Diagnostics d;
  auto b = Load("workflow:\n  name: [unclosed\n", &d);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().location().file, "brief.yaml");
  EXPECT_GT(b.status().location().line, 0);
  EXPECT_NE(b.status().message().find("syntax error"), std::string::npos);
}

TEST(BriefLoader, HostileInputIsRefusedNotCrashed) {
  Diagnostics d;
  EXPECT_FALSE(Load(std::string(100000, '['), &d).ok());
  Diagnostics d2;
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 0; i < 12; ++i) {
    bomb += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) bomb += (j ? ", *" : "*") + std::string(i ? "l" + std::to_string(i - 1) : "a");
    bomb += "]\n";
  }
  auto r = Load(bomb, &d2);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("too complex"), std::string::npos) << r.status().message();
}

TEST(BriefLoader, ReadsTheAdviceFields) {
  Diagnostics d;
  auto b = Load(R"(
workflow: {name: Triage, differentiated: true, baseline_tried: false}
metric: {name: Hours, monthly_value_usd: 4000}
data:
  proprietary: true
  sources: [{name: Zendesk, access: available}]
constraints: {monthly_run_budget_usd: 1200.5, cost_per_run_usd: 0.04, takes_actions: true, security_review: before_launch}
organisation: {needs: [ai, product, change_management]}
scope:
  out: [Refunds, Replies sent without review]
)", &d);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(b->workflow.differentiated, true);
  EXPECT_EQ(b->workflow.baseline_tried, false);
  EXPECT_EQ(b->data_proprietary, true);
  EXPECT_EQ(b->constraints.monthly_run_budget_usd, 1200.5);
  EXPECT_EQ(b->constraints.cost_per_run_usd, 0.04);
  EXPECT_EQ(b->metric.monthly_value_usd, 4000);
  EXPECT_EQ(b->constraints.takes_actions, true);
  EXPECT_EQ(b->constraints.security_review, SecurityReview::kBeforeLaunch);
  EXPECT_EQ(b->organisation.needs,
            (std::vector<OrganisationNeed>{OrganisationNeed::kAi, OrganisationNeed::kProduct,
                                           OrganisationNeed::kChangeManagement}));
  EXPECT_EQ(b->scope.out, (std::vector<std::string>{"Refunds", "Replies sent without review"}));
  EXPECT_TRUE(d.warnings().empty()) << d.warnings().front().ToString();
}

// Each new field, given a bad value, is one located error.
TEST(BriefLoader, BadAdviceFieldsAreLocatedErrors) {
  struct Case {
    std::string text, field, says;
  };
  std::vector<Case> cases = {
      {"workflow: {name: x, differentiated: maybe}\n", "workflow.differentiated", "true or false"},
      {"workflow: {name: x, baseline_tried: 3}\n", "workflow.baseline_tried", "true or false"},
      {"workflow: {name: x}\ndata: {proprietary: yes please}\n", "data.proprietary",
       "true or false"},
      {"workflow: {name: x}\nconstraints: {monthly_run_budget_usd: -5}\n",
       "constraints.monthly_run_budget_usd", ""},
      {"workflow: {name: x}\nconstraints: {cost_per_run_usd: cheap}\n",
       "constraints.cost_per_run_usd", ""},
      {"workflow: {name: x}\nmetric: {monthly_value_usd: -1}\n", "metric.monthly_value_usd", ""},
      {"workflow: {name: x}\nmetric: {monthly_value_usd: a lot}\n", "metric.monthly_value_usd",
       ""},
      {"workflow: {name: x}\nconstraints: {takes_actions: often}\n", "constraints.takes_actions",
       "true or false"},
      {"workflow: {name: x}\nconstraints: {security_review: later}\n",
       "constraints.security_review", "after_launch"},
      {"workflow: {name: x}\norganisation: {needs: [ai, change]}\n", "organisation.needs[1]",
       "change_management"},
      {"workflow: {name: x}\nscope: {out: {a: 1}}\n", "scope.out", ""},
      {"workflow: {name: x}\nscope: [a, b]\n", "scope", ""},
  };
  for (const Case& c : cases) {
    Diagnostics d;
    auto b = Load(c.text, &d);
    ASSERT_FALSE(b.ok()) << c.text;
    EXPECT_EQ(b.status().location().field, c.field) << c.text << " -> " << b.status().ToString();
    EXPECT_GT(b.status().location().line, 0) << c.text;
    EXPECT_NE(b.status().message().find(c.says), std::string::npos)
        << c.text << " -> " << b.status().message();
  }
}

}  // namespace
}  // namespace firsthire

namespace firsthire {
namespace {

TEST(BriefLoader, InvalidUtf8IsRefusedWithItsPosition) {
  Diagnostics d;
  auto b = LoadBrief("workflow:\n  name: ab\xD0(\n", "brief.yaml", DefaultPlaybook(), &d);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().location().line, 2);
  EXPECT_EQ(b.status().location().column, 11);
  EXPECT_NE(b.status().message().find("UTF-8"), std::string::npos);
  Diagnostics ok;
  EXPECT_TRUE(LoadBrief("workflow: {name: \"Zoë 日本 🚀\"}\n", "brief.yaml", DefaultPlaybook(), &ok).ok());
  Diagnostics surrogate;
  EXPECT_FALSE(LoadBrief("workflow: {name: \"\xED\xA0\x80\"}\n", "b", DefaultPlaybook(), &surrogate).ok());
}

}  // namespace
}  // namespace firsthire

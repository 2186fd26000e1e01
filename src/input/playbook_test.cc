#include "firsthire/playbook.h"

#include <gtest/gtest.h>

#include <string>

namespace firsthire {
namespace {

std::string DefaultText() { return std::string(DefaultPlaybookText()); }

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(Playbook, DefaultLoadsWithEverySpecId) {
  const Playbook& pb = DefaultPlaybook();
  EXPECT_FALSE(pb.version.empty());
  EXPECT_EQ(pb.criteria.size(), 5u);
  EXPECT_EQ(pb.verdicts.size(), 3u);
  EXPECT_EQ(pb.shapes.size(), 5u);
  EXPECT_EQ(pb.traits.size(), 6u);
  EXPECT_EQ(pb.routes.routes.size(), 4u);
  EXPECT_EQ(pb.categories.size(), 5u);
  EXPECT_EQ(pb.questions.size(), 7u);
  EXPECT_EQ(pb.red_flags.size(), 5u);
  EXPECT_EQ(pb.failure_modes.size(), 5u);
  EXPECT_EQ(pb.commodity_factors.size(), 5u);
  EXPECT_EQ(pb.risk_questions.size(), 5u);
  EXPECT_EQ(pb.plan.windows.size(), 3u);
  ASSERT_NE(pb.FindShape("knowledge_assistant"), nullptr);
  EXPECT_EQ(pb.FindShape("knowledge_assistant")->archetype, "rag_ai_engineer");
  EXPECT_EQ(pb.scorecard.gate_categories,
            (std::vector<std::string>{"eval_discipline", "security_guardrails", "cost_observability"}));
  EXPECT_EQ(pb.scorecard.gate_threshold, 3);
}

TEST(Playbook, DefaultHasNoWarnings) {
  Diagnostics d;
  ASSERT_TRUE(LoadPlaybook(DefaultPlaybookText(), "default", &d).ok());
  for (const auto& w : d.warnings()) ADD_FAILURE() << w.ToString();
}

TEST(Playbook, MissingSpecIdIsAnErrorWithLine) {
  std::string text = Replace(DefaultText(), "- id: unmodeled_cost", "- id: unmodelled_costs");
  Diagnostics d;
  auto result = LoadPlaybook(text, "pb.yaml", &d);
  ASSERT_FALSE(result.ok());
  bool found = false;
  for (const auto& e : d.errors()) {
    if (e.message.find("must define id 'unmodeled_cost'") != std::string::npos) {
      found = true;
      EXPECT_EQ(e.where.file, "pb.yaml");
      EXPECT_GT(e.where.line, 0);
    }
  }
  EXPECT_TRUE(found);
}

TEST(Playbook, ValidateListsEveryProblem) {
  std::string text = Replace(DefaultText(), "    threshold: 3 ", "    threshold: nine ");
  text = Replace(text, "archetype: ml_engineer", "archetype: ml_enginer");
  text = Replace(text, "max_age_days: 180", "max_age_days: -4");
  Diagnostics d;
  ASSERT_FALSE(LoadPlaybook(text, "pb.yaml", &d).ok());
  ASSERT_EQ(d.error_count(), 3u);
  EXPECT_NE(d.errors()[0].message.find("max_age_days"), std::string::npos);
  std::string all;
  for (const auto& e : d.errors()) all += e.ToString() + "\n";
  EXPECT_NE(all.find("did you mean 'ml_engineer'"), std::string::npos) << all;
  EXPECT_NE(all.find("gate.threshold"), std::string::npos) << all;
}

TEST(Playbook, UnknownKeyIsAWarningWithSuggestion) {
  std::string text = Replace(DefaultText(), "max_age_days: 180", "max_age_days: 180\nmax_age_dayz: 1");
  Diagnostics d;
  ASSERT_TRUE(LoadPlaybook(text, "pb.yaml", &d).ok());
  ASSERT_EQ(d.warnings().size(), 1u);
  EXPECT_NE(d.warnings()[0].message.find("did you mean 'max_age_days'"), std::string::npos);
}

TEST(Playbook, StaleWarningOnlyAfterMaxAge) {
  Playbook pb = DefaultPlaybook();
  pb.reviewed = "2026-01-01";
  pb.max_age_days = 30;
  EXPECT_FALSE(StalePlaybookWarning(pb, "2026-01-31").has_value());
  auto warning = StalePlaybookWarning(pb, "2026-02-01");
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("31 days ago"), std::string::npos) << *warning;
  EXPECT_EQ(PlaybookAgeDays(pb, "not a date"), std::nullopt);
}

}  // namespace
}  // namespace firsthire

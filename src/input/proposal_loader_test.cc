#include <gtest/gtest.h>

#include "firsthire/review.h"

namespace firsthire {
namespace {

Result<Proposal> Load(const std::string& text, Diagnostics* d) {
  return LoadProposal(text, "proposal.yaml", DefaultPlaybook(), d);
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ProposalLoader, ReadsEveryField) {
  Diagnostics d;
  auto p = Load(R"(
vendor: {name: Northwind Labs, route: agency}
summary: Invoice triage.
answers:
  evaluation: A test set.
  sources: The ERP.
  fallback: A human queue.
  security: Allowlisted tools.
  ownership: Your team.
deliverables: [Pilot, Dashboard]
handoff: {repository: true, prompts: true, eval_logic: false, operating_notes: true, knowledge_transfer_clause: true}
pricing: {build_usd: 60000, monthly_run_usd: 1200.5}
)", &d);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->vendor.name, "Northwind Labs");
  EXPECT_EQ(p->vendor.route, "agency");
  EXPECT_EQ(p->answers.size(), 5u);
  EXPECT_EQ(p->answers.at("fallback"), "A human queue.");
  EXPECT_EQ(p->deliverables, (std::vector<std::string>{"Pilot", "Dashboard"}));
  EXPECT_EQ(p->handoff.eval_logic, false);
  EXPECT_EQ(p->handoff.repository, true);
  EXPECT_DOUBLE_EQ(*p->pricing.monthly_run_usd, 1200.5);
  EXPECT_TRUE(d.warnings().empty());
}

TEST(ProposalLoader, OnlyVendorNameIsRequired) {
  Diagnostics d;
  auto p = Load("vendor: {name: Solo}\n", &d);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_TRUE(p->answers.empty());
  EXPECT_FALSE(p->handoff.repository.has_value());
  EXPECT_FALSE(p->pricing.build_usd.has_value());
  auto missing = Load("summary: x\n", &d);
  ASSERT_FALSE(missing.ok());
  EXPECT_TRUE(Has(missing.status().message(), "missing required field 'vendor'"));
}

TEST(ProposalLoader, AnEmptyVendorNameIsRefusedWithItsField) {
  Diagnostics d;
  auto blank = Load("vendor: {name: \"  \"}\n", &d);
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.status().location().field, "vendor.name");
  EXPECT_TRUE(Has(blank.status().message(), "vendor's name is empty")) << blank.status().message();
  Diagnostics fine;
  EXPECT_TRUE(Load("vendor: {name: \" Ada \"}\n", &fine).ok()) << "a name with spaces around";
}

TEST(ProposalLoader, UnknownRouteIsAnErrorWithSuggestion) {
  Diagnostics d;
  auto p = Load("vendor:\n  name: X\n  route: agnecy\n", &d);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().location().line, 3);
  EXPECT_EQ(p.status().location().file, "proposal.yaml");
  EXPECT_TRUE(Has(p.status().message(), "did you mean 'agency'")) << p.status().message();
}

TEST(ProposalLoader, WrongTypesAndNegativePricesAreErrors) {
  Diagnostics d1, d2, d3;
  auto flag = Load("vendor: {name: X}\nhandoff: {repository: maybe}\n", &d1);
  ASSERT_FALSE(flag.ok());
  EXPECT_TRUE(Has(flag.status().message(), "expected true or false")) << flag.status().message();
  auto price = Load("vendor: {name: X}\npricing: {build_usd: -5}\n", &d2);
  ASSERT_FALSE(price.ok());
  EXPECT_EQ(price.status().location().line, 2);
  auto list = Load("vendor: {name: X}\ndeliverables: {a: b}\n", &d3);
  ASSERT_FALSE(list.ok());
  EXPECT_TRUE(Has(list.status().message(), "expected a list")) << list.status().message();
}

TEST(ProposalLoader, MisspeltAnswerIsAWarningWithSuggestion) {
  Diagnostics d;
  auto p = Load("vendor: {name: X}\nanswers: {evalution: We test.}\n", &d);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->answers.empty());
  ASSERT_EQ(d.warnings().size(), 1u);
  EXPECT_TRUE(Has(d.warnings()[0].message, "did you mean 'evaluation'")) << d.warnings()[0].message;
}

}  // namespace
}  // namespace firsthire

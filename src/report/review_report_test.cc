#include "report/review_report.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>

namespace firsthire {
namespace {

Proposal Thin() {
  Proposal p;
  p.vendor = {"PromptForge", "freelancer"};
  p.summary = "Autonomous agents and prompt engineering for your support inbox.";
  p.answers["evaluation"] = "We test everything.";
  p.pricing.build_usd = 12500;
  return p;
}

std::set<std::string> Keys(const nlohmann::json& j) {
  std::set<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.insert(it.key());
  return keys;
}

TEST(ReviewReport, JsonHasStableKeys) {
  nlohmann::json j = ProposalReviewToJson(Review(DefaultPlaybook(), Thin()));
  EXPECT_EQ(Keys(j), (std::set<std::string>{"playbook", "vendor", "pricing", "risk_questions",
                                            "commodity_factors", "flags", "verdict", "reminders",
                                            "ownership_not_transferred", "brief_checks"}));
  EXPECT_TRUE(j["brief_checks"].is_null());  // no brief given
  ASSERT_EQ(j["risk_questions"].size(), 5u);
  EXPECT_EQ(Keys(j["risk_questions"][0]),
            (std::set<std::string>{"id", "question", "status", "words", "evidence", "claims",
                                   "rule", "reason"}));
  EXPECT_EQ(j["risk_questions"][0]["status"], "thin");
  EXPECT_EQ(j["risk_questions"][1]["status"], "missing");
  EXPECT_EQ(Keys(j["commodity_factors"][0]),
            (std::set<std::string>{"id", "title", "assessment", "evidence", "rule", "reason"}));
  EXPECT_EQ(j["commodity_factors"][0]["assessment"], "commodity");
  EXPECT_EQ(j["verdict"]["id"], "weak");
  EXPECT_EQ(j["pricing"]["build_usd"], 12500);
  EXPECT_TRUE(j["pricing"]["monthly_run_usd"].is_null());
  EXPECT_EQ(j["vendor"]["route"], "freelancer");
  EXPECT_EQ(j["reminders"].size(), 1u);
  std::set<std::string> flags;
  for (const auto& f : j["flags"]) flags.insert(f["id"]);
  EXPECT_EQ(flags, (std::set<std::string>{"thin_prompt_layering", "vague_agents"}));
}

TEST(ReviewReport, TextFitsEightyColumns) {
  std::string text =
      ProposalReviewReport(Review(DefaultPlaybook(), Thin())).RenderText({80, false});
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) EXPECT_LE(line.size(), 80u) << line;
  EXPECT_NE(text.find("WEAK"), std::string::npos) << text;
  EXPECT_NE(text.find("$12,500"), std::string::npos) << text;
  EXPECT_NE(text.find("not priced"), std::string::npos) << text;
  EXPECT_NE(text.find("MISSING"), std::string::npos) << text;
  EXPECT_NE(text.find("route.partner_handoff"), std::string::npos) << text;
}

TEST(ReviewReport, TextQuotesTheClaimsThatAnsweredAQuestion) {
  Proposal p = Thin();
  p.answers["evaluation"] =
      "Evals, metrics. We run a golden set of 300 invoices on every prompt change and block the "
      "release when accuracy drops.";
  std::string text = ProposalReviewReport(Review(DefaultPlaybook(), p)).RenderText({200, false});
  EXPECT_NE(text.find("\"We run a golden set of 300 invoices"), std::string::npos) << text;
  // A short answer with no concrete claim quotes nothing.
  std::string thin =
      ProposalReviewReport(Review(DefaultPlaybook(), Thin())).RenderText({200, false});
  EXPECT_EQ(thin.find("\"We test everything"), std::string::npos) << thin;
}

}  // namespace
}  // namespace firsthire

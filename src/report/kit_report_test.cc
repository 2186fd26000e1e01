#include "report/kit_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "firsthire/kit.h"
#include "firsthire/playbook.h"

namespace firsthire {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A brief that raises warnings, so every interviewer-only part is present.
Brief WarningBrief() {
  Brief b;
  b.workflow.name = "Claims intake assistant";
  b.workflow.description = "Answer adjusters' questions about a claim.";
  b.metric = {"minutes per claim", 40, 15, "minutes"};
  b.sources = {{"Claims DB", DataAccess::kRequested, DataSensitivity::kRegulated}};
  b.owner = {"Dana", "Head of Claims"};
  b.role.title = "Founding AI engineer";
  b.role.interview_focus = {InterviewFocus::kModelFamiliarity};
  return b;
}

InterviewKit Kit() { return BuildKit(DefaultPlaybook(), WarningBrief()); }

// Whitespace collapsed and escaping backslashes dropped, so a sentence can be
// found whether it was wrapped at 80 columns, escaped for Markdown or JSON.
std::string Flat(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') continue;
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

// Every text only an interviewer may see.
std::vector<std::string> InterviewerOnlyTexts(const InterviewKit& kit) {
  std::vector<std::string> texts = {kit.answer_rule, kit.gate.reason,
                                    kit.plan_question.judgement_note, kit.role.reason,
                                    kit.role.shape_reason};
  for (const auto& c : kit.categories) {
    texts.push_back(c.strong);
    texts.push_back(c.fail);
  }
  for (const auto& q : kit.questions) {
    texts.push_back(q.strong);
    texts.push_back(q.weak);
  }
  for (const auto& s : kit.signal_map) {
    texts.push_back(s.strong);
    texts.push_back(s.weak);
  }
  for (const auto& f : kit.red_flags) {
    texts.push_back(f.title);
    texts.push_back(f.description);
  }
  for (const auto& w : kit.plan_question.expected) {
    for (const auto& d : w.deliverables) texts.push_back(d.text);
  }
  for (const auto& w : kit.warnings) texts.push_back(w.reason);
  return texts;
}

std::vector<std::pair<std::string, std::string>> AllFormats(const InterviewKit& kit,
                                                            KitAudience audience) {
  Report report = KitReport(kit, audience);
  return {{"text", report.RenderText({80, false})},
          {"md", report.RenderMarkdown()},
          {"json", KitToJson(kit, audience).dump(2)}};
}

TEST(KitReportTest, CandidateVersionLeavesOutAnchorsFlagsGateInEveryFormat) {
  InterviewKit kit = Kit();
  ASSERT_FALSE(kit.warnings.empty());
  std::vector<std::string> hidden = InterviewerOnlyTexts(kit);
  for (const auto& [format, output] : AllFormats(kit, KitAudience::kCandidate)) {
    std::string flat = Flat(output);
    for (const std::string& text : hidden) {
      EXPECT_THAT(flat, Not(HasSubstr(Flat(text)))) << format;
    }
    // What the candidate does get: every question and the plan request.
    for (const auto& q : kit.questions) EXPECT_THAT(flat, HasSubstr(Flat(q.text))) << format;
    EXPECT_THAT(flat, HasSubstr(Flat(kit.plan_question.text))) << format;
    for (const auto& c : kit.categories) EXPECT_THAT(flat, HasSubstr(c.title)) << format;
  }
}

TEST(KitReportTest, InterviewerVersionHasEverythingInEveryFormat) {
  InterviewKit kit = Kit();
  for (const auto& [format, output] : AllFormats(kit, KitAudience::kInterviewer)) {
    std::string flat = Flat(output);
    for (const std::string& text : InterviewerOnlyTexts(kit)) {
      EXPECT_THAT(flat, HasSubstr(Flat(text))) << format;
    }
    EXPECT_THAT(flat, HasSubstr(kit.gate.rule)) << format;
    for (const auto& w : kit.warnings) EXPECT_THAT(flat, HasSubstr(w.rule)) << format;
  }
}

std::set<std::string> Keys(const nlohmann::json& object) {
  std::set<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.insert(key);
  return keys;
}

TEST(KitToJsonTest, InterviewerKeys) {
  nlohmann::json j = KitToJson(Kit());
  EXPECT_EQ(Keys(j), (std::set<std::string>{"playbook", "audience", "role", "scale", "categories",
                                            "questions", "answer_rule", "signal_map", "red_flags",
                                            "gate", "plan_question", "warnings", "scope",
                                            "trait_probes"}));
  EXPECT_EQ(j["trait_probes"].size(), DefaultPlaybook().trait_probes.size());
  EXPECT_EQ(Keys(j["trait_probes"][0]),
            (std::set<std::string>{"id", "traits", "text", "strong", "weak", "rule"}));
  EXPECT_EQ(j["audience"], "interviewer");
  EXPECT_EQ(j["role"]["archetype"], "ai_engineer_with_compliance");
  EXPECT_EQ(j["role"]["shape"], "regulated_assistant");
  EXPECT_EQ(j["role"]["rule"], "first_hire.regulated_assistant");
  EXPECT_EQ(j["role"]["brief_title"], "Founding AI engineer");
  EXPECT_EQ(j["scale"]["min"], 1);
  EXPECT_EQ(j["scale"]["max"], 5);
  EXPECT_EQ(j["categories"].size(), 5u);
  EXPECT_EQ(Keys(j["categories"][0]), (std::set<std::string>{"id", "title", "strong", "fail"}));
  EXPECT_EQ(Keys(j["questions"][0]),
            (std::set<std::string>{"id", "text", "categories", "strong", "weak", "archetype"}));
  EXPECT_TRUE(j["questions"][0]["archetype"].is_null());
  EXPECT_EQ(j["questions"].back()["id"], "audit_trail");
  EXPECT_EQ(j["questions"].back()["archetype"], "ai_engineer_with_compliance");
  EXPECT_EQ(Keys(j["gate"]), (std::set<std::string>{"categories", "threshold", "rule", "reason"}));
  EXPECT_EQ(j["gate"]["threshold"], 3);
  EXPECT_EQ(j["red_flags"].size(), 5u);
  EXPECT_EQ(Keys(j["plan_question"]),
            (std::set<std::string>{"text", "expected", "judgement_note"}));
  EXPECT_EQ(j["plan_question"]["expected"].size(), 3u);
  EXPECT_EQ(Keys(j["warnings"][0]), (std::set<std::string>{"id", "title", "rule", "reason"}));
}

TEST(KitToJsonTest, CandidateKeys) {
  nlohmann::json j = KitToJson(Kit(), KitAudience::kCandidate);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"playbook", "audience", "role", "scale", "categories",
                                            "questions", "plan_question"}));
  EXPECT_EQ(j["audience"], "candidate");
  EXPECT_EQ(Keys(j["role"]), (std::set<std::string>{"archetype", "title", "description"}));
  EXPECT_EQ(Keys(j["categories"][0]), (std::set<std::string>{"id", "title"}));
  EXPECT_EQ(Keys(j["questions"][0]), (std::set<std::string>{"id", "text", "categories"}));
  EXPECT_EQ(Keys(j["plan_question"]), (std::set<std::string>{"text"}));
}

TEST(KitReportTest, TextFitsEightyColumns) {
  for (KitAudience audience : {KitAudience::kInterviewer, KitAudience::kCandidate}) {
    std::istringstream lines(KitReport(Kit(), audience).RenderText({80, false}));
    std::string line;
    while (std::getline(lines, line)) {
      int width = 0;
      for (unsigned char c : line) width += (c & 0xC0) != 0x80;
      EXPECT_LE(width, 80) << line;
    }
  }
}

TEST(KitReportTest, MarkdownIsOneDocumentWithAScorecardToFill) {
  std::string md = KitReport(Kit()).RenderMarkdown();
  EXPECT_EQ(md.rfind("# Interview kit: Founding AI engineer", 0), 0u);
  EXPECT_THAT(md, HasSubstr("| Category | Score | Evidence |"));
  EXPECT_THAT(md, HasSubstr("| 1 2 3 4 5 |"));
  std::string candidate = KitReport(Kit(), KitAudience::kCandidate).RenderMarkdown();
  EXPECT_EQ(candidate.rfind("# Interview: Founding AI engineer", 0), 0u);
  EXPECT_THAT(candidate, Not(HasSubstr("Scorecard")));
}

TEST(KitAudienceTest, ParsesTheTwoAudiences) {
  EXPECT_EQ(ParseKitAudience("interviewer"), KitAudience::kInterviewer);
  EXPECT_EQ(ParseKitAudience("candidate"), KitAudience::kCandidate);
  EXPECT_EQ(ParseKitAudience("Candidate"), std::nullopt);
  EXPECT_EQ(ParseKitAudience(""), std::nullopt);
  EXPECT_STREQ(KitAudienceName(KitAudience::kCandidate), "candidate");
}

}  // namespace
}  // namespace firsthire

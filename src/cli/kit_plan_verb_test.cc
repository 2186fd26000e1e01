// The kit and plan verbs through their CLI wiring: options, the brief file,
// the three formats and the exit codes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>

#include "cli/verb_test_runner.h"
#include "cli/verbs.h"
#include "firsthire/playbook.h"

namespace firsthire {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kBrief = R"(
workflow:
  name: Contract review assistant
  description: Lawyers ask questions about supplier contracts and get answers with the clauses cited.
metric: {name: hours per contract review, baseline: 3, target: 1.5, unit: hours}
data:
  sources:
    - {name: Contract archive, access: available, sensitivity: confidential}
constraints: {mistake_cost: high, human_review: true, security_review: design}
owner: {name: Ana Ruiz, role: General counsel}
shape: knowledge_assistant
)";

std::string WriteTemp(const std::string& text) { return WriteTempInput("fh_kit_plan", text); }

// The verbs under test, registered as main.cc does.
VerbRun RunVerb(const std::string& args) { return RunVerbs(args, {AddKitVerb, AddPlanVerb}); }

std::string Flat(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') continue;
    bool space = c == ' ' || c == '\n';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

// The default playbook's texts that only an interviewer may see.
std::vector<std::string> AnchorTexts() {
  const Playbook& pb = DefaultPlaybook();
  std::vector<std::string> texts = {pb.scorecard.gate_rule, pb.answer_rule,
                                    pb.plan.judgement_note};
  for (const auto& c : pb.categories) {
    texts.push_back(c.strong);
    texts.push_back(c.fail);
  }
  auto add_questions = [&](const std::vector<Question>& questions) {
    for (const auto& q : questions) {
      texts.push_back(q.strong);
      texts.push_back(q.weak);
    }
  };
  add_questions(pb.questions);
  for (const auto& [archetype, questions] : pb.archetype_questions) add_questions(questions);
  for (const auto& f : pb.red_flags) {
    texts.push_back(f.title);
    texts.push_back(f.description);
  }
  for (const auto& s : pb.signal_map) {
    texts.push_back(s.strong);
    texts.push_back(s.weak);
  }
  return texts;
}

TEST(KitVerbTest, CandidateKitHasNoAnchorsInAnyFormat) {
  std::string path = WriteTemp(kBrief);
  for (const char* format : {"text", "json", "md"}) {
    VerbRun run = RunVerb(std::string("--format ") + format + " kit " + path + " --for candidate");
    ASSERT_EQ(run.exit_code, 0) << format << run.err;
    std::string flat = Flat(run.out);
    for (const std::string& text : AnchorTexts()) {
      EXPECT_THAT(flat, Not(HasSubstr(Flat(text)))) << format;
    }
    EXPECT_THAT(flat, HasSubstr("How would you measure retrieval quality")) << format;
    EXPECT_THAT(flat, HasSubstr("Contract review assistant")) << format;
  }
  std::filesystem::remove(path);
}

TEST(KitVerbTest, InterviewerIsTheDefault) {
  std::string path = WriteTemp(kBrief);
  VerbRun run = RunVerb("--format json kit " + path);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["audience"], "interviewer");
  EXPECT_EQ(j["role"]["archetype"], "rag_ai_engineer");
  EXPECT_EQ(j["gate"]["rule"], DefaultPlaybook().scorecard.gate_rule);
  EXPECT_EQ(j["questions"].back()["id"], "retrieval_eval");
  std::filesystem::remove(path);
}

TEST(KitVerbTest, UnknownAudienceIsBadUsage) {
  std::string path = WriteTemp(kBrief);
  VerbRun run = RunVerb("kit " + path + " --for recruiter");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  std::filesystem::remove(path);
}

TEST(PlanVerbTest, JsonPlanCarriesTheBriefsMetricSourcesAndRisks) {
  std::string path = WriteTemp(kBrief);
  VerbRun run = RunVerb("--format json plan " + path);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["workflow"], "Contract review assistant");
  EXPECT_EQ(j["owner"], "Ana Ruiz, General counsel");
  ASSERT_EQ(j["windows"].size(), 3u);
  std::string all = j.dump();
  EXPECT_THAT(all, HasSubstr("hours per contract review"));
  EXPECT_THAT(all, HasSubstr("Contract archive (confidential)"));
  EXPECT_THAT(all, HasSubstr("confidential data in Contract archive"));
  EXPECT_THAT(j["go_no_go"]["go"].get<std::string>(), HasSubstr("1.5 hours"));
  std::filesystem::remove(path);
}

TEST(PlanVerbTest, BadBriefIsExitTwoWithALocatedErrorAndNoOutput) {
  std::string path = WriteTemp("workflow:\n  name: X\nconstraints:\n  mistake_cost: catastrophic\n");
  VerbRun run = RunVerb("plan " + path);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, HasSubstr(":4:"));
  EXPECT_THAT(run.err, HasSubstr("catastrophic"));
  std::filesystem::remove(path);
}

TEST(PlanVerbTest, MissingFileIsExitTwo) {
  VerbRun run = RunVerb("plan /nonexistent/brief.yaml");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
}

}  // namespace
}  // namespace firsthire

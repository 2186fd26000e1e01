#include <gtest/gtest.h>

#include <map>

#include "firsthire/scorecard.h"

namespace firsthire {
namespace {

Result<CandidateScorecards> Load(const std::string& text, Diagnostics* d) {
  return LoadScorecards(text, "cards.yaml", DefaultPlaybook(), d);
}

std::string ErrorOf(const std::string& text, int* line = nullptr, int* column = nullptr) {
  Diagnostics d;
  auto r = Load(text, &d);
  EXPECT_FALSE(r.ok()) << text;
  if (r.ok()) return "";
  if (line) *line = r.status().location().line;
  if (column) *column = r.status().location().column;
  EXPECT_EQ(r.status().location().file, "cards.yaml");
  return r.status().message();
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(ScorecardLoader, ReadsEveryField) {
  Diagnostics d;
  auto c = Load(R"(
candidate: {id: cand-7, name: Robin Ortiz}
scorecards:
  - interviewer: Ana
    scores: {production_shipping: 4, eval_discipline: 3}
    notes: {production_shipping: Shipped a support triage bot used by 40 agents.}
    red_flags: [unmodeled_cost, unmodeled_cost]
  - interviewer: Ben
    scores: {security_guardrails: 5}
)", &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->candidate_id, "cand-7");
  EXPECT_EQ(c->candidate_name, "Robin Ortiz");
  ASSERT_EQ(c->scorecards.size(), 2u);
  EXPECT_EQ(c->scorecards[0].interviewer, "Ana");
  EXPECT_EQ(c->scorecards[0].scores.at("production_shipping"), 4);
  EXPECT_EQ(c->scorecards[0].scores.at("eval_discipline"), 3);
  EXPECT_EQ(c->scorecards[0].notes.size(), 1u);
  EXPECT_EQ(c->scorecards[0].red_flags, std::vector<std::string>{"unmodeled_cost"});
  EXPECT_EQ(c->scorecards[1].scores.at("security_guardrails"), 5);
  EXPECT_TRUE(d.warnings().empty());
}

TEST(ScorecardLoader, TraitSignalsAreOptionalWholeNumbersZeroToFive) {
  Diagnostics d;
  auto c = Load(R"(
candidate: {name: Robin}
scorecards:
  - interviewer: Ana
    scores: {production_shipping: 4}
    traits: {domain_expertise: 4, meta: 0}
  - interviewer: Ben
    scores: {production_shipping: 4}
)", &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->scorecards[0].traits, (std::map<std::string, int>{{"domain_expertise", 4}, {"meta", 0}}));
  EXPECT_TRUE(c->scorecards[1].traits.empty());
  int line = 0, column = 0;
  std::string e = ErrorOf(R"(
candidate: {name: Robin}
scorecards:
  - interviewer: Ana
    scores: {production_shipping: 4}
    traits: {domain_expertize: 4}
)", &line, &column);
  EXPECT_TRUE(Has(e, "unknown trait 'domain_expertize'")) << e;
  EXPECT_TRUE(Has(e, "domain_expertise")) << e;  // did you mean
  EXPECT_EQ(line, 6);
  e = ErrorOf(R"(
candidate: {name: Robin}
scorecards:
  - interviewer: Ana
    scores: {production_shipping: 4}
    traits: {meta: 6}
)", &line, &column);
  EXPECT_EQ(line, 6);
  EXPECT_FALSE(e.empty());
}

TEST(ScorecardLoader, JsonIsAcceptedToo) {
  Diagnostics d;
  auto c = Load(R"({"candidate": {"name": "R"}, "scorecards": [
    {"interviewer": "Ana", "scores": {"cost_observability": 2}, "red_flags": ["no_data_questions"]}]})",
                &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->scorecards[0].scores.at("cost_observability"), 2);
}

TEST(ScorecardLoader, ScoreAboveRangeNamesLineColumnAndRange) {
  int line = 0, column = 0;
  std::string msg = ErrorOf(
      "candidate: {name: R}\nscorecards:\n  - interviewer: Ana\n    scores:\n"
      "      eval_discipline: 6\n",
      &line, &column);
  EXPECT_EQ(line, 5);
  EXPECT_EQ(column, 24);
  EXPECT_TRUE(Has(msg, "between 1 and 5")) << msg;
  EXPECT_TRUE(Has(msg, "scorecards[0].scores.eval_discipline")) << msg;
}

TEST(ScorecardLoader, ZeroAndFractionsAreRejected) {
  std::string zero = ErrorOf(
      "candidate: {name: R}\nscorecards: [{interviewer: A, scores: {eval_discipline: 0}}]\n");
  EXPECT_TRUE(Has(zero, "between 1 and 5")) << zero;
  int line = 0;
  std::string half = ErrorOf(
      "candidate: {name: R}\nscorecards:\n  - interviewer: A\n    scores: {eval_discipline: 3.5}\n",
      &line);
  EXPECT_EQ(line, 4);
  EXPECT_TRUE(Has(half, "whole number between 1 and 5")) << half;
  EXPECT_TRUE(Has(half, "3.5")) << half;
  std::string word = ErrorOf(
      "candidate: {name: R}\nscorecards: [{interviewer: A, scores: {eval_discipline: high}}]\n");
  EXPECT_TRUE(Has(word, "whole number")) << word;
}

TEST(ScorecardLoader, UnknownCategorySuggestsTheClosest) {
  int line = 0;
  std::string msg = ErrorOf(
      "candidate: {name: R}\nscorecards:\n  - interviewer: A\n    scores:\n"
      "      eval_disciplin: 3\n",
      &line);
  EXPECT_EQ(line, 5);
  EXPECT_TRUE(Has(msg, "unknown category 'eval_disciplin'")) << msg;
  EXPECT_TRUE(Has(msg, "did you mean 'eval_discipline'")) << msg;
  std::string in_notes = ErrorOf(
      "candidate: {name: R}\nscorecards:\n  - interviewer: A\n    scores: {eval_discipline: 3}\n"
      "    notes: {securty_guardrails: x}\n");
  EXPECT_TRUE(Has(in_notes, "did you mean 'security_guardrails'")) << in_notes;
}

TEST(ScorecardLoader, UnknownRedFlagSuggestsTheClosest) {
  int line = 0;
  std::string msg = ErrorOf(
      "candidate: {name: R}\nscorecards:\n  - interviewer: A\n    scores: {eval_discipline: 3}\n"
      "    red_flags: [unmodelled_cost]\n",
      &line);
  EXPECT_EQ(line, 5);
  EXPECT_TRUE(Has(msg, "unknown red flag 'unmodelled_cost'")) << msg;
  EXPECT_TRUE(Has(msg, "did you mean 'unmodeled_cost'")) << msg;
}

TEST(ScorecardLoader, AtLeastOneScorecard) {
  EXPECT_TRUE(Has(ErrorOf("candidate: {name: R}\nscorecards: []\n"), "at least one"));
  EXPECT_TRUE(Has(ErrorOf("candidate: {name: R}\n"), "missing required field 'scorecards'"));
  EXPECT_TRUE(Has(ErrorOf("candidate: {name: R}\nscorecards: [{interviewer: A, scores: {}}]\n"),
                  "score at least one category"));
  EXPECT_TRUE(Has(ErrorOf("candidate: {name: R}\nscorecards: [{interviewer: A}]\n"),
                  "missing required field 'scorecards[0].scores'"));
}

TEST(ScorecardLoader, AnInterviewerAppearsOnce) {
  int line = 0;
  std::string msg = ErrorOf(
      "candidate: {name: R}\nscorecards:\n"
      "  - {interviewer: Ana, scores: {eval_discipline: 3}}\n"
      "  - {interviewer: Ana, scores: {eval_discipline: 4}}\n",
      &line);
  EXPECT_EQ(line, 4);
  EXPECT_TRUE(Has(msg, "'Ana' already has a scorecard (line 3)")) << msg;
}

TEST(ScorecardLoader, CandidateNameAndInterviewerAreRequired) {
  EXPECT_TRUE(Has(ErrorOf("scorecards: [{interviewer: A, scores: {eval_discipline: 3}}]\n"),
                  "missing required field 'candidate'"));
  EXPECT_TRUE(Has(ErrorOf("candidate: {id: x}\nscorecards: [{interviewer: A, scores: {eval_discipline: 3}}]\n"),
                  "missing required field 'candidate.name'"));
  EXPECT_TRUE(Has(ErrorOf("candidate: {name: R}\nscorecards: [{scores: {eval_discipline: 3}}]\n"),
                  "missing required field 'scorecards[0].interviewer'"));
}

TEST(ScorecardLoader, UnknownKeysAndStrayNotesAreWarnings) {
  Diagnostics d;
  auto c = Load(
      "candidate: {name: R}\nscorecards:\n  - interviewer: A\n    scores: {eval_discipline: 3}\n"
      "    notes: {cost_observability: asked about dashboards}\n    redflags: []\n",
      &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  ASSERT_EQ(d.warnings().size(), 2u);
  EXPECT_TRUE(Has(d.warnings()[0].message + d.warnings()[1].message, "did you mean 'red_flags'"));
  EXPECT_TRUE(Has(d.warnings()[0].message + d.warnings()[1].message, "no score for it"));
}

TEST(ScorecardLoader, ScoreRangeComesFromThePlaybook) {
  Playbook wide = DefaultPlaybook();
  wide.scorecard.max_score = 10;
  Diagnostics d;
  auto c = LoadScorecards("candidate: {name: R}\nscorecards: [{interviewer: A, scores: {eval_discipline: 8}}]\n",
                          "cards.yaml", wide, &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->scorecards[0].scores.at("eval_discipline"), 8);
}

TEST(ScorecardLoader, SyntaxErrorIsLocated) {
  int line = 0;
  std::string msg = ErrorOf("candidate: {name: R\nscorecards: [\n", &line);
  EXPECT_GT(line, 0);
  EXPECT_TRUE(Has(msg, "syntax error")) << msg;
}

}  // namespace
}  // namespace firsthire

namespace firsthire {
namespace {

TEST(ScorecardLoader, ReadsTheSummaryBesideTheNotes) {
  Diagnostics d;
  auto c = Load(R"(
candidate: {name: R}
scorecards:
  - interviewer: Ana
    scores: {eval_discipline: 4}
    notes: {eval_discipline: Golden set of 300 tickets.}
    summary: Strong on evals, did not get to security.
  - interviewer: Ben
    scores: {eval_discipline: 3}
    summary: "   "
)", &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->scorecards[0].summary, "Strong on evals, did not get to security.");
  EXPECT_EQ(c->scorecards[1].summary, "");  // blank is no summary
  EXPECT_TRUE(d.warnings().empty());
}

TEST(ScorecardLoader, SummaryOfTheWrongTypeIsLocated) {
  int line = 0;
  std::string message = ErrorOf(R"(candidate: {name: R}
scorecards:
  - interviewer: Ana
    scores: {eval_discipline: 4}
    summary: [a, b]
)", &line);
  EXPECT_EQ(line, 5);
  EXPECT_TRUE(Has(message, "summary")) << message;
}

TEST(ScorecardLoader, PartialScorecardsLeaveUnassessedCategoriesAbsent) {
  Diagnostics d;
  auto c = Load(R"(
candidate: {name: R}
scorecards:
  - interviewer: Ana
    scores: {eval_discipline: 4}
)", &d);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->scorecards[0].scores.size(), 1u);
  EXPECT_FALSE(c->scorecards[0].scores.count("security_guardrails"));
}

}  // namespace
}  // namespace firsthire

#include "firsthire/model_evidence.h"

#include <gtest/gtest.h>

#include "firsthire/scorecard.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

Scorecard Card() {
  Scorecard card;
  card.interviewer = "Ana";
  card.scores = {{"eval_discipline", 4}};
  card.notes = {{"eval_discipline", "They compared two prompt versions on last month's tickets."},
                {"production_shipping", "Shipped the triage bot; it still runs."}};
  card.summary = "Mostly checks answers by hand before a release.";
  return card;
}

TEST(ModelEvidence, AddsAVerbatimQuoteMarkedAsTheModels) {
  Scorecard card = Card();
  ScorecardEvidence evidence = ReviewScorecardEvidence(Pb(), card);
  size_t before = evidence.signals.size();
  ModelAnswer answer;
  answer.signals.push_back(
      {"eval_discipline", "eval_discipline", "strong", " compared two prompt versions "});
  ModelMergeCounts counts = MergeModelEvidence(Pb(), card, answer, &evidence);
  EXPECT_EQ(counts.added, 1);
  ASSERT_EQ(evidence.signals.size(), before + 1);
  const EvidenceSignal& s = evidence.signals.back();
  EXPECT_EQ(s.quote, "compared two prompt versions");
  EXPECT_EQ(card.notes["eval_discipline"].substr(s.start, s.end - s.start), s.quote);
  EXPECT_EQ(s.source, "model");
  EXPECT_EQ(s.rule, "evidence.model");
  EXPECT_EQ(s.note, "eval_discipline");
}

TEST(ModelEvidence, PlaybookFindingsHaveNoSource) {
  ScorecardEvidence evidence = ReviewScorecardEvidence(Pb(), Card());
  for (const auto& s : evidence.signals) EXPECT_EQ(s.source, "");
  for (const auto& f : evidence.red_flags) EXPECT_EQ(f.source, "");
}

TEST(ModelEvidence, DropsAQuoteThatIsNotInAnyNote) {
  Scorecard card = Card();
  ScorecardEvidence evidence;
  ModelAnswer answer;
  answer.signals.push_back({"eval_discipline", "eval_discipline", "strong",
                            "compared three prompt versions"});  // the note says two
  answer.red_flags.push_back({"summary", "manual_validation_only", "checks everything by hand"});
  ModelMergeCounts counts = MergeModelEvidence(Pb(), card, answer, &evidence);
  EXPECT_EQ(counts.not_verbatim, 2);
  EXPECT_EQ(counts.added, 0);
  EXPECT_TRUE(evidence.signals.empty());
  EXPECT_TRUE(evidence.red_flags.empty());
}

TEST(ModelEvidence, FindsTheQuoteInAnotherNoteThanTheOneNamed) {
  Scorecard card = Card();
  ScorecardEvidence evidence;
  ModelAnswer answer;
  answer.red_flags.push_back(
      {"eval_discipline", "manual_validation_only", "checks answers by hand"});
  EXPECT_EQ(MergeModelEvidence(Pb(), card, answer, &evidence).added, 1);
  ASSERT_EQ(evidence.red_flags.size(), 1u);
  EXPECT_EQ(evidence.red_flags[0].note, "summary");
  EXPECT_EQ(evidence.red_flags[0].source, "model");
  EXPECT_EQ(card.summary.substr(evidence.red_flags[0].start, 22), "checks answers by hand");
}

TEST(ModelEvidence, DropsIdsThePlaybookDoesNotHave) {
  ScorecardEvidence evidence;
  ModelAnswer answer;
  answer.signals.push_back({"summary", "charisma", "strong", "Shipped the triage bot"});
  answer.signals.push_back({"summary", "production_shipping", "maybe", "Shipped the triage bot"});
  answer.red_flags.push_back({"summary", "arrogance", "Shipped the triage bot"});
  ModelMergeCounts counts = MergeModelEvidence(Pb(), Card(), answer, &evidence);
  EXPECT_EQ(counts.unknown_id, 3);
  EXPECT_EQ(counts.added, 0);
}

TEST(ModelEvidence, DropsWhatThePlaybookAlreadyFoundOnTheSameWords) {
  Scorecard card = Card();
  card.summary = "Said they mostly eyeball the outputs.";
  ScorecardEvidence evidence = ReviewScorecardEvidence(Pb(), card);
  ASSERT_FALSE(evidence.red_flags.empty());  // the playbook's cue found "eyeball"
  size_t flags = evidence.red_flags.size();
  ModelAnswer answer;
  answer.red_flags.push_back({"summary", "manual_validation_only", "mostly eyeball the outputs"});
  // The same words for another category are not a duplicate.
  answer.signals.push_back({"summary", "production_shipping", "fail", "eyeball the outputs"});
  ModelMergeCounts counts = MergeModelEvidence(Pb(), card, answer, &evidence);
  EXPECT_EQ(counts.duplicate, 1);
  EXPECT_EQ(counts.added, 1);
  EXPECT_EQ(evidence.red_flags.size(), flags);
}

TEST(ModelEvidence, ChangesNoMismatch) {
  Scorecard card = Card();
  card.scores = {{"production_shipping", 5}};
  ScorecardEvidence evidence = ReviewScorecardEvidence(Pb(), card);
  size_t mismatches = evidence.mismatches.size();
  ModelAnswer answer;
  answer.signals.push_back({"production_shipping", "production_shipping", "fail", "it still runs"});
  answer.red_flags.push_back({"summary", "manual_validation_only", "checks answers by hand"});
  MergeModelEvidence(Pb(), card, answer, &evidence);
  EXPECT_EQ(evidence.mismatches.size(), mismatches);
}

}  // namespace
}  // namespace firsthire

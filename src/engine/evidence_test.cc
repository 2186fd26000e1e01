#include "firsthire/evidence.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "engine/evidence_accuracy.h"
#include "engine/evidence_text.h"
#include "firsthire/scorecard.h"

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

NoteFindings Find(const std::string& text) { return FindEvidence(Pb(), text, "summary"); }

// "category/polarity" of the signals found, once each.
std::vector<std::string> Keys(const NoteFindings& f) {
  std::set<std::string> keys;
  for (const auto& s : f.signals) keys.insert(s.category + "/" + IdOf(s.polarity));
  return {keys.begin(), keys.end()};
}

std::vector<std::string> Flags(const NoteFindings& f) {
  std::vector<std::string> out;
  for (const auto& s : f.red_flags) out.push_back(s.id);
  return out;
}

TEST(Evidence, QuotesTheExactWordsWithByteOffsetsAndRule) {
  std::string text = "Their eval setup: a golden set of 300 labelled tickets.";
  NoteFindings f = Find(text);
  ASSERT_EQ(Keys(f), std::vector<std::string>{"eval_discipline/strong"});
  const EvidenceSignal& s = f.signals[0];
  // The longest of the overlapping findings of one key is quoted: the counted
  // set ("a set of N items") over the bare "golden set".
  EXPECT_EQ(s.quote, "set of 300 labelled tickets");
  EXPECT_EQ(text.substr(s.start, s.end - s.start), s.quote);
  EXPECT_EQ(s.rule, "evidence.eval_discipline.strong");
  EXPECT_EQ(s.note, "summary");
  EXPECT_TRUE(s.concrete);  // "300", inside the quote
}

TEST(Evidence, ManualValidationIsAFailSignalAndARedFlag) {
  NoteFindings f = Find("Said they mostly eyeball the outputs.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_EQ(Flags(f), std::vector<std::string>{"manual_validation_only"});
  EXPECT_EQ(f.signals[0].quote, "eyeball");
}

TEST(Evidence, NegatedFailCuesAreNotTheThingTheyName) {
  EXPECT_TRUE(Find("Did not eyeball anything.").signals.empty());
  EXPECT_TRUE(Find("Never relied on spot checks.").red_flags.empty());
  EXPECT_TRUE(Find("Never relied on spot checks.").signals.empty());
  // The negation stops at a comma: the second clause still counts.
  NoteFindings f = Find("Did not eyeball anything, built a regression suite of 150 cases.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"eval_discipline/strong"});
}

TEST(Evidence, ANegatedPracticeIsAFailSignalQuotedFromTheNegation) {
  NoteFindings f = Find("They never deployed anything to production.");
  ASSERT_EQ(Keys(f), std::vector<std::string>{"production_shipping/fail"});
  ASSERT_EQ(f.signals.size(), 1u);  // the longest reading, not "to production" as strong
  EXPECT_EQ(f.signals[0].quote, "never deployed anything to production");
  NoteFindings g = Find("The bot has no golden set.");
  ASSERT_EQ(Keys(g), std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_EQ(g.signals[0].quote, "no golden set");
  EXPECT_EQ(g.signals[0].rule, "evidence.negated");
}

TEST(Evidence, ContractionsNegateAndQuoteTheWholeWord) {
  NoteFindings f = Find("They didn't have a golden set.");
  ASSERT_EQ(Keys(f), std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_EQ(f.signals[0].quote, "didn't have a golden set");
}

TEST(Evidence, HedgedStrongCuesArePlansNotEvidence) {
  EXPECT_TRUE(Find("Would build an eval set with a golden set of tickets.").signals.empty());
  EXPECT_TRUE(Find("They plan to add model routing and caching.").signals.empty());
}

TEST(Evidence, DeferredSecurityIsTheFailSignal) {
  NoteFindings f = Find("We'll add guardrails later.");
  ASSERT_EQ(Keys(f), std::vector<std::string>{"security_guardrails/fail"});
  EXPECT_EQ(f.signals[0].quote, "We'll add guardrails later");
  // Deferring evaluation is a plan, not a security failure and not evidence.
  EXPECT_TRUE(Find("Will add a golden set later.").signals.empty());
}

TEST(Evidence, GenericWordsNeedAConcreteDetailBeside) {
  EXPECT_TRUE(Find("Talked about monitoring.").signals.empty());
  NoteFindings f = Find("Set up monitoring in Grafana.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"cost_observability/strong"});
}

TEST(Evidence, ClausesScopeTheNegation) {
  // "but" starts a new clause: the negation before it does not reach the cue.
  NoteFindings f = Find("No fine-tuning, but the retriever filters by the user's permissions.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"data_retrieval/strong"});
}

TEST(Evidence, ANoteCarriesSignalsForOtherCategories) {
  NoteFindings f = Find("Logs every model call with token counts to Langfuse; red-teamed the bot.");
  EXPECT_EQ(Keys(f), (std::vector<std::string>{"cost_observability/strong",
                                                "security_guardrails/strong"}));
}

TEST(Evidence, NotesThatCarryNothingFindNothing) {
  NoteFindings f = Find("Friendly, arrived on time, asked good questions about the team.");
  EXPECT_TRUE(f.signals.empty());
  EXPECT_TRUE(f.red_flags.empty());
  EXPECT_TRUE(Find("").signals.empty());
}

TEST(EvidenceText, StemsShareTheFormsOfOneWord) {
  EXPECT_EQ(Stem("shipped"), "ship");
  EXPECT_EQ(Stem("shipping"), "ship");
  EXPECT_EQ(Stem("ships"), "ship");
  EXPECT_EQ(Stem("rolled"), "roll");  // a doubled l stays
  EXPECT_EQ(Stem("tries"), Stem("tried"));
  EXPECT_EQ(Stem("caches"), Stem("cache"));
  EXPECT_EQ(Stem("used"), "used");  // "us" would be too short
  EXPECT_EQ(Stem("gpt-4"), "gpt-4");
  EXPECT_EQ(Stem("status"), "status");
}

bool Matches(const std::string& pattern, const std::string& text) {
  Clause clause = SplitClauses(text, {}).at(0);
  for (size_t i = 0; i < clause.size(); ++i) {
    if (MatchAt(CompilePattern(pattern), clause, i)) return true;
  }
  return false;
}

TEST(EvidenceText, ABaseFormMatchesItsInflectionsAnInflectedFormOnlyItself) {
  EXPECT_TRUE(Matches("ship", "they shipped it"));
  EXPECT_TRUE(Matches("eyeball", "eyeballing outputs"));
  EXPECT_FALSE(Matches("shipped", "they ship it"));
  EXPECT_FALSE(Matches("launched", "before the launch"));
  EXPECT_FALSE(Matches("ship", "shipment"));  // a prefix is asked for with *
}

TEST(EvidenceText, APossessiveTakesNoGapWord) {
  // "filter* .. by .. department*": three words may lie between "by" and "department".
  EXPECT_TRUE(Matches("filter* .. by .. department*",
                      "filtered it by the requesting employee's department"));
  EXPECT_FALSE(Matches("filter* .. by .. department*",
                       "filtered it by the one requesting employee department"));
}

TEST(Evidence, InflectedFormsOfACueCountAndAreStillNegated) {
  EXPECT_EQ(Keys(Find("They eyeballed the outputs.")),
            std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_TRUE(Find("They never eyeballed anything.").signals.empty());
}

TEST(Evidence, NegationReachesPastOnlyAndJust) {
  EXPECT_EQ(Keys(Find("They just read outputs.")),
            std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_TRUE(Find("They did not just read outputs.").signals.empty());
  EXPECT_TRUE(Find("They did not just read outputs.").red_flags.empty());
}

TEST(Evidence, TermsInCuesCoverTheirWholeWordList) {
  // "read*|review*|look* at|check* .. sample|handful|few|couple .. @outputs"
  NoteFindings f = Find("Checks quality by reading a sample of twenty chats every Friday.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_EQ(Flags(f), std::vector<std::string>{"manual_validation_only"});
  EXPECT_TRUE(Find("Never relied on reading a sample of chats.").signals.empty());
  // "@seem @fine": a subjective judgement, also through a degree word.
  EXPECT_EQ(Keys(Find("The summaries seemed pretty good to them.")),
            std::vector<std::string>{"eval_discipline/fail"});
  EXPECT_TRUE(Find("Good rapport with the panel.").signals.empty());
}

TEST(Evidence, ASufficiencyClaimIsTheFailSignalOnlyWhenAffirmed) {
  EXPECT_EQ(Keys(Find("Thinks the provider's safety filters are enough.")),
            std::vector<std::string>{"security_guardrails/fail"});
  EXPECT_TRUE(Find("The provider's safety filters are not enough, said they.").signals.empty());
}

TEST(Evidence, ACadenceMakesAnEvalRunEvidenceButNotWhenPlanned) {
  EXPECT_EQ(Keys(Find("Caught by their weekly eval run.")),
            std::vector<std::string>{"eval_discipline/strong"});
  EXPECT_TRUE(Find("They would set up a weekly eval run.").signals.empty());
}

TEST(Evidence, ADeferralInAClauseOfWorkDoneIsTimeNotAPlan) {
  NoteFindings f = Find(
      "Ran the assistant for two years after launch, including the upgrade to a new model "
      "version.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"production_shipping/strong"});
  // No verb of work done: a plan. A reporting verb ("asked") is none.
  EXPECT_TRUE(
      Find("Will run the assistant after launch and upgrade the model version.").signals.empty());
  EXPECT_TRUE(Find("Asked who maintains the CRM sync after launch.").signals.empty());
  // A modal beside the deferral keeps it a plan, even with a verb of work done.
  EXPECT_EQ(Keys(Find("Shipped the bot and would add guardrails later.")),
            std::vector<std::string>{"security_guardrails/fail"});
  EXPECT_EQ(Keys(Find("Added a red-team exercise later, after the first incident.")),
            std::vector<std::string>{"security_guardrails/strong"});
  EXPECT_EQ(Keys(Find("Will add a red-team exercise later.")),
            std::vector<std::string>{"security_guardrails/fail"});
}

TEST(EvidenceText, AFarGapSpansTheClauseButNotTheNextOne) {
  EXPECT_TRUE(Matches("no sense ... cost", "has no sense of what a month of calls would cost"));
  EXPECT_FALSE(Matches("no sense .. cost", "has no sense of what a month of calls would cost"));
  EXPECT_FALSE(Matches("cost ... no sense", "has no sense of what a month of calls would cost"));
  // SplitClauses ends the clause at the full stop: Matches reads the first only.
  EXPECT_FALSE(Matches("no sense ... cost", "has no sense of it. The cost is known"));
}

TEST(Evidence, ATopicNotDiscussedIsNoFinding) {
  // Negated through "get to": neither strong nor the negated fail signal.
  EXPECT_TRUE(Find("We didn't get to prompt injection.").signals.empty());
  EXPECT_EQ(Keys(Find("They didn't think about prompt injection.")),
            std::vector<std::string>{"security_guardrails/fail"});
}

TEST(Evidence, ANegatedNegationCancels) {
  NoteFindings f = Find("Never let the model call tools without a human confirming the action.");
  EXPECT_EQ(Keys(f), std::vector<std::string>{"security_guardrails/strong"});
  EXPECT_EQ(Keys(Find("Lets the model call tools without a human confirming the action.")),
            std::vector<std::string>{"security_guardrails/fail"});
}

Scorecard Card() {
  Scorecard card;
  card.interviewer = "Ana";
  return card;
}

std::vector<std::string> Rules(const ScorecardEvidence& e) {
  std::vector<std::string> out;
  for (const auto& m : e.mismatches) out.push_back(m.rule);
  return out;
}

TEST(EvidenceMismatch, HighScoreWithOnlyFailSignals) {
  Scorecard card = Card();
  card.scores["eval_discipline"] = 5;
  card.notes["eval_discipline"] = "Mostly eyeballs the outputs.";
  card.red_flags = {"manual_validation_only"};
  ScorecardEvidence e = ReviewScorecardEvidence(Pb(), card);
  ASSERT_EQ(Rules(e), std::vector<std::string>{"evidence.mismatch.high_only_fail"});
  EXPECT_EQ(e.mismatches[0].category, "eval_discipline");
  EXPECT_EQ(e.mismatches[0].score, 5);
  EXPECT_NE(e.mismatches[0].reason.find("\"eyeballs\""), std::string::npos) << e.mismatches[0].reason;
  // A 3 is neither high nor low: no mismatch.
  card.scores["eval_discipline"] = 3;
  EXPECT_TRUE(ReviewScorecardEvidence(Pb(), card).mismatches.empty());
}

TEST(EvidenceMismatch, LowScoreWithOnlyStrongSignals) {
  Scorecard card = Card();
  card.scores["cost_observability"] = 1;
  card.notes["cost_observability"] = "Tracks cost per ticket and alerts on p95 latency.";
  ScorecardEvidence e = ReviewScorecardEvidence(Pb(), card);
  EXPECT_EQ(Rules(e), std::vector<std::string>{"evidence.mismatch.low_only_strong"});
  // Mixed evidence is the interviewer's call: no mismatch.
  card.notes["cost_observability"] += " Could not say how drift is tracked.";
  EXPECT_TRUE(ReviewScorecardEvidence(Pb(), card).mismatches.empty());
}

TEST(EvidenceMismatch, ScoreWithoutANote) {
  Scorecard card = Card();
  card.scores["data_retrieval"] = 3;
  ScorecardEvidence e = ReviewScorecardEvidence(Pb(), card);
  EXPECT_EQ(Rules(e), std::vector<std::string>{"evidence.mismatch.no_note"});
  card.notes["data_retrieval"] = "Fine.";
  EXPECT_TRUE(ReviewScorecardEvidence(Pb(), card).mismatches.empty());
}

TEST(EvidenceMismatch, SuggestedRedFlagNotTicked) {
  Scorecard card = Card();
  card.scores["production_shipping"] = 3;
  card.notes["production_shipping"] = "Wants five agents negotiating with each other.";
  ScorecardEvidence e = ReviewScorecardEvidence(Pb(), card);
  ASSERT_EQ(Rules(e), std::vector<std::string>{"evidence.mismatch.unticked_flag"});
  EXPECT_EQ(e.mismatches[0].red_flag, "premature_multi_agent");
  EXPECT_FALSE(e.mismatches[0].score.has_value());
  card.red_flags = {"premature_multi_agent"};
  EXPECT_TRUE(ReviewScorecardEvidence(Pb(), card).mismatches.empty());
}

TEST(EvidenceMismatch, AnImpliedManualFlagYieldsToStrongEvaluationAnywhereOnTheScorecard) {
  Scorecard card = Card();
  card.summary = "Checks answers by hand before each release.";
  std::vector<std::string> flags;
  for (const auto& f : ReviewScorecardEvidence(Pb(), card).red_flags) flags.push_back(f.id);
  EXPECT_EQ(flags, std::vector<std::string>{"manual_validation_only"});
  // Strong evaluation evidence in another box: checking by hand is not the only validation.
  card.notes["eval_discipline"] = "Runs a golden set of 200 questions on every prompt change.";
  EXPECT_TRUE(ReviewScorecardEvidence(Pb(), card).red_flags.empty());
}

TEST(EvidenceMismatch, SummaryIsReadAndQuotedAsSummary) {
  Scorecard card = Card();
  card.scores["security_guardrails"] = 2;
  card.notes["security_guardrails"] = "Short on time.";
  card.summary = "Covered prompt injection in depth.";
  ScorecardEvidence e = ReviewScorecardEvidence(Pb(), card);
  ASSERT_EQ(e.signals.size(), 1u);
  EXPECT_EQ(e.signals[0].note, "summary");
  EXPECT_EQ(Rules(e), std::vector<std::string>{"evidence.mismatch.low_only_strong"});
}

TEST(EvidenceMismatch, EvaluationCarriesEvidenceByInterviewer) {
  CandidateScorecards c;
  c.candidate_name = "R";
  Scorecard b = Card();
  b.interviewer = "Ben";
  b.scores["eval_discipline"] = 4;
  b.notes["eval_discipline"] = "Golden set of 200 cases.";
  Scorecard a = Card();
  a.scores["eval_discipline"] = 4;
  c.scorecards = {b, a};
  Evaluation e = Evaluate(Pb(), c);
  ASSERT_EQ(e.evidence.size(), 2u);
  EXPECT_EQ(e.evidence[0].interviewer, "Ana");
  EXPECT_EQ(e.evidence[1].signals.size(), 1u);
  EXPECT_TRUE(e.certainty.less_certain);
  EXPECT_EQ(e.certainty.rule, "calibration.few_interviews");
  EXPECT_NE(e.certainty.reason.find("Only 2"), std::string::npos) << e.certainty.reason;
}

TEST(EvidenceMismatch, FourInterviewsAreNotLessCertain) {
  CandidateScorecards c;
  for (const char* who : {"A", "B", "C", "D"}) {
    Scorecard s = Card();
    s.interviewer = who;
    s.scores["eval_discipline"] = 3;
    c.scorecards.push_back(s);
  }
  Evaluation e = Evaluate(Pb(), c);
  EXPECT_FALSE(e.certainty.less_certain);
  EXPECT_TRUE(e.certainty.reason.empty());
}

std::vector<LabelledNote> LabelledSet() {
  std::ifstream in(std::filesystem::path(FIRSTHIRE_SOURCE_DIR) / "tests/data/evidence_notes.yaml");
  std::stringstream text;
  text << in.rdbuf();
  Diagnostics d;
  auto notes = LoadLabelledNotes(text.str(), "evidence_notes.yaml", Pb(), &d);
  EXPECT_TRUE(notes.ok()) << notes.status().ToString();
  return notes.ok() ? *notes : std::vector<LabelledNote>{};
}

TEST(EvidenceLabelledSet, LoadsWithAtLeast150Notes) {
  // Held-out sets are folded into tune after their figures are taken; the
  // current one (s*) is split holdout.
  std::vector<LabelledNote> notes = LabelledSet();
  EXPECT_GE(notes.size(), 150u);
  int tune = 0, empty = 0;
  for (const auto& n : notes) {
    tune += n.split == "tune";
    empty += n.signals.empty() && n.red_flags.empty();
  }
  EXPECT_GE(tune, 150);
  EXPECT_GE(empty, 10);  // notes that carry nothing are part of the set
}

TEST(EvidenceLabelledSet, ReadsTheHoldoutSplit) {
  Diagnostics d;
  auto r = LoadLabelledNotes("notes:\n  - id: s1\n    split: holdout\n    text: t\n", "l.yaml", Pb(), &d);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  EXPECT_EQ((*r)[0].split, "holdout");
}

TEST(EvidenceLabelledSet, HandPickedNotesGiveExactlyTheExpectedFindings) {
  std::map<std::string, LabelledNote> by_id;
  for (auto& n : LabelledSet()) by_id[n.id] = n;
  for (const char* id : {"n005", "n006", "n007", "n008", "n010", "n015", "n059"}) {
    ASSERT_TRUE(by_id.count(id)) << id;
    auto [signals, flags] = PredictedKeys(Pb(), by_id[id].text);
    EXPECT_EQ(signals, by_id[id].signals) << id << ": " << by_id[id].text;
    EXPECT_EQ(flags, by_id[id].red_flags) << id << ": " << by_id[id].text;
  }
}

TEST(EvidenceLabelledSet, AgreementScoresTheSecondLabellerAgainstTheFirstOnSharedNotes) {
  Diagnostics d;
  auto first = LoadLabelledNotes(
      "notes:\n"
      "  - {id: a, split: holdout, text: t, signals: [eval_discipline/strong], red_flags: []}\n"
      "  - {id: b, split: holdout, text: t, signals: [cost_observability/fail],"
      " red_flags: [unmodeled_cost]}\n"
      "  - {id: c, split: holdout, text: t, signals: [data_retrieval/strong], red_flags: []}\n",
      "first.yaml", Pb(), &d);
  auto second = LoadLabelledNotes(
      "notes:\n"
      "  - {id: a, split: holdout, text: t, signals: [eval_discipline/strong], red_flags: []}\n"
      "  - {id: b, split: holdout, text: t, signals: [cost_observability/strong],"
      " red_flags: [unmodeled_cost]}\n",
      "second.yaml", Pb(), &d);
  ASSERT_TRUE(first.ok() && second.ok());
  Accuracy a = MeasureAgreement(*first, *second, "holdout");
  EXPECT_EQ(a.notes, 2);  // c has no second label: not counted
  EXPECT_EQ(a.signals.true_positives, 1);
  EXPECT_EQ(a.signals.false_positives, 1);  // strong where the first said fail
  EXPECT_EQ(a.signals.false_negatives, 1);
  EXPECT_EQ(a.red_flags.true_positives, 1);
  EXPECT_EQ(a.red_flags.false_positives + a.red_flags.false_negatives, 0);
  ASSERT_EQ(a.misses.size(), 1u);
  EXPECT_EQ(a.misses[0].substr(0, 2), "b:");
}

TEST(EvidenceLabelledSet, BadLabelsAreLocated) {
  Diagnostics d;
  auto r = LoadLabelledNotes("notes:\n  - id: x\n    split: tune\n    text: t\n    signals: [eval_discipline/great]\n",
                             "l.yaml", Pb(), &d);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().location().line, 5);
}

}  // namespace
}  // namespace firsthire

// The general mechanisms of evidence extraction that stand beside the
// playbook's phrase cues: `#` (any number) in cue patterns, concept cues
// built from the playbook's concept vocabularies, mentions that need a
// concrete detail, the candidate's questions as no claim, the negation
// window, generic words yielding to a specific finding, negated heads
// ("not someone who"), conditionals ending a negation, hyphenated compounds,
// bullet headings with a fail verdict, red flags implied by a signal's words
// and a close fail reading inside a loose strong one. Each mechanism: a case
// where it finds and one where it must not.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "engine/evidence_text.h"
#include "firsthire/evidence.h"

namespace firsthire {
namespace {

NoteFindings Find(const std::string& text) {
  return FindEvidence(DefaultPlaybook(), text, "summary");
}

std::vector<std::string> Keys(const NoteFindings& f) {
  std::set<std::string> keys;
  for (const auto& s : f.signals) keys.insert(s.category + "/" + IdOf(s.polarity));
  return {keys.begin(), keys.end()};
}

std::vector<std::string> Flags(const NoteFindings& f) {
  std::set<std::string> ids;
  for (const auto& s : f.red_flags) ids.insert(s.id);
  return {ids.begin(), ids.end()};
}

bool Matches(const std::string& pattern, const std::string& text) {
  Clause clause = SplitClauses(text, {}).at(0);
  for (size_t i = 0; i < clause.size(); ++i) {
    if (MatchAt(CompilePattern(pattern), clause, i)) return true;
  }
  return false;
}

using V = std::vector<std::string>;

TEST(EvidenceText, AHashMatchesAnyWrittenNumberAndNoOtherWord) {
  EXPECT_TRUE(Matches("# .. cases", "scored 300 cases"));
  EXPECT_TRUE(Matches("# .. cases", "scored 1,200 graded cases"));
  EXPECT_TRUE(Matches("# set", "their 250-question set"));
  EXPECT_FALSE(Matches("# .. cases", "scored many cases"));
  EXPECT_FALSE(Matches("# .. cases", "scored the hash # cases"));
}

TEST(EvidenceConcepts, ACountedSetWithAScoringVerbIsEvalEvidence) {
  EXPECT_EQ(Keys(Find("Scores every prompt change on 90 questions from the help desk.")),
            V{"eval_discipline/strong"});
  // A count without scoring is volume, not a test set.
  EXPECT_EQ(Keys(Find("The desk answers 90 questions a day.")), V{});
}

TEST(EvidenceConcepts, ACountedUserPopulationIsShippingEvidenceUnlessPlanned) {
  EXPECT_EQ(Keys(Find("Their assistant serves 400 nurses across two hospitals.")),
            V{"production_shipping/strong"});
  EXPECT_EQ(Keys(Find("Would like to offer it to 400 nurses next year.")), V{});
}

TEST(EvidenceConcepts, AFilterOnAccessRightsIsRetrievalEvidenceUnlessNegated) {
  EXPECT_EQ(Keys(Find("Search results are filtered against the reader's group memberships.")),
            V{"data_retrieval/strong"});
  EXPECT_EQ(Keys(Find("They never filtered results against group memberships.")), V{});
}

TEST(EvidenceConcepts, RemovingStaleSourcesIsRetrievalEvidence) {
  EXPECT_EQ(Keys(Find("Drops superseded policy versions at ingestion.")),
            V{"data_retrieval/strong"});
  EXPECT_EQ(Keys(Find("Superseded policy versions stay where they are.")), V{});
}

TEST(EvidenceConcepts, AnAdminIdentityIsASecurityFailing) {
  EXPECT_EQ(Keys(Find("The bot's service account is a domain admin.")),
            V{"security_guardrails/fail"});
  EXPECT_EQ(Keys(Find("Talked to the domain admin of the client.")), V{});
}

TEST(EvidenceConcepts, NoEstimateOfSpendIsACostFailingAndTheRedFlag) {
  NoteFindings f = Find("Could not give a ballpark for the monthly API spend.");
  EXPECT_EQ(Keys(f), V{"cost_observability/fail"});
  EXPECT_EQ(Flags(f), V{"unmodeled_cost"});
  NoteFindings given = Find("Gave a ballpark for the monthly API spend of about 300 dollars.");
  EXPECT_EQ(Flags(given), V{});
  EXPECT_EQ(Keys(given), V{"cost_observability/strong"});
}

TEST(EvidenceConcepts, NothingWithoutApprovalIsAnApprovalGate) {
  EXPECT_EQ(Keys(Find("The agent cannot send anything without an explicit approval.")),
            V{"security_guardrails/strong"});
  EXPECT_EQ(Keys(Find("The agent sends refunds without approval.")), V{});
}

TEST(EvidenceConcepts, ARevertIsARollbackButAMissingOneIsNoShippingFailing) {
  EXPECT_EQ(Keys(Find("Reverted the prompt within minutes when the errors spiked.")),
            (V{"production_shipping/strong", "security_guardrails/strong"}));
  EXPECT_EQ(Keys(Find("There is no rollback plan.")), V{"security_guardrails/fail"});
}

TEST(EvidenceConcepts, AdHocTryingIsManualValidation) {
  NoteFindings f = Find("Tests by asking the bot whatever comes to mind.");
  EXPECT_EQ(Keys(f), V{"eval_discipline/fail"});
  EXPECT_EQ(Flags(f), V{"manual_validation_only"});
  NoteFindings asked = Find("Asked about anything that might block the launch.");
  EXPECT_EQ(Keys(asked), V{});
  EXPECT_EQ(Flags(asked), V{});
}

TEST(EvidenceConcepts, PickingTheOutputOneLikesIsManualValidation) {
  NoteFindings f = Find("Picks the prompt whose output they like better.");
  EXPECT_EQ(Keys(f), V{"eval_discipline/fail"});
  EXPECT_EQ(Flags(f), V{"manual_validation_only"});
  EXPECT_EQ(Keys(Find("Prefers remote work.")), V{});
}

TEST(EvidenceConcepts, NobodyWatchingWhatCostsIsAFailingWatchingItEvidence) {
  EXPECT_EQ(Keys(Find("Nobody watches latency or errors.")), V{"cost_observability/fail"});
  EXPECT_EQ(Keys(Find("Watches latency and errors on a Grafana board.")),
            V{"cost_observability/strong"});
}

TEST(EvidenceMentions, AMentionAloneIsNoEvidence) {
  EXPECT_EQ(Keys(Find("Has heard of jailbreaks.")), V{});
  EXPECT_EQ(Keys(Find("Mentioned a kill switch.")), V{});
  EXPECT_EQ(Keys(Find("Mentioned the kill switch they pulled twice in 2024.")),
            V{"security_guardrails/strong"});
}

TEST(EvidenceQuestions, TheCandidatesQuestionIsNoClaim) {
  EXPECT_EQ(Keys(Find("Asked who curates the FAQ.")), V{});
  EXPECT_EQ(Keys(Find("Curates the FAQ with the support lead each month.")),
            V{"data_retrieval/strong"});
}

TEST(EvidenceNegation, ANegationReachesAcrossAVerbPhrase) {
  EXPECT_EQ(Keys(Find("They no longer rely on reading outputs by hand.")), V{});
  EXPECT_EQ(Keys(Find("They rely on reading outputs by hand.")), V{"eval_discipline/fail"});
}

TEST(EvidenceGeneric, AGenericWordYieldsToTheClausesSpecificFinding) {
  EXPECT_EQ(Keys(Find("Keeps a scored benchmark of 200 queries and a dashboard of the trend.")),
            V{"eval_discipline/strong"});
  // Alone in its clause, beside a concrete detail, the generic word counts.
  EXPECT_EQ(Keys(Find("Keeps a dashboard of the trend for 30 routes.")),
            V{"cost_observability/strong"});
}

// Second accuracy round: negated heads, conditionals ending a negation, compounds
// with or without hyphens, mentions needing a detail after them, bullet headings,
// implied red flags, and a close fail reading inside a loose strong one.

TEST(EvidenceNegatedHead, ANegatedPersonNegatesTheRelativeClause) {
  NoteFindings f = Find("Not someone who eyeballs results.");
  EXPECT_EQ(Keys(f), V{});
  EXPECT_EQ(Flags(f), V{});
  // Without the negated head the relative clause is the finding.
  EXPECT_EQ(Keys(Find("Someone who eyeballs results.")), V{"eval_discipline/fail"});
  // A relative clause after a plain noun is not negated by a negation elsewhere.
  EXPECT_EQ(Keys(Find("No doubt: a person who eyeballs results.")), V{"eval_discipline/fail"});
}

TEST(EvidenceScope, AConditionalEndsANegationsScope) {
  // "won't merge" does not negate the pass rate the condition names.
  NoteFindings f = Find("They won't merge if the pass rate falls.");
  EXPECT_EQ(Keys(f), V{"eval_discipline/strong"});
  // Without the conditional the negation still reaches the cue.
  EXPECT_EQ(Keys(Find("They never tracked the pass rate.")), V{"eval_discipline/fail"});
}

TEST(EvidenceText, ACompoundMatchesWithAndWithoutHyphens) {
  EXPECT_TRUE(Matches("proof of concept", "it never left the proof-of-concept stage"));
  EXPECT_TRUE(Matches("spot-check*", "they spot checked ten"));
  EXPECT_TRUE(Matches("spot-check*", "they spot-checked ten"));
  EXPECT_FALSE(Matches("proof of concept", "proof-of-work concept"));
  EXPECT_FALSE(Matches("spot-check*", "a spot to check"));
  EXPECT_EQ(Keys(Find("Their project never left the proof-of-concept stage.")),
            V{"production_shipping/fail"});
}

TEST(EvidenceMentions, AMentionNeedsItsDetailAfterIt) {
  // Twenty minutes of talk is no detail of the vector database.
  EXPECT_EQ(Keys(Find("Talked for twenty minutes about which vector DB is fastest.")), V{});
  EXPECT_EQ(Flags(Find("Talked for twenty minutes about which vector DB is fastest.")),
            V{"tools_not_outcomes"});
  // A detail after the mention still counts.
  EXPECT_EQ(Keys(Find("Talked about the vector DB they tuned for 40 ms lookups in Postgres.")),
            V{"data_retrieval/strong"});
}

TEST(EvidenceHeadings, ATopicHeadingWithAFailVerdictIsTheFailSignal) {
  NoteFindings f = Find("Prod: 2 yrs, 600 users.\nEvals: none, the brokers report problems.");
  EXPECT_EQ(Keys(f), (V{"eval_discipline/fail", "production_shipping/strong"}));
  bool quoted = false;
  for (const auto& s : f.signals) {
    if (s.rule == "evidence.heading") quoted = s.quote == "Evals: none";
  }
  EXPECT_TRUE(quoted);
  // A positive verdict, or a heading naming no category, finds nothing.
  EXPECT_EQ(Keys(Find("Q on data: good, asked about retention.")), V{});
  EXPECT_EQ(Keys(Find("Hobbies: none mentioned.")), V{});
  // A long clause before a colon is no heading.
  EXPECT_EQ(Keys(Find("We talked a long time about their cost controls: none.")), V{});
}

TEST(EvidenceImpliedFlags, AManualFailingImpliesTheFlagUnlessStrongEvidenceStandsBeside) {
  NoteFindings f = Find("Their QA: I try it a few times and ship.");
  EXPECT_EQ(Keys(f), V{"eval_discipline/fail"});
  EXPECT_EQ(Flags(f), V{"manual_validation_only"});
  // Not only manual: a regression suite beside it.
  NoteFindings g = Find("They try it a few times, then run a regression suite of 200 cases in CI.");
  EXPECT_EQ(Flags(g), V{});
  // An evaluation failing without manual words implies no flag.
  EXPECT_EQ(Flags(Find("They never measured accuracy.")), V{});
}

TEST(EvidenceImpliedFlags, ACostDismissalImpliesTheCostFlagNotMissingMonitoring) {
  NoteFindings f = Find("Believes costs are a non-issue because token prices keep falling.");
  EXPECT_EQ(Keys(f), V{"cost_observability/fail"});
  EXPECT_EQ(Flags(f), V{"unmodeled_cost"});
  NoteFindings g = Find("No alerting at all on the live bot.");
  EXPECT_EQ(Keys(g), V{"cost_observability/fail"});
  EXPECT_EQ(Flags(g), V{});
}

TEST(EvidenceOpposites, ACloseFailReadingInsideALooseStrongOneWins) {
  EXPECT_EQ(Keys(Find("The bot's retrieval ignores document permissions entirely.")),
            V{"data_retrieval/fail"});
  EXPECT_EQ(Keys(Find("The bot's retrieval respects document permissions.")),
            V{"data_retrieval/strong"});
}

TEST(EvidenceConcepts, AMoneyAmountIsCostEvidenceOnlyBesideSpend) {
  EXPECT_EQ(Keys(Find("Any refund over 50 euros needs a human to approve it.")),
            V{"security_guardrails/strong"});
  EXPECT_EQ(Keys(Find("Priced the pilot at 1,800 euros a month before writing code.")),
            V{"cost_observability/strong"});
}

TEST(EvidenceText, IrregularFormsAndBritishOrAmericanSpellingsShareAStem) {
  EXPECT_EQ(Stem("built"), Stem("build"));
  EXPECT_EQ(Stem("paid"), Stem("pays"));
  EXPECT_EQ(Stem("summarized"), Stem("summarised"));
  EXPECT_EQ(Stem("analyzing"), Stem("analyses"));
  EXPECT_EQ(Stem("organization"), Stem("organisation"));
  // Short words and words that only look alike keep their own stems.
  EXPECT_EQ(Stem("size"), "siz");
  EXPECT_NE(Stem("prize"), Stem("prise"));
  EXPECT_NE(Stem("left"), Stem("leave"));  // "left" is a direction too
  // A cue in its base form now finds the irregular past; an inflected cue still only itself.
  EXPECT_TRUE(Matches("pay", "the client paid for it"));
  EXPECT_FALSE(Matches("pays", "the client paid for it"));
}

// Third accuracy round: negation stops, negated heads over a negation, and
// the interviewer's doubt as a hedge.

TEST(EvidenceNegationStops, ANegatedOutcomeLeavesTheCueAfterItStanding) {
  // "no drop" negates the drop: the eval set is evidence, not a missing one.
  EXPECT_EQ(Keys(Find("Cut the model size with no drop on their golden set.")),
            V{"eval_discipline/strong"});
  // Without a stop between, the negation reaches the cue.
  EXPECT_EQ(Keys(Find("Cut the model size with no golden set.")), V{"eval_discipline/fail"});
  // A negated failure story is no shipping failure.
  EXPECT_EQ(Keys(Find("Never had an outage in production.")), V{"production_shipping/strong"});
  EXPECT_EQ(Keys(Find("Never had anything in production.")), V{"production_shipping/fail"});
}

TEST(EvidenceNegatedHead, ANegatedHeadNegatesANegationInTheClauseItHeads) {
  // Deferring security is the failing; not being someone who defers it is not.
  EXPECT_EQ(Keys(Find("Defers security to the platform team.")), V{"security_guardrails/fail"});
  EXPECT_EQ(Keys(Find("Not the kind of engineer who defers security.")), V{});
  // "no sign that" heads a clause too.
  EXPECT_EQ(Keys(Find("I found no sign that they eyeball results.")), V{});
  EXPECT_EQ(Keys(Find("I found signs that they eyeball results.")), V{"eval_discipline/fail"});
}

TEST(EvidenceHedges, TheInterviewersDoubtIsNoClaim) {
  EXPECT_EQ(Keys(Find("Unclear whether they owned anything after launch.")), V{});
  EXPECT_EQ(Keys(Find("They owned the service after launch for 2 years.")),
            V{"production_shipping/strong"});
}

TEST(EvidenceNotYet, APlanFollowedByNothingYetIsTheFailSignal) {
  NoteFindings f = Find("Going to set up tracing next sprint; right now there is none.");
  EXPECT_EQ(Keys(f), V{"cost_observability/fail"});
  ASSERT_EQ(f.signals.size(), 1u);
  EXPECT_EQ(f.signals[0].rule, "evidence.not_yet");
  EXPECT_EQ(f.signals[0].quote, "tracing next sprint; right now there is none");
  // The plan alone is nothing, and "none yet" after work done is no plan's failing.
  EXPECT_EQ(Keys(Find("Going to set up tracing next sprint.")), V{});
  EXPECT_EQ(Keys(Find("Added tracing to every call; no incidents yet.")),
            V{"cost_observability/strong"});
}

TEST(EvidenceReported, AClaimContradictedAfterButDoesNotCount) {
  NoteFindings f = Find(
      "Says they don't ship without testing, but the testing they described is clicking around.");
  EXPECT_EQ(Keys(f), V{"eval_discipline/fail"});
  // Unreported, the same words stand beside the contradiction.
  EXPECT_EQ(Keys(Find("They don't ship without testing, but the testing is clicking around.")),
            (V{"eval_discipline/fail", "eval_discipline/strong"}));
  // Reported and not contradicted, the claim counts.
  EXPECT_EQ(Keys(Find("Says they don't ship without testing, and showed the suite.")),
            V{"eval_discipline/strong"});
}

// Concept cues added in the third round, each on wording of its own and
// beside wording where it must not fire.
TEST(EvidenceConcepts, ThirdRoundCuesFindTheirIdeaAndNotItsNeighbours) {
  struct Case {
    const char* text;
    V keys;
  };
  const Case cases[] = {
      {"Their router reads every inbound email for the claims desk.", {"production_shipping/strong"}},
      {"The team answers every question politely.", {}},
      {"Ran the old and new prompts side by side on the same queries.", {"eval_discipline/strong"}},
      {"They plan to compare the models side by side.", {}},
      {"They promote a prompt only when it beats the current one on the suite.",
       {"eval_discipline/strong"}},
      {"Each tool gets separate credentials.", {"security_guardrails/strong"}},
      {"Transcripts are kept forever in a world-readable share.", {"security_guardrails/fail"}},
      {"Decided not to use retrieval for the small rate table.", {"data_retrieval/strong"}},
      {"Their sources include wiki pages nobody ever vetted.", {"data_retrieval/fail"}},
      {"Compared two vendors on latency and price per 1,000 calls.", {"cost_observability/strong"}},
      {"The agent's scope is limited to reading tickets.", {}},
      {"Walked me through a data leak they had and how they closed it.",
       {"security_guardrails/strong"}},
      {"Worried about a data leak.", {}},
      {"An access layer sits between the agent and the CRM.", {"security_guardrails/strong"}},
      {"A nightly accuracy check guards the release.", {"eval_discipline/strong"}},
      {"A quality check happens when someone has time.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Keys(Find(c.text)), c.keys) << c.text;
  EXPECT_EQ(Flags(Find("Most of the interview went on which vector database is fastest.")),
            V{"tools_not_outcomes"});
  EXPECT_EQ(Flags(Find("Most of the interview went on the drop in handling time.")), V{});
}

}  // namespace
}  // namespace firsthire

// The general mechanisms of evidence extraction that stand beside the
// playbook's phrase cues: `#` (any number) in cue patterns, concept cues
// built from the playbook's concept vocabularies, mentions that need a
// concrete detail, the candidate's questions as no claim, the negation
// window, and generic words yielding to a specific finding. Each mechanism: a
// case where it finds and one where it must not.
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

}  // namespace
}  // namespace firsthire

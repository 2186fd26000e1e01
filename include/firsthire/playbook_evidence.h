// The playbook's evidence and calibration rules (playbook sections
// `evidence:` and `calibration:`; documented in docs/score-and-review.md).
//
// Evidence rules say which words in an interviewer's notes support or
// undercut a score: cues per category and polarity, cues per red flag, and the
// word lists that scope them (clause breaks, negations, hedges, deferrals,
// concrete details). Calibration rules name the reliability bands, the
// bootstrap's size and seed, and the few-interviews warning.
//
// Loaded by LoadEvidenceRules / LoadCalibrationRules
// (src/input/playbook_evidence_loader.cc). Every member has a usable default,
// so a playbook without these sections finds no evidence (no cues) but still
// calibrates with the documented bands.
#ifndef FIRSTHIRE_PLAYBOOK_EVIDENCE_H_
#define FIRSTHIRE_PLAYBOOK_EVIDENCE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "firsthire/vocabulary.h"

namespace firsthire {

// A group of cue patterns with what a match means. Pattern syntax: segments
// separated by " .. " (up to three words may lie between two segments) or
// " ... " (any number of words of the same clause may lie between them); a
// segment lists alternatives separated by "|"; an alternative is words
// separated by spaces; `word*` matches any word starting with `word`, `#` any
// written number ("300", "1,200", "p95").
struct EvidenceCue {
  std::string category;  // category id (signals) or red flag id (red flags)
  std::optional<EvidencePolarity> polarity;  // nullopt for red flags
  std::string rule;
  std::vector<std::string> phrases;         // count on their own
  std::vector<std::string> needs_concrete;  // count only beside a concrete detail
  bool negated_is_fail = false;   // a negated strong cue is a fail signal
  bool deferral_is_fail = false;  // a deferred strong cue is a fail signal
  bool operator==(const EvidenceCue&) const = default;
};

// Bullet headings ("Evals: none", "Q on cost: vague"): a short clause naming a
// category's topic, ended by a colon, whose next clause opens with a fail
// verdict is that category's fail signal (rule `rule`).
struct EvidenceHeadings {
  std::string rule = "evidence.heading";
  std::vector<std::string> fail_verdicts;  // patterns ("none", "vague")
  int max_words = 4;                       // a heading is at most this long
  std::vector<std::pair<std::string, std::vector<std::string>>> topics;  // category -> patterns
  bool operator==(const EvidenceHeadings&) const = default;
};

// A red flag implied by a signal: a signal of `signal_category` and
// `signal_polarity` whose quoted words hold one of `words` suggests the flag,
// quoting the same words ("checks a few answers by hand" is an evaluation
// failing and, by its words, manual validation). With `only_without_strong`,
// not in a note that also holds a strong signal of that category (the flag
// says "only").
struct ImpliedRedFlag {
  std::string id;
  std::string rule;
  std::string signal_category;
  EvidencePolarity signal_polarity = EvidencePolarity::kFail;
  std::vector<std::string> words;  // patterns
  bool only_without_strong = false;
  bool operator==(const ImpliedRedFlag&) const = default;
};

struct EvidenceMismatchRules {
  int high_min_score = 4;
  int low_max_score = 2;
  std::string high_only_fail_rule, high_only_fail_reason;   // {interviewer} {category} {score} {quotes}
  std::string low_only_strong_rule, low_only_strong_reason;  // same placeholders
  std::string no_note_rule, no_note_reason;                  // {interviewer} {category} {score}
  std::string unticked_flag_rule, unticked_flag_reason;      // {interviewer} {flag} {quotes}
  bool operator==(const EvidenceMismatchRules&) const = default;
};

// What makes a clause a concrete claim (see ConcreteClaims in evidence.h).
struct ClaimRules {
  int min_words = 4;
  std::vector<std::string> function_words;
  std::vector<std::string> trade_off_words;  // cue patterns
  std::string missing_reason;  // {question} {words} {evidence}
  bool operator==(const ClaimRules&) const = default;
};

struct EvidenceRules {
  std::vector<std::string> clause_breaks;
  std::vector<std::string> negations;
  int negation_window = 4;
  std::vector<std::string> scope_ends;
  // Patterns of a negated head that ends on a scope word ("not someone who",
  // "far from the kind of engineer that"): the negation reaches past that
  // scope word into the clause it heads ("not someone who eyeballs results").
  std::vector<std::string> negated_heads;
  // Patterns that end a negation's reach when they stand between it and a
  // cue: the negation is about them ("no drop on their eval set", "never had
  // a model misbehave in production"), so the cue after them is not negated.
  std::vector<std::string> negation_stops;
  // Patterns of words reporting what the candidate said ("says", "claims"): a
  // strong signal after one, followed by a contrast ("but", "however") whose
  // clause holds a fail signal of the same category, does not count ("says
  // they test everything, but the testing they described is clicking around").
  std::vector<std::string> reported;
  // Patterns saying nothing exists yet ("there is none", "none exist
  // today"): in the clause after a plan (a strong cue a hedge or a deferral
  // kept from counting), they make the plan's category a fail signal under
  // `not_yet_rule` ("will set up tracing next sprint; right now there is none").
  std::vector<std::string> not_yet;
  std::string not_yet_rule = "evidence.not_yet";
  std::vector<std::string> hedges;
  std::vector<std::string> deferrals;
  // Patterns for verbs telling of work done ("ran", "shipped"). In a clause
  // holding one, without a hedge that is not a deferral ("would", "plan to"),
  // a deferral ("ran it for two years after launch") is time, not a plan.
  std::vector<std::string> past_tense;
  // Patterns saying a topic was not discussed ("get to", "cover"): a strong cue
  // negated through one ("did not get to security") is no finding at all.
  std::vector<std::string> not_discussed;
  // Patterns saying the candidate only knows of or named a topic ("heard of",
  // "mentioned"): a strong cue after one in its clause counts only beside a
  // concrete detail ("mentioned dashboards" no; "talked about latency
  // dashboards with p95 per route" yes).
  std::vector<std::string> mentions;
  std::vector<std::string> concrete;
  std::vector<EvidenceCue> signals;
  std::vector<EvidenceCue> red_flags;
  EvidenceHeadings headings;
  std::vector<ImpliedRedFlag> implied_flags;
  EvidenceMismatchRules mismatch;
  std::string negated_rule = "evidence.negated";
  std::string deferred_rule = "evidence.deferred";
  ClaimRules claims;
  bool operator==(const EvidenceRules&) const = default;
};

struct ReliabilityBand {
  std::string id;               // poor, tentative, reliable
  std::optional<double> below;  // the band holds alpha < below; unset = no upper bound
};

// What the outcomes page says (calibration.outcomes): below min_outcomes
// hires with a score in a category it is a record, from there a correlation
// with the range-restriction warning. Texts take {n} {go} {no_go} {min}.
struct OutcomeRules {
  int min_outcomes = 10;
  std::string record_rule = "outcomes.record";
  std::string record_text;
  std::string correlation_rule = "outcomes.correlation";
  std::string correlation_text;
  std::string undefined_text;  // a correlation without variation
  std::string range_restriction_rule = "outcomes.range_restriction";
  std::string range_restriction_text;
};

struct CalibrationRules {
  std::vector<ReliabilityBand> bands = {{"poor", 0.667}, {"tentative", 0.8}, {"reliable", {}}};
  std::string undefined_text;
  std::string no_units_text;
  int bootstrap_samples = 1000;
  uint64_t seed = 20261129;
  std::string few_interviews_rule = "calibration.few_interviews";
  int min_interviews = 4;
  std::string few_interviews_reason;  // {interviews} {min}
  OutcomeRules outcomes;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_PLAYBOOK_EVIDENCE_H_

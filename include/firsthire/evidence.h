// Evidence from interview notes (docs/score-and-review.md, "Evidence").
//
// Reads what an interviewer wrote (each `notes.{category}` and the free
// `summary`) with the playbook's cues and finds:
//  - signals: words that support (strong) or undercut (fail) a category,
//    whichever box they were typed in;
//  - suggested red flags;
//  - mismatches between those findings and the scorecard: a high score with
//    only fail signals, a low score with only strong ones, a score without a
//    note, a red flag the notes suggest that was not ticked.
// Every finding quotes the exact words it rests on, as byte offsets into the
// note it came from, and names its playbook rule. Cues are scoped to their
// clause; a negated cue ("did not eyeball anything") is not the thing it
// names; a hedged strong cue ("would build an eval set") is a plan, not
// evidence. All functions are pure and deterministic.
#ifndef FIRSTHIRE_EVIDENCE_H_
#define FIRSTHIRE_EVIDENCE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/playbook.h"

namespace firsthire {

struct Scorecard;
struct CandidateScorecards;

// Which text a finding came from: a category id (its `notes` box) or "summary".
inline constexpr const char* kSummaryNote = "summary";

struct EvidenceSignal {
  std::string note;      // the note quoted (category id or "summary")
  std::string category;  // the category the words speak to
  std::string polarity;  // "strong" | "fail"
  std::string quote;     // == note text [start, end)
  size_t start = 0;
  size_t end = 0;
  std::string rule;
  bool concrete = false;  // its clause carries a number, named system, mechanism or failure
  std::string source;     // empty: the playbook's cues; "model": the optional model (model_evidence.h)
};

struct SuggestedRedFlag {
  std::string note;
  std::string id;
  std::string quote;
  size_t start = 0;
  size_t end = 0;
  std::string rule;
  std::string source;  // as EvidenceSignal::source
};

// A category mismatch has `category` and `score`; an unticked red flag has
// `red_flag` and neither of the others.
struct EvidenceMismatch {
  std::string category;
  std::optional<int> score;
  std::string red_flag;
  std::string reason;
  std::string rule;
};

struct NoteFindings {
  std::vector<EvidenceSignal> signals;       // by start
  std::vector<SuggestedRedFlag> red_flags;  // by start
};

struct ScorecardEvidence {
  std::string interviewer;
  std::vector<EvidenceSignal> signals;       // notes in playbook category order, summary last
  std::vector<SuggestedRedFlag> red_flags;
  std::vector<EvidenceMismatch> mismatches;  // categories in playbook order, then flags
};

// The findings in one text. `note` is copied into each finding.
NoteFindings FindEvidence(const Playbook& playbook, std::string_view text, const std::string& note);

// The clauses of `text` that make a concrete claim, quoted exactly: at least
// evidence.claims.min_words words, one of them a function word (a bare list
// of keywords is no claim), and a strong signal, a number, a named system or
// a trade-off ("if", "rather than"…) in the clause. Used by proposal review to tell an answer from buzzwords.
std::vector<std::string> ConcreteClaims(const Playbook& playbook, std::string_view text);

// One scorecard's findings and mismatches.
ScorecardEvidence ReviewScorecardEvidence(const Playbook& playbook, const Scorecard& card);

// Every scorecard's, sorted by interviewer.
std::vector<ScorecardEvidence> ReviewEvidence(const Playbook& playbook,
                                              const CandidateScorecards& input);

}  // namespace firsthire

#endif  // FIRSTHIRE_EVIDENCE_H_

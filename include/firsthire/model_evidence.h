// Evidence from the optional local model, merged into the playbook's
// findings (docs/llm.md).
//
// The model (src/llm) answers with quotes it reads as evidence for a category
// or a red flag. Nothing it says is taken on trust: a finding is kept only
// when its category or red flag id is the playbook's and its quote occurs
// verbatim in one of the scorecard's notes; it is then marked
// `source: "model"` and names the rule kModelEvidenceRule. The model never
// scores: its findings change no score, mismatch, gate or recommendation;
// they are extra quotes for a person to read. Everything here is pure.
#ifndef FIRSTHIRE_MODEL_EVIDENCE_H_
#define FIRSTHIRE_MODEL_EVIDENCE_H_

#include <string>
#include <utility>
#include <vector>

#include "firsthire/evidence.h"
#include "firsthire/playbook.h"

namespace firsthire {

struct Scorecard;

inline constexpr const char* kModelSource = "model";
inline constexpr const char* kModelEvidenceRule = "evidence.model";

// One finding as the model gave it (already checked against the answer's
// schema, not yet against the notes).
struct ModelSignal {
  std::string note;  // category id or "summary": where the model says the quote is
  std::string category;
  std::string polarity;  // "strong" | "fail"
  std::string quote;
};

struct ModelRedFlag {
  std::string note;
  std::string id;
  std::string quote;
};

struct ModelAnswer {
  std::vector<ModelSignal> signals;
  std::vector<ModelRedFlag> red_flags;
  // Paths of the answer's fields that were not read ("score",
  // "signals[0].confidence"): a model asked for quotes that volunteers a
  // score or a recommendation has it ignored, and named here.
  std::vector<std::string> ignored_fields;
};

// A scorecard's notes that have text, as (note key, text): categories in
// playbook order, then "summary". What the model is shown and searched.
using NoteTexts = std::vector<std::pair<std::string, const std::string*>>;
NoteTexts NotesInOrder(const Playbook& playbook, const Scorecard& card);

// What became of the model's findings.
struct ModelMergeCounts {
  int added = 0;
  int not_verbatim = 0;  // the quote is in none of the notes: dropped
  int unknown_id = 0;    // a category or red flag id the playbook does not have: dropped
  int duplicate = 0;     // the same category (or flag) and polarity on overlapping words: dropped
};

// Appends to `evidence` (the playbook's findings for `card`) each finding of
// `answer` that passes the checks above. A quote (surrounding white space
// trimmed) is looked up in the note the model named first, then in the
// card's other notes in playbook category order, summary last; its first
// occurrence gives start and end. Model findings come after the playbook's.
ModelMergeCounts MergeModelEvidence(const Playbook& playbook, const Scorecard& card,
                                    const ModelAnswer& answer, ScorecardEvidence* evidence);

// How asking the model for one candidate's evidence went (the CLI shows it).
struct ModelUse {
  std::string model;                        // the model's name
  bool used = false;                        // false: the findings are the playbook's alone
  std::string reason;                       // why the model was not used; empty when used
  ModelMergeCounts counts;                  // over all scorecards
  std::vector<std::string> ignored_fields;  // over all answers, "interviewer: path"
};

}  // namespace firsthire

#endif  // FIRSTHIRE_MODEL_EVIDENCE_H_

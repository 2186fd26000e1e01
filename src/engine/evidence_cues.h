// The playbook's evidence cues compiled for matching, shared by the finders
// in evidence.cc and evidence_review.cc.
#ifndef FIRSTHIRE_ENGINE_EVIDENCE_CUES_H_
#define FIRSTHIRE_ENGINE_EVIDENCE_CUES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/evidence.h"

namespace firsthire {

struct CompiledEvidence;

// `rules` compiled; cached per distinct rule set, so calling it per
// evaluation is cheap. Thread-safe.
std::shared_ptr<const CompiledEvidence> CompileEvidence(const EvidenceRules& rules);

// FindEvidence with cues already compiled from `rules`.
NoteFindings FindCompiled(const CompiledEvidence& cues, const EvidenceRules& rules,
                          std::string_view text, const std::string& note);

// Removes the flags implied by a signal (ImpliedRedFlag with
// only_without_strong) when `signals` also hold a strong signal of that
// flag's category: over a whole scorecard, strong evaluation evidence in one
// box means checking by hand in another is not the only validation.
void DropImpliedBesideStrong(const EvidenceRules& rules, const std::vector<EvidenceSignal>& signals,
                             std::vector<SuggestedRedFlag>* flags);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_EVIDENCE_CUES_H_

// Loading the playbook's `vocabularies:` section: the words for the ids of
// each closed vocabulary (firsthire/vocabulary.h).
#ifndef FIRSTHIRE_INPUT_PLAYBOOK_VOCABULARY_LOADER_H_
#define FIRSTHIRE_INPUT_PLAYBOOK_VOCABULARY_LOADER_H_

#include <vector>

#include "firsthire/playbook.h"
#include "input/document.h"

namespace firsthire {

// Reads `node` (a mapping {vocabulary name: [{id, label, phrase}]}) into
// `out`: one Vocabulary per ClosedVocabularies() entry, in that order, its
// terms in the file's order. A vocabulary the file leaves out (or a playbook
// without the section) gets its ids as labels. Problems go to the node's
// diagnostics: an unknown vocabulary name (a warning, with a suggestion), an
// unknown or repeated id (with a suggestion), an id the list leaves out, a
// missing or empty label.
void LoadVocabularies(const InputNode& node, std::vector<Vocabulary>* out);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_PLAYBOOK_VOCABULARY_LOADER_H_

// Who first (docs/product.md section 4's decision tree): the project's shape, and the
// first-hire archetype that shape calls for.
#ifndef FIRSTHIRE_ENGINE_SHAPE_INFERENCE_H_
#define FIRSTHIRE_ENGINE_SHAPE_INFERENCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

// Decides the shape, first match wins:
//   1. the brief's `shape` when given (rule shape_inference.given);
//   2. regulated_assistant when constraints.regulated is true or any source is
//      `regulated` (the playbook's regulated rule);
//   3. unclear_scope when the brief names no metric and the description has
//      fewer than min_description_words words (the unclear rule);
//   4. the shape with the most distinct keywords found as whole words or
//      phrases (case-insensitive) in workflow.name and description; ties go
//      to the shape listed first in the playbook (the keyword rule, whose
//      reason names the words);
//   5. the playbook's default shape (the default rule).
// Then the archetype is the shape's archetype, rule "first_hire.<shape>",
// reason the shape's `why`. A shape id missing from the playbook (only
// possible with a hand-built Playbook) leaves archetype and reason empty.
Assessment::FirstHire InferShape(const Playbook& playbook, const Brief& brief);

// The keywords of `keywords` found in `text` as whole words or phrases,
// case-insensitively, each once, in the order of `keywords`.
std::vector<std::string> MatchKeywords(std::string_view text,
                                       const std::vector<std::string>& keywords);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_SHAPE_INFERENCE_H_

// The pipeline's funnel: for each stage of the playbook's order, how many
// candidates got that far, and what share of the previous stage's did.
// Pure: built from each candidate's stage history (the service reads it from
// the audit log's stage moves).
//
// The stages a move needs a reason for (needs_reason: rejected, withdrawn by
// default) are the ways out of the process: they are not steps of the
// funnel but counted apart, by where candidates are now. Every other stage is
// a step, in the playbook's order. A candidate "reached" a step when the
// furthest step in their history is that one or a later one: someone moved
// from Applied straight to Interviews passed Screen too, and someone rejected
// after Interviews still reached it. Every candidate reached the first step.
// Stages the playbook does not list are ignored.
#ifndef FIRSTHIRE_ENGINE_PIPELINE_FUNNEL_H_
#define FIRSTHIRE_ENGINE_PIPELINE_FUNNEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "firsthire/playbook.h"

namespace firsthire {

struct FunnelStep {
  std::string id;
  std::string title;
  std::int64_t reached = 0;
  // reached / the previous step's reached, 0..1; none for the first step or
  // when nobody reached the previous one.
  std::optional<double> share_of_previous;
};

// A way out of the process and how many candidates are there now.
struct FunnelExit {
  std::string id;
  std::string title;
  std::int64_t count = 0;
};

struct PipelineFunnel {
  std::int64_t candidates = 0;
  std::vector<FunnelStep> steps;  // the playbook's order
  std::vector<FunnelExit> exits;  // the playbook's order
};

// `histories`: per candidate, every stage they held, oldest first; the last
// is where they are now (an empty history counts as the first step).
PipelineFunnel BuildPipelineFunnel(const PipelineRules& pipeline,
                                   const std::vector<std::vector<std::string>>& histories);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_PIPELINE_FUNNEL_H_

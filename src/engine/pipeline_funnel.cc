#include "engine/pipeline_funnel.h"

#include <map>

namespace firsthire {
namespace {

// The index in `steps` of the furthest step `history` reached; 0 when it
// names none.
std::size_t FurthestStep(const std::map<std::string, std::size_t>& index_of,
                         const std::vector<std::string>& history) {
  std::size_t furthest = 0;
  for (const std::string& stage : history) {
    auto found = index_of.find(stage);
    if (found != index_of.end() && found->second > furthest) furthest = found->second;
  }
  return furthest;
}

}  // namespace

PipelineFunnel BuildPipelineFunnel(const PipelineRules& pipeline,
                                   const std::vector<std::vector<std::string>>& histories) {
  PipelineFunnel funnel;
  funnel.candidates = static_cast<std::int64_t>(histories.size());
  std::map<std::string, std::size_t> step_of;
  std::map<std::string, std::size_t> exit_of;
  for (const PipelineStage& stage : pipeline.stages) {
    if (stage.needs_reason) {
      exit_of[stage.id] = funnel.exits.size();
      funnel.exits.push_back({.id = stage.id, .title = stage.title});
    } else {
      step_of[stage.id] = funnel.steps.size();
      funnel.steps.push_back({.id = stage.id, .title = stage.title});
    }
  }
  if (funnel.steps.empty()) return funnel;
  // furthest_at[i]: candidates whose furthest step is i.
  std::vector<std::int64_t> furthest_at(funnel.steps.size(), 0);
  for (const std::vector<std::string>& history : histories) {
    ++furthest_at[FurthestStep(step_of, history)];
    if (history.empty()) continue;
    auto exit = exit_of.find(history.back());
    if (exit != exit_of.end()) ++funnel.exits[exit->second].count;
  }
  std::int64_t reached = 0;
  for (std::size_t i = funnel.steps.size(); i-- > 0;) {
    reached += furthest_at[i];
    funnel.steps[i].reached = reached;
  }
  for (std::size_t i = 1; i < funnel.steps.size(); ++i) {
    std::int64_t previous = funnel.steps[i - 1].reached;
    if (previous > 0) {
      funnel.steps[i].share_of_previous =
          static_cast<double>(funnel.steps[i].reached) / static_cast<double>(previous);
    }
  }
  return funnel;
}

}  // namespace firsthire

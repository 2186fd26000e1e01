// LoadPipelineRules: the playbook's `pipeline:` section → PipelineRules.
#include "input/playbook_pipeline_loader.h"

#include <set>

#include "input/suggest.h"

namespace firsthire {

const std::vector<std::string>& PipelineStageIds() {
  static const std::vector<std::string> ids = {"applied", "screen", "interviews", "decision",
                                               "offer",   "hired",  "rejected",   "withdrawn"};
  return ids;
}

const std::vector<std::string>& DecisionKindIds() {
  static const std::vector<std::string> ids = {"hire", "reject", "hold"};
  return ids;
}

const PipelineStage* PipelineRules::FindStage(std::string_view id) const {
  for (const auto& stage : stages) {
    if (stage.id == id) return &stage;
  }
  return nullptr;
}

const DecisionKind* PipelineRules::FindDecision(std::string_view id) const {
  for (const auto& decision : decisions) {
    if (decision.id == id) return &decision;
  }
  return nullptr;
}

namespace {

std::string RequiredText(const InputNode& node) {
  node.Require();
  return node.String().value_or("");
}

// Reports a duplicate id on the item, and every required id the list lacks.
class IdChecker {
 public:
  IdChecker(const InputNode& list, const std::vector<std::string>& required)
      : list_(list), required_(required) {}
  void See(const InputNode& item, const std::string& id) {
    if (!id.empty() && !seen_.insert(id).second) {
      item.Get("id").Error("duplicate id '" + id + "' in '" + list_.path() + "'");
    }
  }
  void Finish() const {
    if (!list_.IsSequence()) return;
    for (const auto& id : required_) {
      if (!seen_.count(id)) list_.Error("'" + list_.path() + "' must define id '" + id + "'");
    }
  }

 private:
  const InputNode& list_;
  const std::vector<std::string>& required_;
  std::set<std::string> seen_;
};

void CheckStage(const InputNode& node, const std::string& id, const PipelineRules& rules) {
  if (id.empty() || rules.FindStage(id)) return;
  std::vector<std::string> known;
  for (const auto& stage : rules.stages) known.push_back(stage.id);
  node.Error("unknown stage '" + id + "'; expected " + JoinAlternatives(known) +
             DidYouMean(id, known));
}

}  // namespace

void LoadPipelineRules(const InputNode& node, PipelineRules* rules) {
  if (!node.Require()) return;
  node.ExpectMap({"stages", "first_scorecard", "decisions"});
  InputNode stages = node.Get("stages");
  if (stages.Require()) {
    IdChecker ids(stages, PipelineStageIds());
    for (const InputNode& item : stages.Items()) {
      item.ExpectMap({"id", "title", "needs_reason"});
      PipelineStage stage;
      stage.id = RequiredText(item.Get("id"));
      stage.title = RequiredText(item.Get("title"));
      stage.needs_reason = item.Get("needs_reason").Bool().value_or(false);
      ids.See(item, stage.id);
      rules->stages.push_back(std::move(stage));
    }
    ids.Finish();
  }
  InputNode scored = node.Get("first_scorecard");
  if (scored.Require() && scored.ExpectMap({"from", "to"})) {
    rules->scored_from = scored.Get("from").Strings();
    for (const auto& id : rules->scored_from) CheckStage(scored.Get("from"), id, *rules);
    rules->scored_to = RequiredText(scored.Get("to"));
    CheckStage(scored.Get("to"), rules->scored_to, *rules);
  }
  InputNode decisions = node.Get("decisions");
  if (decisions.Require()) {
    IdChecker ids(decisions, DecisionKindIds());
    for (const InputNode& item : decisions.Items()) {
      item.ExpectMap({"id", "rule", "title", "stage"});
      DecisionKind decision;
      decision.id = RequiredText(item.Get("id"));
      decision.rule = RequiredText(item.Get("rule"));
      decision.title = RequiredText(item.Get("title"));
      decision.stage = item.Get("stage").String().value_or("");
      CheckStage(item.Get("stage"), decision.stage, *rules);
      ids.See(item, decision.id);
      rules->decisions.push_back(std::move(decision));
    }
    ids.Finish();
  }
}

}  // namespace firsthire

// BuildKit: the playbook's interview material for the brief's role.
#include "engine/not_ready.h"
#include "engine/interview_kit.h"

#include <string>

#include "engine/failure_modes.h"
#include "engine/plan.h"
#include "engine/shape_inference.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

// Failure modes that concern the role or the interview itself; the others
// (such as an unpriced post-launch budget) belong to the assessment.
constexpr const char* kKitFailureModes[] = {"vague_workflow", "familiarity_over_ownership",
                                            "late_security", "one_person_all_gaps"};

bool IsKitFailureMode(const std::string& id) {
  for (const char* kit_id : kKitFailureModes) {
    if (id == kit_id) return true;
  }
  return false;
}

// {a} -> "a", {a, b} -> "a or b", {a, b, c} -> "a, b or c": the gate fails
// on any one of its categories.
std::string JoinWithOr(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

InterviewKit::Question KitQuestion(const Question& question, const std::string& archetype) {
  return {question.id, question.text, question.categories, question.strong, question.weak,
          archetype};
}

}  // namespace

InterviewKit::Gate KitGate(const Playbook& playbook) {
  const ScorecardRules& rules = playbook.scorecard;
  InterviewKit::Gate gate;
  gate.categories = rules.gate_categories;
  gate.threshold = rules.gate_threshold;
  gate.rule = rules.gate_rule;
  std::vector<std::string> titles;
  for (const std::string& id : rules.gate_categories) {
    const Category* category = playbook.FindCategory(id);
    titles.push_back(category != nullptr ? category->title : id);
  }
  gate.reason = FillTemplate(rules.gate_reason, {{"categories", JoinWithOr(titles)}});
  return gate;
}

InterviewKit::PlanQuestion KitPlanQuestion(const Playbook& playbook, const Brief& brief) {
  InterviewKit::PlanQuestion question;
  question.text = FillPlanTemplate(playbook.plan.question, playbook, brief);
  question.expected = BuildPlan(playbook, brief).windows;
  question.judgement_note = playbook.plan.judgement_note;
  return question;
}

std::vector<InterviewKit::Warning> KitWarnings(const Playbook& playbook, const Brief& brief,
                                               const Assessment::FirstHire& first_hire) {
  std::vector<InterviewKit::Warning> warnings;
  if (std::optional<NotReadyWarning> not_ready = CheckNotReady(playbook, brief, "kit")) {
    warnings.push_back({not_ready->id, not_ready->title, not_ready->rule, not_ready->reason});
  }
  if (first_hire.archetype == "discovery_first") {
    const Archetype* archetype = playbook.FindArchetype(first_hire.archetype);
    warnings.push_back({first_hire.archetype, archetype != nullptr ? archetype->title : "",
                        first_hire.rule, first_hire.reason});
  }
  for (const Assessment::Risk& risk : FindFailureModes(playbook, brief, first_hire)) {
    if (IsKitFailureMode(risk.id)) warnings.push_back({risk.id, risk.title, risk.rule, risk.reason});
  }
  return warnings;
}

InterviewKit BuildKit(const Playbook& playbook, const Brief& brief) {
  InterviewKit kit;
  kit.playbook = InfoOf(playbook);

  Assessment::FirstHire first_hire = InferShape(playbook, brief);
  InterviewKit::Role& role = kit.role;
  role.archetype = first_hire.archetype;
  if (const Archetype* archetype = playbook.FindArchetype(first_hire.archetype)) {
    role.title = archetype->title;
    role.description = archetype->description;
  }
  role.brief_title = brief.role.title;
  role.shape = first_hire.shape;
  role.shape_rule = first_hire.shape_rule;
  role.shape_reason = first_hire.shape_reason;
  role.rule = first_hire.rule;
  role.reason = first_hire.reason;

  kit.scale_min = playbook.scorecard.min_score;
  kit.scale_max = playbook.scorecard.max_score;
  for (const Category& category : playbook.categories) {
    kit.categories.push_back({category.id, category.title, category.strong, category.fail});
  }
  for (const Question& question : playbook.questions) {
    kit.questions.push_back(KitQuestion(question, ""));
  }
  if (auto extra = playbook.archetype_questions.find(first_hire.archetype);
      extra != playbook.archetype_questions.end()) {
    for (const Question& question : extra->second) {
      kit.questions.push_back(KitQuestion(question, first_hire.archetype));
    }
  }
  kit.answer_rule = playbook.answer_rule;
  for (const TraitProbe& probe : playbook.trait_probes) {
    InterviewKit::TraitProbe p{probe.id, probe.traits, {}, probe.text,
                               probe.strong, probe.weak, probe.rule};
    for (const auto& id : probe.traits) {
      const Trait* trait = playbook.FindTrait(id);
      p.trait_titles.push_back(trait ? trait->title : id);
    }
    kit.trait_probes.push_back(std::move(p));
  }
  for (const Signal& signal : playbook.signal_map) {
    kit.signal_map.push_back({signal.topic, signal.strong, signal.weak});
  }
  for (const RedFlag& flag : playbook.red_flags) {
    kit.red_flags.push_back({flag.id, flag.title, flag.description});
  }
  kit.gate = KitGate(playbook);
  kit.plan_question = KitPlanQuestion(playbook, brief);
  kit.warnings = KitWarnings(playbook, brief, first_hire);
  kit.scope_out = brief.scope.out;
  return kit;
}

}  // namespace firsthire

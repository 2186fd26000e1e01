#include "engine/failure_modes.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "engine/brief_facts.h"
#include "engine/brief_wording.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// How a need reads in a sentence: "ai" -> "AI", "qa" -> "QA".
std::string NeedLabel(const std::string& need) {
  if (need == "ai" || need == "qa") {
    std::string upper = need;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
  }
  return need;
}

std::string LevelLabel(const std::string& level) { return level == "mid" ? "mid-level" : level; }

// Whether `mode` applies, and the placeholder values when it does.
struct Firing {
  bool fires = false;
  std::map<std::string, std::string> values;
};

Firing Check(const FailureMode& mode, const Playbook& playbook, const Brief& brief,
             const Assessment::FirstHire& first_hire) {
  if (mode.id == "vague_workflow") {
    bool vague =
        first_hire.shape == "unclear_scope" || assess_text::WordCount(brief.workflow.description) <
                                                   playbook.shape_inference.min_description_words;
    return {vague, {}};
  }
  if (mode.id == "familiarity_over_ownership") {
    const std::vector<std::string>& focus = brief.role.interview_focus;
    bool fires = (Contains(focus, "model_familiarity") || Contains(focus, "tools")) &&
                 !Contains(focus, "system_ownership");
    return {fires, {}};
  }
  if (mode.id == "unpriced_post_launch") {
    bool fires = brief.constraints.budget_usd.has_value() &&
                 !brief.constraints.post_launch_budget_usd.has_value();
    return {fires, {}};
  }
  if (mode.id == "late_security") {
    return {assess_facts::HasSensitiveData(brief) && brief.constraints.security_review != "design",
            {}};
  }
  if (mode.id == "one_person_all_gaps") {
    const std::string& level = brief.role.level;
    bool fires = brief.organisation.needs.size() >= static_cast<size_t>(mode.min_needs) &&
                 brief.role.hires.value_or(1) <= 1 && level != "senior" && level != "staff";
    std::vector<std::string> needs;
    for (const std::string& n : brief.organisation.needs) needs.push_back(NeedLabel(n));
    return {fires, {{"level", LevelLabel(level)}, {"needs", assess_text::JoinWithAnd(needs)}}};
  }
  return {};
}

}  // namespace

std::vector<Assessment::Risk> FindFailureModes(const Playbook& playbook, const Brief& brief,
                                               const Assessment::FirstHire& first_hire) {
  std::vector<Assessment::Risk> risks;
  for (const FailureMode& mode : playbook.failure_modes) {
    Firing firing = Check(mode, playbook, brief, first_hire);
    if (!firing.fires) continue;
    risks.push_back({mode.id, mode.title, mode.rule,
                     assess_text::TidyFilledText(FillTemplate(mode.reason, firing.values)),
                     mode.severity});
  }
  return risks;
}

}  // namespace firsthire

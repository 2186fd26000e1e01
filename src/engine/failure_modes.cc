#include "engine/failure_modes.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "engine/brief_facts.h"
#include "engine/brief_wording.h"
#include "engine/team_principles.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

bool Contains(const std::vector<InterviewFocus>& list, InterviewFocus value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Whether `mode` applies, the placeholder values when it does, and which
// wording of its reason applies ("" = the main `reason`).
struct Firing {
  bool fires = false;
  std::map<std::string, std::string> values;
  std::string variant;
};

// Security reviewed after design (or never, or not said).
bool SecurityLate(const Brief& brief) {
  return brief.constraints.security_review != SecurityReview::kDesign;
}

bool HasInternalData(const Brief& brief) {
  return std::any_of(brief.sources.begin(), brief.sources.end(),
                     [](const DataSource& s) { return s.sensitivity == DataSensitivity::kInternal; });
}

Firing LateSecurity(const Brief& brief) {
  if (!SecurityLate(brief)) return {};
  if (assess_facts::HasSensitiveData(brief)) return {true, {}, ""};
  bool acts = brief.constraints.takes_actions.value_or(false);
  if (acts && HasInternalData(brief)) return {true, {}, "reason_actions"};
  return {};
}

Firing UnpricedPostLaunch(const Brief& brief) {
  if (assess_facts::MonthlyRunBudget(brief)) return {};
  return {true, {}, brief.constraints.budget_usd ? "" : "reason_no_budget"};
}

Firing UnrealisticTimeline(const Playbook& playbook, const Brief& brief) {
  const std::optional<int64_t>& weeks = brief.constraints.timeline_weeks;
  int min_weeks = playbook.advice.min_pilot_weeks;
  if (!weeks || *weeks >= min_weeks) return {};
  return {true, {{"weeks", std::to_string(*weeks)}, {"min_weeks", std::to_string(min_weeks)}}, ""};
}

// Model work inferred from the description's words with no evidence that the
// simple approach fell short; or a research role for a project that is not
// model work.
Firing ResearchFirst(const Playbook& playbook, const Brief& brief,
                     const Assessment::FirstHire& first_hire) {
  if (first_hire.shape == "custom_model") {
    bool from_words = first_hire.shape_rule == playbook.shape_inference.keywords.rule;
    if (from_words && !brief.workflow.baseline_tried.value_or(false)) return {true, {}, ""};
    return {};
  }
  if (first_hire.shape != "unclear_scope" && IsResearchRole(playbook, brief.role.title)) {
    return {true, {{"title", brief.role.title}}, "reason_role"};
  }
  return {};
}

Firing Check(const FailureMode& mode, const Playbook& playbook, const Brief& brief,
             const Assessment::FirstHire& first_hire) {
  if (mode.id == "vague_workflow") {
    bool vague =
        first_hire.shape == "unclear_scope" || assess_text::WordCount(brief.workflow.description) <
                                                   playbook.shape_inference.min_description_words;
    return {vague, {}, ""};
  }
  if (mode.id == "familiarity_over_ownership") {
    const std::vector<InterviewFocus>& focus = brief.role.interview_focus;
    bool fires = (Contains(focus, InterviewFocus::kModelFamiliarity) ||
                  Contains(focus, InterviewFocus::kTools)) &&
                 !Contains(focus, InterviewFocus::kSystemOwnership);
    return {fires, {}, ""};
  }
  if (mode.id == "unpriced_post_launch") return UnpricedPostLaunch(brief);
  if (mode.id == "late_security") return LateSecurity(brief);
  if (mode.id == "unrealistic_timeline") return UnrealisticTimeline(playbook, brief);
  if (mode.id == "research_first") return ResearchFirst(playbook, brief, first_hire);
  if (mode.id == "one_person_all_gaps") {
    const std::optional<RoleLevel>& level = brief.role.level;
    bool fires = brief.organisation.needs.size() >= static_cast<size_t>(mode.min_needs) &&
                 brief.role.hires.value_or(1) <= 1 && level != RoleLevel::kSenior &&
                 level != RoleLevel::kStaff;
    std::vector<std::string> needs;
    for (OrganisationNeed n : brief.organisation.needs) needs.push_back(playbook.Phrase(n));
    return {fires,
            {{"level", level ? playbook.Phrase(*level) : ""},
             {"needs", assess_text::JoinWithAnd(needs)}},
            ""};
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
                     assess_text::TidyFilledText(FillTemplate(
                         firing.variant.empty() ? mode.reason : mode.Reason(firing.variant),
                         firing.values)),
                     mode.severity});
  }
  return risks;
}

}  // namespace firsthire

// BuildPlan: the playbook's 30-60-90 templates filled with the brief.
#include "engine/plan.h"

#include <cmath>

#include "engine/brief_wording.h"
#include "engine/not_ready.h"
#include "input/text_template.h"

namespace firsthire {

std::string FormatQuantity(double value, std::string_view unit) {
  std::string out = assess_text::Number(value);
  if (unit.empty()) return out;
  if (unit.front() != '%') out += ' ';
  out += unit;
  return out;
}

namespace {

void AppendJoined(std::string& out, std::string_view separator, std::string_view item) {
  if (!out.empty()) out += separator;
  out += item;
}

// Names of the sources with the given sensitivity, joined with ", ".
std::string SourcesWithSensitivity(const Brief& brief, DataSensitivity sensitivity) {
  std::string names;
  for (const DataSource& source : brief.sources) {
    if (source.sensitivity == sensitivity && !source.name.empty()) {
      AppendJoined(names, ", ", source.name);
    }
  }
  return names;
}

bool IsSevere(const std::optional<MistakeCost>& mistake_cost) {
  return mistake_cost == MistakeCost::kHigh || mistake_cost == MistakeCost::kCritical;
}

// The text for one placeholder: the brief's value, else the playbook's
// missing text, else nullopt (the placeholder then stays visible).
std::optional<std::string> MissingText(const Playbook& playbook, const std::string& key) {
  auto it = playbook.plan.missing.find(key);
  if (it == playbook.plan.missing.end()) return std::nullopt;
  return it->second;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    if ((c == '.' || c == ',' || c == ';') && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  return out;
}

// A timeline longer than the minimum pilot stretches the windows with it.
void StretchToTimeline(const Playbook& playbook, const Brief& brief, Plan& plan) {
  const std::optional<int64_t>& weeks = brief.constraints.timeline_weeks;
  const std::vector<PlanWindow>& windows = playbook.plan.windows;
  if (!weeks || *weeks <= playbook.advice.min_pilot_weeks || windows.empty()) return;
  int last = windows.back().end_day;
  if (last <= 0) return;
  double factor = static_cast<double>(*weeks * 7) / last;
  if (factor <= 1) return;
  int from = 1;
  for (size_t i = 0; i < windows.size() && i < plan.windows.size(); ++i) {
    int to = static_cast<int>(std::lround(windows[i].end_day * factor));
    if (windows[i].end_day <= 0 || to < from) return;
    plan.windows[i].title = FillTemplate(playbook.advice.plan_window_title,
                                         {{"from", std::to_string(from)}, {"to", std::to_string(to)}});
    from = to + 1;
  }
}

}  // namespace

std::optional<std::string> DescribeSources(const Brief& brief) {
  std::string out;
  for (const DataSource& source : brief.sources) {
    if (source.name.empty()) continue;
    std::string notes;
    if (source.sensitivity == DataSensitivity::kConfidential ||
        source.sensitivity == DataSensitivity::kRegulated) {
      AppendJoined(notes, ", ", IdOf(*source.sensitivity));
    }
    if (source.access == DataAccess::kRequested || source.access == DataAccess::kUnavailable) {
      AppendJoined(notes, ", ", IdOf(*source.access));
    }
    std::string item = source.name;
    if (!notes.empty()) item += " (" + notes + ")";
    AppendJoined(out, ", ", item);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> DescribeRisks(const Playbook& playbook, const Brief& brief) {
  const std::map<std::string, std::string>& labels = playbook.plan.risk_labels;
  std::string out;
  auto add = [&](const char* key, const std::map<std::string, std::string>& values) {
    auto it = labels.find(key);
    if (it != labels.end()) AppendJoined(out, "; ", FillTemplate(it->second, values));
  };
  if (brief.constraints.regulated.value_or(false)) add("regulated_setting", {});
  if (std::string names = SourcesWithSensitivity(brief, DataSensitivity::kRegulated); !names.empty()) {
    add("regulated_data", {{"sources", names}});
  }
  if (std::string names = SourcesWithSensitivity(brief, DataSensitivity::kConfidential); !names.empty()) {
    add("confidential_data", {{"sources", names}});
  }
  if (IsSevere(brief.constraints.mistake_cost)) {
    add("severe_mistake", {{"mistake_cost", IdOr(brief.constraints.mistake_cost)}});
  }
  if (brief.constraints.human_review.has_value()) {
    add(*brief.constraints.human_review ? "human_review" : "no_human_review", {});
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::string FillPlanTemplate(std::string_view text, const Playbook& playbook, const Brief& brief) {
  // "{target} {unit}" and "{target}{unit}" become "{target}", which carries
  // the unit itself; that way "%" is attached and a unit is never repeated.
  std::string pattern(text);
  for (const char* number : {"{target}", "{baseline}"}) {
    for (const char* joint : {" {unit}", "{unit}"}) {
      const std::string from = std::string(number) + joint;
      for (size_t at = pattern.find(from); at != std::string::npos; at = pattern.find(from, at)) {
        pattern.replace(at, from.size(), number);
      }
    }
  }
  const std::string& unit = brief.metric.unit;
  std::map<std::string, std::string> values;
  auto put = [&](const std::string& key, std::optional<std::string> value) {
    if (!value) value = MissingText(playbook, key);
    if (value) values[key] = *value;
  };
  auto quantity = [&](const std::optional<double>& number) -> std::optional<std::string> {
    if (!number) return std::nullopt;
    return FormatQuantity(*number, unit);
  };
  auto given = [](const std::string& s) -> std::optional<std::string> {
    if (s.empty()) return std::nullopt;
    return s;
  };

  put("workflow", given(brief.workflow.name));
  std::optional<std::string> owner = given(brief.owner.name);
  if (owner && !brief.owner.role.empty()) *owner += ", " + brief.owner.role;
  put("owner", owner);
  put("sources", DescribeSources(brief));
  put("metric", given(brief.metric.name));
  put("baseline", quantity(brief.metric.baseline));
  put("target", quantity(brief.metric.target));
  values["unit"] = unit;
  put("risks", DescribeRisks(playbook, brief));
  return CollapseSpaces(FillTemplate(pattern, values));
}

Plan BuildPlan(const Playbook& playbook, const Brief& brief) {
  Plan plan;
  plan.playbook = InfoOf(playbook);
  plan.workflow = FillPlanTemplate("{workflow}", playbook, brief);
  plan.owner = FillPlanTemplate("{owner}", playbook, brief);
  for (const PlanWindow& window : playbook.plan.windows) {
    PlannedWindow& planned = plan.windows.emplace_back();
    planned.id = window.id;
    planned.title = window.title;
    for (const PlanDeliverable& deliverable : window.deliverables) {
      PlannedDeliverable& item = planned.deliverables.emplace_back();
      item.id = deliverable.id;
      item.text = FillPlanTemplate(deliverable.text, playbook, brief);
    }
  }
  plan.go_no_go.rule = playbook.plan.go_no_go_rule;
  plan.go_no_go.go = FillPlanTemplate(playbook.plan.go, playbook, brief);
  plan.go_no_go.no_go = FillPlanTemplate(playbook.plan.no_go, playbook, brief);
  plan.judgement_note = playbook.plan.judgement_note;
  StretchToTimeline(playbook, brief, plan);
  if (std::optional<NotReadyWarning> not_ready = CheckNotReady(playbook, brief, "plan")) {
    plan.warnings.push_back({not_ready->id, not_ready->title, not_ready->rule, not_ready->reason});
  }
  plan.scope_out = brief.scope.out;
  return plan;
}

}  // namespace firsthire

#include "engine/readiness.h"

#include <map>
#include <string>
#include <vector>

#include "engine/brief_wording.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

using assess_text::JoinWithAnd;
using assess_text::Number;

struct Outcome {
  bool pass = false;
  std::string text_key;  // which of the criterion's texts explains it
  std::map<std::string, std::string> values;
};

Outcome WorkflowFrequency(const ReadinessCriterion& c, const Brief& brief) {
  if (!brief.workflow.runs_per_week) return {false, "missing", {}};
  int64_t runs = *brief.workflow.runs_per_week;
  std::map<std::string, std::string> values = {
      {"runs_per_week", std::to_string(runs)},
      {"min_runs_per_week", std::to_string(c.min_runs_per_week)}};
  return {runs >= c.min_runs_per_week, runs >= c.min_runs_per_week ? "pass" : "fail", values};
}

Outcome MetricValue(const Brief& brief) {
  const Brief::Metric& m = brief.metric;
  if (m.name.empty() || !m.baseline || !m.target) return {false, "fail", {}};
  return {true,
          "pass",
          {{"metric", m.name},
           {"baseline", Number(*m.baseline)},
           {"target", Number(*m.target)},
           {"unit", m.unit}}};
}

// "CRM (requested)": a source that is not available, with why.
std::string Blocked(const DataSource& s) {
  return s.name + " (" + IdOr(s.access, "access not stated") + ")";
}

Outcome DataAccessOutcome(const Brief& brief) {
  if (brief.sources.empty()) return {false, "missing", {}};
  std::vector<std::string> available, blocked, regulated_blocked;
  for (const DataSource& s : brief.sources) {
    if (s.access == DataAccess::kAvailable) {
      available.push_back(s.name);
      continue;
    }
    blocked.push_back(Blocked(s));
    if (s.sensitivity == DataSensitivity::kRegulated) regulated_blocked.push_back(Blocked(s));
  }
  if (!regulated_blocked.empty()) {
    return {false, "fail_regulated_blocked", {{"blocked", JoinWithAnd(regulated_blocked)}}};
  }
  if (available.empty()) return {false, "fail_none_available", {{"blocked", JoinWithAnd(blocked)}}};
  return {true, "pass", {{"available", JoinWithAnd(available)}, {"blocked", JoinWithAnd(blocked)}}};
}

Outcome MistakeTolerance(const Brief& brief) {
  const std::optional<MistakeCost>& cost = brief.constraints.mistake_cost;
  std::map<std::string, std::string> values = {{"mistake_cost", IdOr(cost, "unstated")}};
  if (brief.constraints.human_review.value_or(false)) return {true, "pass_reviewed", values};
  if (!cost) return {false, "missing", values};
  if (cost == MistakeCost::kCritical) return {false, "fail", values};
  return {true, "pass", values};
}

Outcome Owner(const Brief& brief) {
  if (brief.owner.name.empty()) return {false, "fail", {}};
  return {true,
          "pass",
          {{"owner", brief.owner.name},
           {"owner_role", brief.owner.role.empty() ? "role not stated" : brief.owner.role}}};
}

Outcome Check(const ReadinessCriterion& c, const Brief& brief) {
  if (c.id == "workflow_frequency") return WorkflowFrequency(c, brief);
  if (c.id == "metric_value") return MetricValue(brief);
  if (c.id == "data_access") return DataAccessOutcome(brief);
  if (c.id == "mistake_tolerance") return MistakeTolerance(brief);
  if (c.id == "owner") return Owner(brief);
  return {false, "missing", {}};
}

// A criterion title inside the verdict's sentence.
std::string Quoted(const std::string& title) { return "\u201c" + title + "\u201d"; }

}  // namespace

Assessment::Readiness DecideReadiness(const Playbook& playbook, const Brief& brief) {
  Assessment::Readiness readiness;
  std::vector<std::string> failed;
  for (const ReadinessCriterion& c : playbook.criteria) {
    Outcome outcome = Check(c, brief);
    std::string text = c.Text(outcome.text_key);
    if (text.empty() && !outcome.pass) text = c.Text("fail");
    readiness.criteria.push_back({c.id, c.title, outcome.pass, "readiness." + c.id,
                                  assess_text::TidyFilledText(FillTemplate(text, outcome.values))});
    if (!outcome.pass) failed.push_back(Quoted(c.title));
  }

  std::string verdict_id;
  // Buy when a product covers the workflow and nothing about it is specific
  // to the business: not AI as the edge, not its own data, not its workflow.
  if (brief.workflow.standard_product_exists.value_or(false) &&
      !brief.organisation.ai_is_core_advantage.value_or(false) &&
      !brief.data_proprietary.value_or(false) && !brief.workflow.differentiated.value_or(false)) {
    verdict_id = "buy_platform";
  } else if (failed.empty()) {
    verdict_id = "hire";
  } else {
    verdict_id = "discovery_first";
  }
  readiness.verdict = verdict_id;
  if (const Verdict* v = playbook.FindVerdict(verdict_id)) {
    readiness.rule = v->rule;
    readiness.reason =
        assess_text::TidyFilledText(FillTemplate(v->reason, {{"failed", JoinWithAnd(failed)}}));
  } else {
    readiness.rule = "verdict." + verdict_id;
  }
  return readiness;
}

}  // namespace firsthire

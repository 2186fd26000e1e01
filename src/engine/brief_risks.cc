#include "engine/brief_risks.h"

#include <string>

#include "engine/brief_facts.h"
#include "engine/brief_wording.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

struct Open {
  bool open = false;
  bool escalated = false;  // the question's escalating condition holds
  std::string why;
};

Open FromCriterion(const Assessment::Readiness& readiness, const char* id, bool escalated) {
  const Assessment::Criterion* c = readiness.Find(id);
  if (c == nullptr || c->pass) return {};
  return {true, escalated, c->reason};
}

Open Check(const RiskQuestion& question, const Brief& brief, const Assessment::Readiness& readiness,
           const Assessment::Route& route) {
  if (question.id == "evaluation") return FromCriterion(readiness, "metric_value", false);
  if (question.id == "sources") {
    bool regulated_blocked = false;
    for (const DataSource& s : brief.sources) {
      regulated_blocked |=
          s.sensitivity == DataSensitivity::kRegulated && s.access != DataAccess::kAvailable;
    }
    return FromCriterion(readiness, "data_access", regulated_blocked);
  }
  if (question.id == "fallback") {
    return FromCriterion(readiness, "mistake_tolerance",
                         brief.constraints.mistake_cost == MistakeCost::kCritical);
  }
  if (question.id == "security") {
    bool acts = brief.constraints.takes_actions.value_or(false);
    if (!assess_facts::HasSensitiveData(brief)) {
      if (!acts) return {};
      return {true, true, question.brief_risk.takes_actions};
    }
    std::vector<std::string> sensitive = assess_facts::SensitiveSources(brief);
    std::string why = sensitive.empty()
                          ? question.brief_risk.regulated_setting
                          : FillTemplate(question.brief_risk.sensitive_data,
                                         {{"sources", assess_text::JoinWithAnd(sensitive)}});
    return {true, assess_facts::IsRegulated(brief) || acts, why};
  }
  if (question.id == "ownership") {
    Open owner = FromCriterion(readiness, "owner", true);
    if (owner.open) return owner;
    if (route.partner_handoff) return {true, false, route.partner_handoff->reason};
    return {};
  }
  return {};
}

}  // namespace

std::vector<Assessment::Risk> FindBriefRisks(const Playbook& playbook, const Brief& brief,
                                             const Assessment::Readiness& readiness,
                                             const Assessment::Route& route) {
  std::vector<Assessment::Risk> risks;
  for (const RiskQuestion& question : playbook.risk_questions) {
    Open open = Check(question, brief, readiness, route);
    if (!open.open) continue;
    risks.push_back({question.id, question.title, question.rule, question.question + " " + open.why,
                     open.escalated ? question.escalated_severity : question.severity});
  }
  return risks;
}

}  // namespace firsthire

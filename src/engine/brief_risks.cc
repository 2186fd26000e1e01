#include "engine/brief_risks.h"

#include <string>

#include "engine/brief_facts.h"
#include "engine/brief_wording.h"

namespace firsthire {

namespace {

struct Open {
  bool open = false;
  std::string severity;
  std::string why;
};

Open FromCriterion(const Assessment::Readiness& readiness, const char* id, std::string severity) {
  const Assessment::Criterion* c = readiness.Find(id);
  if (c == nullptr || c->pass) return {};
  return {true, std::move(severity), c->reason};
}

Open Check(const RiskQuestion& question, const Brief& brief, const Assessment::Readiness& readiness,
           const Assessment::Route& route) {
  if (question.id == "evaluation") return FromCriterion(readiness, "metric_value", "medium");
  if (question.id == "sources") {
    bool regulated_blocked = false;
    for (const DataSource& s : brief.sources) {
      regulated_blocked |= s.sensitivity == "regulated" && s.access != "available";
    }
    return FromCriterion(readiness, "data_access", regulated_blocked ? "high" : "medium");
  }
  if (question.id == "fallback") {
    bool critical = brief.constraints.mistake_cost == "critical";
    return FromCriterion(readiness, "mistake_tolerance", critical ? "high" : "medium");
  }
  if (question.id == "security") {
    if (!assess_facts::HasSensitiveData(brief)) return {};
    std::vector<std::string> sensitive = assess_facts::SensitiveSources(brief);
    std::string why =
        sensitive.empty()
            ? "The brief describes a regulated setting."
            : "The brief involves sensitive data: " + assess_text::JoinWithAnd(sensitive) + ".";
    return {true, assess_facts::IsRegulated(brief) ? "high" : "medium", why};
  }
  if (question.id == "ownership") {
    Open owner = FromCriterion(readiness, "owner", "high");
    if (owner.open) return owner;
    if (route.partner_handoff) return {true, "medium", route.partner_handoff->reason};
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
    risks.push_back({question.id, question.title, "risk_question." + question.id,
                     question.question + " " + open.why, open.severity});
  }
  return risks;
}

}  // namespace firsthire

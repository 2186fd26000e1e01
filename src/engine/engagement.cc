#include "engine/engagement.h"

#include <cctype>

#include "engine/brief_wording.h"
#include "engine/plan.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

std::string Fill(const std::string& text, const std::map<std::string, std::string>& values) {
  return assess_text::TidyFilledText(FillTemplate(text, values));
}

// "Role design" -> "role design", for use inside a sentence.
std::string InSentence(std::string title) {
  if (!title.empty()) title[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(title[0])));
  return title;
}

Assessment::Engagement Hire(const Playbook& playbook, const Brief& brief, const Assessment& a) {
  const HireEngagementTexts& t = playbook.advice.hire;
  std::string id = a.route.recommended.value_or("");
  const Route* route = playbook.FindRoute(id);
  std::map<std::string, std::string> values = {
      {"route", route != nullptr ? route->title : id},
      {"route_fit", route != nullptr ? route->best_fit : ""},
      {"workflow", FillPlanTemplate("{workflow}", playbook, brief)}};
  Assessment::Engagement e{"hire", Fill(t.reason, values), t.rule, {}};
  for (const std::string& step : t.steps) e.steps.push_back(Fill(step, values));
  if (a.route.partner_handoff) e.steps.push_back(a.route.partner_handoff->reason);
  return e;
}

Assessment::Engagement Discovery(const Playbook& playbook, const Assessment& a) {
  const DiscoveryEngagementTexts& t = playbook.advice.discovery;
  std::vector<std::string> failed;
  std::vector<std::string> close;
  for (const Assessment::Criterion& c : a.readiness.criteria) {
    if (c.pass) continue;
    failed.push_back("\u201c" + c.title + "\u201d");
    const ReadinessCriterion* criterion = playbook.FindCriterion(c.id);
    std::string next = criterion != nullptr ? criterion->Text("next_step") : "";
    close.push_back(Fill(t.close, {{"criterion", c.title}, {"next_step", next}}));
  }
  std::string reason =
      failed.empty() ? t.reason_scope
                     : Fill(t.reason, {{"failed", assess_text::JoinWithAnd(failed)},
                                       {"count", std::to_string(failed.size())},
                                       {"total", std::to_string(a.readiness.criteria.size())}});
  Assessment::Engagement e{"discovery_sprint", reason, t.rule, {t.sprint}};
  for (std::string& step : close) e.steps.push_back(std::move(step));
  if (a.first_hire.shape == "unclear_scope") e.steps.push_back(t.scope);
  e.steps.push_back(t.done);
  e.steps.push_back(t.reassess);
  return e;
}

Assessment::Engagement PlatformTrial(const Playbook& playbook, const Brief& brief) {
  const PlatformEngagementTexts& t = playbook.advice.platform;
  std::vector<std::string> factors;
  for (const CommodityFactor& f : playbook.commodity_factors) factors.push_back(InSentence(f.title));
  std::string questions;
  for (const RiskQuestion& q : playbook.risk_questions) {
    questions += (questions.empty() ? "" : " ") + q.question;
  }
  auto filled = [&](const std::string& text) {
    std::string pattern = FillTemplate(text, {{"factors", assess_text::JoinWithAnd(factors)},
                                              {"questions", questions}});
    return FillPlanTemplate(pattern, playbook, brief);
  };
  Assessment::Engagement e{"platform_trial", filled(t.reason), t.rule, {}};
  for (const std::string* text : {&t.trial_on, &t.factors, &t.questions, &t.data, &t.exit,
                                  &t.build_when}) {
    e.steps.push_back(filled(*text));
  }
  return e;
}

}  // namespace

Assessment::Engagement DecideEngagement(const Playbook& playbook, const Brief& brief,
                                        const Assessment& a) {
  if (a.readiness.verdict == "buy_platform") return PlatformTrial(playbook, brief);
  if (a.readiness.verdict == "hire") return Hire(playbook, brief, a);
  return Discovery(playbook, a);
}

}  // namespace firsthire

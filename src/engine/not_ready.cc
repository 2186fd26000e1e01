#include "engine/not_ready.h"

#include <vector>

#include "engine/brief_wording.h"
#include "firsthire/assess.h"
#include "input/text_template.h"

namespace firsthire {

std::optional<NotReadyWarning> CheckNotReady(const Playbook& playbook, const Brief& brief,
                                             std::string_view document) {
  Assessment a = Assess(playbook, brief);
  if (a.readiness.verdict == "hire") return std::nullopt;
  std::vector<std::string> failed;
  for (const Assessment::Criterion& c : a.readiness.criteria) {
    if (!c.pass) failed.push_back("\u201c" + c.title + "\u201d");
  }
  const AdviceRules& advice = playbook.advice;
  const std::string* text = &advice.not_ready_failing;
  if (a.readiness.verdict == "buy_platform") {
    text = &advice.not_ready_platform;
  } else if (failed.empty()) {
    text = &advice.not_ready_scope;
  }
  NotReadyWarning warning;
  warning.title = advice.not_ready_title;
  warning.rule = a.readiness.rule;
  warning.reason = assess_text::TidyFilledText(FillTemplate(
      *text, {{"document", std::string(document)}, {"failed", assess_text::JoinWithAnd(failed)}}));
  return warning;
}

}  // namespace firsthire

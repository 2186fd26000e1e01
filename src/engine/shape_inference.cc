#include "engine/shape_inference.h"

#include <algorithm>

#include "engine/brief_facts.h"
#include "engine/brief_wording.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

// "workflow_automation" -> "workflow automation", for use inside a sentence.
std::string Spoken(std::string id) {
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

std::string QuotedList(const std::vector<std::string>& words) {
  std::vector<std::string> quoted;
  for (const std::string& w : words) quoted.push_back("\u201c" + w + "\u201d");
  return assess_text::JoinWithAnd(quoted);
}

}  // namespace

std::vector<std::string> MatchKeywords(std::string_view text,
                                       const std::vector<std::string>& keywords) {
  std::string haystack = assess_text::NormalizeForMatching(text);
  std::vector<std::string> found;
  for (const std::string& keyword : keywords) {
    std::string needle = assess_text::NormalizeForMatching(keyword);
    if (needle.size() <= 2) continue;  // a keyword with no word in it
    if (haystack.find(needle) == std::string::npos) continue;
    if (std::find(found.begin(), found.end(), keyword) == found.end()) found.push_back(keyword);
  }
  return found;
}

Assessment::FirstHire InferShape(const Playbook& playbook, const Brief& brief) {
  const ShapeInference& rules = playbook.shape_inference;
  Assessment::FirstHire hire;
  auto decide = [&](const std::string& shape, const RuleText& rule) {
    hire.shape = shape;
    hire.shape_rule = rule.rule;
    hire.shape_reason = rule.text;
  };

  if (!brief.shape.empty()) {
    decide(brief.shape, rules.given);
  } else if (assess_facts::IsRegulated(brief)) {
    decide("regulated_assistant", rules.regulated);
  } else if (assess_facts::IsHighRisk(brief)) {
    decide("regulated_assistant", rules.high_risk);
  } else if (brief.metric.name.empty() &&
             assess_text::WordCount(brief.workflow.description) < rules.min_description_words) {
    decide("unclear_scope", rules.unclear);
  } else if (brief.metric.name.empty() && brief.sources.empty() &&
             !brief.workflow.runs_per_week) {
    decide("unclear_scope", RuleText{rules.unclear.rule, rules.unclear_unmeasured});
  } else {
    std::string text = brief.workflow.name + "\n" + brief.workflow.description;
    const Shape* best = nullptr;
    std::vector<std::string> best_words;
    for (const Shape& shape : playbook.shapes) {
      std::vector<std::string> words = MatchKeywords(text, shape.keywords);
      if (words.size() > best_words.size()) {  // strictly more: ties keep playbook order
        best = &shape;
        best_words = std::move(words);
      }
    }
    if (best != nullptr) {
      decide(best->id, rules.keywords);
      hire.shape_reason = FillTemplate(
          rules.keywords.text, {{"shape", Spoken(best->id)}, {"keywords", QuotedList(best_words)}});
      hire.matched_keywords = std::move(best_words);
    } else {
      decide(rules.default_shape, rules.fallback);
    }
  }

  hire.rule = "first_hire." + hire.shape;
  if (const Shape* shape = playbook.FindShape(hire.shape)) {
    hire.archetype = shape->archetype;
    hire.reason = shape->why;
  }
  return hire;
}

}  // namespace firsthire

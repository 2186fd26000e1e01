// CheckAgainstBrief(): the proposal's workflow, metric, owner and run cost
// against the brief.
#include "engine/proposal_brief_fit.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "engine/scorecard_evaluation.h"  // FormatScore, JoinWithAnd
#include "input/text_template.h"

namespace firsthire {
namespace {

constexpr size_t kSignificantWordBytes = 4;

void Decide(const ReviewBriefCheck& texts, BriefCheckStatus status,
            const std::map<std::string, std::string>& values, BriefCheck* check) {
  check->status = status;
  const std::string& text = status == BriefCheckStatus::kPass   ? texts.pass
                            : status == BriefCheckStatus::kFail ? texts.fail
                                                                : texts.unknown;
  check->reason = FillTemplate(text, values);
}

// The name check: the first of `names` (non-empty ones) the proposal names.
void CheckNames(const std::vector<SearchableText>& texts, const std::vector<std::string>& names,
                double min_share, const ReviewBriefCheck& rule, BriefCheck* check) {
  std::string expected;
  for (const auto& name : names) {
    if (name.empty()) continue;
    expected += (expected.empty() ? "" : " / ") + name;
  }
  if (expected.empty()) return Decide(rule, BriefCheckStatus::kUnknown, {}, check);
  for (const auto& name : names) {
    if (name.empty()) continue;
    check->found = FindName(texts, name, min_share);
    if (!check->found.empty()) break;
  }
  std::vector<std::string> quoted;
  for (const auto& w : check->found) quoted.push_back("'" + w + "'");
  Decide(rule, check->found.empty() ? BriefCheckStatus::kFail : BriefCheckStatus::kPass,
         {{"expected", expected}, {"found", JoinWithAnd(quoted)}}, check);
}

void CheckRunBudget(const Proposal& proposal, const Brief& brief, const ReviewBriefCheck& rule,
                    BriefCheck* check) {
  const std::optional<double>& budget = brief.constraints.monthly_run_budget_usd;
  const std::optional<double>& cost = proposal.pricing.monthly_run_usd;
  if (!budget) return Decide(rule, BriefCheckStatus::kUnknown, {}, check);
  std::map<std::string, std::string> values = {{"budget", FormatScore(*budget)},
                                               {"cost", cost ? FormatScore(*cost) : ""}};
  if (!cost) {
    check->status = BriefCheckStatus::kFail;
    check->reason = FillTemplate(rule.unpriced, values);
    return;
  }
  Decide(rule, *cost <= *budget ? BriefCheckStatus::kPass : BriefCheckStatus::kFail, values, check);
}

}  // namespace

const char* BriefCheckStatusId(BriefCheckStatus status) {
  switch (status) {
    case BriefCheckStatus::kPass:
      return "pass";
    case BriefCheckStatus::kFail:
      return "fail";
    case BriefCheckStatus::kUnknown:
      return "unknown";
  }
  return "unknown";
}

std::vector<std::string> FindName(const std::vector<SearchableText>& texts, const std::string& name,
                                  double min_share) {
  std::vector<std::string> words = SplitWords(name);
  if (words.empty()) return {};
  for (const auto& text : texts) {
    if (text.Contains(name)) return {name};
  }
  std::vector<std::string> significant;
  for (const auto& w : words) {
    if (w.size() >= kSignificantWordBytes) significant.push_back(w);
  }
  if (significant.empty()) significant = words;
  std::vector<std::string> found = FindTerms(texts, significant);
  double needed = std::ceil(min_share * static_cast<double>(significant.size()));
  if (found.empty() || static_cast<double>(found.size()) < needed) return {};
  return found;
}

std::vector<BriefCheck> CheckAgainstBrief(const Playbook& playbook, const Proposal& proposal,
                                          const std::vector<SearchableText>& texts,
                                          const Brief& brief) {
  const ReviewRules& rules = playbook.review;
  std::vector<BriefCheck> out;
  for (const ReviewBriefCheck& rule : rules.brief_checks) {
    BriefCheck check;
    check.id = rule.id;
    check.title = rule.title;
    check.rule = rule.rule;
    if (rule.id == "workflow") {
      CheckNames(texts, {brief.workflow.name}, rules.brief_min_word_share, rule, &check);
    } else if (rule.id == "metric") {
      CheckNames(texts, {brief.metric.name}, rules.brief_min_word_share, rule, &check);
    } else if (rule.id == "owner") {
      CheckNames(texts, {brief.owner.name, brief.owner.role}, rules.brief_min_word_share, rule,
                 &check);
    } else if (rule.id == "run_budget") {
      CheckRunBudget(proposal, brief, rule, &check);
    } else {
      Decide(rule, BriefCheckStatus::kUnknown, {}, &check);
    }
    out.push_back(std::move(check));
  }
  return out;
}

}  // namespace firsthire

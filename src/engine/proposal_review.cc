// Review(): a vendor proposal against the risk questions, the commodity
// factors and the proposal risks of the playbook.
#include "engine/proposal_review.h"

#include <algorithm>
#include <map>
#include <string>

#include "engine/proposal_brief_fit.h"
#include "engine/proposal_terms.h"
#include "engine/scorecard_evaluation.h"  // JoinWithAnd
#include "firsthire/evidence.h"
#include "input/text_template.h"

namespace firsthire {
namespace {

constexpr int kMaxExamples = 4;

std::string LowerFirst(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// "A specific workflow." -> "a specific workflow", to embed in a sentence.
std::string Phrase(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return LowerFirst(std::move(s));
}

std::string Quoted(const std::vector<std::string>& terms) {
  std::vector<std::string> quoted;
  for (const auto& t : terms) quoted.push_back("'" + t + "'");
  return JoinWithAnd(quoted);
}

std::string Examples(const std::vector<std::string>& terms) {
  std::vector<std::string> some(terms.begin(),
                                terms.begin() + std::min<size_t>(terms.size(), kMaxExamples));
  std::vector<std::string> quoted;
  for (const auto& t : some) quoted.push_back("'" + t + "'");
  std::string out;
  for (size_t i = 0; i < quoted.size(); ++i) {
    if (i > 0) out += i + 1 == quoted.size() ? " or " : ", ";
    out += quoted[i];
  }
  return out;
}

std::vector<SearchableText> ProposalTexts(const Proposal& proposal) {
  std::vector<SearchableText> texts;
  texts.emplace_back(proposal.summary);
  for (const auto& [id, answer] : proposal.answers) texts.emplace_back(answer);
  for (const auto& d : proposal.deliverables) texts.emplace_back(d);
  return texts;
}

const std::string& Label(const std::map<std::string, std::string>& labels, const char* key) {
  static const std::string kNone;
  auto it = labels.find(key);
  return it == labels.end() ? kNone : it->second;
}

// The verdict's rule and filled reason; empty when the playbook lacks it
// (a loaded playbook always has all three).
void SetVerdict(const Playbook& playbook, ProposalVerdict id,
                const std::map<std::string, std::string>& values, VerdictResult* v) {
  v->id = id;
  if (const ReviewVerdict* verdict = playbook.review.FindVerdict(ProposalVerdictId(id))) {
    v->rule = verdict->rule;
    v->reason = FillTemplate(verdict->reason, values);
  }
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

struct HandoffItem {
  const char* key;  // in review.factor.handoff_items
  std::optional<bool> Proposal::Handoff::*flag;
  bool required;  // one of the four things the factor says must transfer
  bool owned;     // refusing it leaves ownership unanswered
};
constexpr HandoffItem kHandoffItems[] = {
    {"repository", &Proposal::Handoff::repository, true, true},
    {"prompts", &Proposal::Handoff::prompts, true, true},
    {"eval_logic", &Proposal::Handoff::eval_logic, true, true},
    {"operating_notes", &Proposal::Handoff::operating_notes, true, false},
    {"knowledge_transfer_clause", &Proposal::Handoff::knowledge_transfer_clause, false, true},
};

}  // namespace

const char* AnswerStatusId(AnswerStatus status) {
  switch (status) {
    case AnswerStatus::kAnswered: return "answered";
    case AnswerStatus::kThin: return "thin";
    case AnswerStatus::kMissing: return "missing";
  }
  return "missing";
}

const char* ProposalVerdictId(ProposalVerdict verdict) {
  switch (verdict) {
    case ProposalVerdict::kWeak: return "weak";
    case ProposalVerdict::kAcceptable: return "acceptable";
    case ProposalVerdict::kStrong: return "strong";
  }
  return "weak";
}

RiskQuestionReview ReviewRiskQuestion(const Playbook& playbook, const RiskQuestion& question,
                                      const Proposal& proposal) {
  RiskQuestionReview r;
  r.id = question.id;
  r.title = question.title;
  r.question = question.question;
  r.rule = question.rule;
  const ReviewAnswerTexts& texts = playbook.review.answer;
  auto it = proposal.answers.find(question.id);
  if (it == proposal.answers.end() || Blank(it->second)) {
    r.status = AnswerStatus::kMissing;
    r.reason = FillTemplate(texts.missing, {{"question", question.question}});
    return r;
  }
  SearchableText answer(it->second);
  r.words = answer.WordCount();
  r.evidence = FindTerms(answer, question.evidence);
  bool long_enough = r.words >= playbook.min_answer_words;
  std::map<std::string, std::string> values = {
      {"question", question.question},
      {"words", std::to_string(r.words)},
      {"min_words", std::to_string(playbook.min_answer_words)},
      {"evidence", Quoted(r.evidence)},
      {"examples", Examples(question.evidence)}};
  r.claims = ConcreteClaims(playbook, it->second);
  if (long_enough && !r.evidence.empty() && r.claims.empty()) {
    r.status = AnswerStatus::kThin;  // the right words, but no concrete claim
    r.reason = FillTemplate(playbook.evidence.claims.missing_reason, values);
    return r;
  }
  if (long_enough && !r.evidence.empty()) {
    r.status = AnswerStatus::kAnswered;
    r.reason = FillTemplate(texts.answered, values);
  } else {
    r.status = AnswerStatus::kThin;
    if (!long_enough) {
      r.reason = FillTemplate(texts.thin_short, values);
      if (r.evidence.empty()) r.reason += " " + FillTemplate(texts.thin_no_evidence, values);
    } else {
      r.reason = FillTemplate(texts.thin_only_no_evidence, values);
    }
  }
  return r;
}

CommodityFactorReview ReviewCommodityFactor(const Playbook& playbook, const CommodityFactor& factor,
                                            const Proposal& proposal) {
  const ReviewFactorTexts& texts = playbook.review.factor;
  CommodityFactorReview r;
  r.id = factor.id;
  r.title = factor.title;
  r.rule = factor.rule;
  r.evidence = FindTerms(ProposalTexts(proposal), factor.evidence);
  std::vector<std::string> withheld;
  if (factor.id == "handoff_quality") {
    for (const HandoffItem& item : kHandoffItems) {
      const std::optional<bool>& value = proposal.handoff.*item.flag;
      const std::string& name = Label(texts.handoff_items, item.key);
      if (value == true)
        r.evidence.push_back(FillTemplate(texts.handoff_evidence, {{"item", name}}));
      if (value == false && item.required) withheld.push_back(name);
    }
  }
  if (factor.id == "cost_discipline" && proposal.pricing.monthly_run_usd) {
    r.evidence.push_back(texts.run_cost_evidence);
  }
  std::vector<std::string> quoted;
  for (const auto& e : r.evidence) quoted.push_back("'" + e + "'");
  std::map<std::string, std::string> values = {
      {"commodity", factor.commodity},
      {"non_commodity", factor.non_commodity},
      {"commodity_phrase", Phrase(factor.commodity)},
      {"non_commodity_phrase", Phrase(factor.non_commodity)},
      {"evidence", JoinWithAnd(quoted)},
      {"found", quoted.empty()
                    ? texts.found_none
                    : FillTemplate(texts.found_only, {{"evidence", JoinWithAnd(quoted)}})},
      {"withheld", JoinWithAnd(withheld)}};
  if (!withheld.empty()) {
    r.commodity = true;
    r.reason = FillTemplate(texts.withheld, values);
  } else if (static_cast<int>(r.evidence.size()) >= playbook.review.min_factor_signals) {
    r.commodity = false;
    r.reason = FillTemplate(texts.non_commodity, values);
  } else {
    r.commodity = true;
    r.reason = FillTemplate(texts.commodity, values);
  }
  return r;
}

std::vector<ProposalFlag> FindProposalFlags(const Playbook& playbook, const Proposal& proposal,
                                            bool evaluation_answered) {
  std::vector<SearchableText> texts = ProposalTexts(proposal);
  std::vector<ProposalFlag> flags;
  for (const ProposalRisk& risk : playbook.proposal_risks) {
    if (risk.only_when == "evaluation_lacks_evidence" && evaluation_answered) continue;
    if (risk.only_when == "run_cost_unpriced" && proposal.pricing.monthly_run_usd) continue;
    std::vector<std::string> found = FindTerms(texts, risk.keywords);
    if (found.empty()) continue;
    flags.push_back({risk.id, std::move(found), risk.rule, risk.reason});
  }
  return flags;
}

VerdictResult DecideVerdict(const Playbook& playbook,
                            const std::vector<RiskQuestionReview>& questions,
                            const std::vector<CommodityFactorReview>& factors,
                            const std::vector<ProposalFlag>& flags,
                            const VerdictLimits& limits) {
  std::vector<std::string> missing, thin, commodity, flagged;
  for (const auto& q : questions) {
    if (q.status == AnswerStatus::kMissing) missing.push_back(LowerFirst(q.title));
    if (q.status == AnswerStatus::kThin) thin.push_back(LowerFirst(q.title));
  }
  for (const auto& f : factors) {
    if (f.commodity) commodity.push_back(LowerFirst(f.title));
  }
  for (const auto& f : flags) {
    std::string name = f.id;
    std::replace(name.begin(), name.end(), '_', ' ');
    flagged.push_back(name);
  }
  const ReviewCauseTexts& texts = playbook.review.causes;
  bool many_commodity =
      static_cast<int>(commodity.size()) >= playbook.review.weak_min_commodity_factors;
  VerdictResult v;
  if (!missing.empty() || many_commodity || !flagged.empty() || !limits.weak_causes.empty()) {
    std::vector<std::string> causes;
    if (!missing.empty())
      causes.push_back(FillTemplate(texts.missing, {{"titles", JoinWithAnd(missing)}}));
    if (many_commodity) {
      causes.push_back(FillTemplate(texts.commodity, {{"count", std::to_string(commodity.size())},
                                                      {"titles", JoinWithAnd(commodity)}}));
    }
    if (!flagged.empty())
      causes.push_back(FillTemplate(texts.flagged, {{"flags", JoinWithAnd(flagged)}}));
    causes.insert(causes.end(), limits.weak_causes.begin(), limits.weak_causes.end());
    SetVerdict(playbook, ProposalVerdict::kWeak, {{"causes", JoinWithAnd(causes)}}, &v);
  } else if (thin.empty() && commodity.empty() && limits.gaps.empty()) {
    SetVerdict(playbook, ProposalVerdict::kStrong, {}, &v);
  } else {
    std::vector<std::string> gaps;
    if (!thin.empty()) gaps.push_back(FillTemplate(texts.thin, {{"titles", JoinWithAnd(thin)}}));
    if (!commodity.empty()) {
      gaps.push_back(FillTemplate(texts.commodity_gap, {{"titles", JoinWithAnd(commodity)}}));
    }
    gaps.insert(gaps.end(), limits.gaps.begin(), limits.gaps.end());
    SetVerdict(playbook, ProposalVerdict::kAcceptable, {{"gaps", JoinWithAnd(gaps)}}, &v);
  }
  return v;
}

std::optional<OwnershipFinding> FindOwnershipWithheld(const Playbook& playbook,
                                                      const Proposal& proposal) {
  std::vector<std::string> withheld;
  for (const HandoffItem& item : kHandoffItems) {
    if (!item.owned || (proposal.handoff.*item.flag) != false) continue;
    withheld.push_back(Label(playbook.review.factor.handoff_items, item.key));
  }
  if (withheld.empty()) return std::nullopt;
  const RuleText& text = playbook.review.ownership;
  return OwnershipFinding{withheld, text.rule,
                          FillTemplate(text.text, {{"withheld", JoinWithAnd(withheld)}})};
}

VerdictLimits LimitsOf(const Playbook& playbook, const std::optional<OwnershipFinding>& ownership,
                       const std::vector<BriefCheck>& brief_checks, bool run_cost_priced) {
  const ReviewCauseTexts& texts = playbook.review.causes;
  VerdictLimits limits;
  if (ownership) {
    limits.gaps.push_back(
        FillTemplate(texts.ownership, {{"withheld", JoinWithAnd(ownership->withheld)}}));
  }
  std::vector<std::string> failed;
  for (const BriefCheck& check : brief_checks) {
    if (check.status != BriefCheckStatus::kFail) continue;
    // A priced run cost that fails the budget check is above the budget.
    if (check.id == "run_budget" && run_cost_priced) {
      limits.weak_causes.push_back(texts.over_budget);
    } else {
      failed.push_back(check.title);
    }
  }
  if (!failed.empty()) {
    limits.gaps.push_back(FillTemplate(texts.brief_gap, {{"titles", JoinWithAnd(failed)}}));
  }
  return limits;
}

ProposalReview Review(const Playbook& playbook, const Proposal& proposal, const Brief* brief) {
  ProposalReview r;
  r.playbook = InfoOf(playbook);
  r.vendor_name = proposal.vendor.name;
  r.route = proposal.vendor.route;
  r.build_usd = proposal.pricing.build_usd;
  r.monthly_run_usd = proposal.pricing.monthly_run_usd;
  bool evaluation_answered = false;
  for (const RiskQuestion& q : playbook.risk_questions) {
    r.risk_questions.push_back(ReviewRiskQuestion(playbook, q, proposal));
    if (q.id == "evaluation") {
      evaluation_answered = r.risk_questions.back().status == AnswerStatus::kAnswered;
    }
  }
  for (const CommodityFactor& f : playbook.commodity_factors) {
    r.commodity_factors.push_back(ReviewCommodityFactor(playbook, f, proposal));
  }
  r.flags = FindProposalFlags(playbook, proposal, evaluation_answered);
  r.ownership_not_transferred = FindOwnershipWithheld(playbook, proposal);
  if (brief) {
    r.brief_given = true;
    r.brief_checks = CheckAgainstBrief(playbook, proposal, ProposalTexts(proposal), *brief);
  }
  r.verdict = DecideVerdict(playbook, r.risk_questions, r.commodity_factors, r.flags,
                            LimitsOf(playbook, r.ownership_not_transferred, r.brief_checks,
                                     proposal.pricing.monthly_run_usd.has_value()));
  if (r.route == "agency" || r.route == "freelancer") {
    r.reminders.push_back({playbook.routes.partner_handoff.rule, playbook.routes.partner_handoff.text});
  }
  return r;
}

}  // namespace firsthire

// Review(): a vendor proposal against the risk questions, the commodity
// factors and the proposal risks of the playbook.
#include "engine/proposal_review.h"

#include <algorithm>

#include "engine/proposal_terms.h"
#include "engine/scorecard_evaluation.h"  // JoinWithAnd
#include "input/text_template.h"

namespace firsthire {
namespace {

// The playbook's section 7 carries the questions, factor descriptions and
// risk reasons; these sentences only put them together. Placeholders are
// filled with playbook texts and the proposal's values.
constexpr const char* kAnswered = "\"{question}\" Answered in {words} words, naming {evidence}.";
constexpr const char* kThinShort =
    "Thin answer to \"{question}\": {words} words, fewer than the {min_words} a real answer "
    "needs.";
constexpr const char* kThinNoEvidence =
    " It names nothing concrete, such as {examples}.";
constexpr const char* kThinOnlyNoEvidence =
    "Thin answer to \"{question}\": it names nothing concrete, such as {examples}.";
constexpr const char* kMissing =
    "Not answered: \"{question}\" Ask the vendor before signing anything.";
constexpr const char* kNonCommodity = "{non_commodity} The proposal shows {evidence}.";
constexpr const char* kCommodity =
    "Looks like commodity work ({commodity_phrase}): the proposal does not show "
    "{non_commodity_phrase} ({found}).";
constexpr const char* kWithheld =
    "Looks like commodity work: the proposal does not hand over {withheld}, so the knowledge "
    "stays with the vendor.";
constexpr const char* kVerdictWeak = "Weak proposal: {causes}.";
constexpr const char* kVerdictStrong =
    "Strong proposal: every risk question is answered and every factor shows non-commodity work.";
constexpr const char* kVerdictAcceptable = "Acceptable, with gaps to close before signing: {gaps}.";

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

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

struct HandoffItem {
  const char* name;
  std::optional<bool> Proposal::Handoff::*flag;
  bool required;  // one of the four things the factor says must transfer
};
constexpr HandoffItem kHandoffItems[] = {
    {"repository", &Proposal::Handoff::repository, true},
    {"prompts", &Proposal::Handoff::prompts, true},
    {"eval logic", &Proposal::Handoff::eval_logic, true},
    {"operating notes", &Proposal::Handoff::operating_notes, true},
    {"knowledge transfer clause", &Proposal::Handoff::knowledge_transfer_clause, false},
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
  r.rule = "risk_question." + question.id;
  auto it = proposal.answers.find(question.id);
  if (it == proposal.answers.end() || Blank(it->second)) {
    r.status = AnswerStatus::kMissing;
    r.reason = FillTemplate(kMissing, {{"question", question.question}});
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
  if (long_enough && !r.evidence.empty()) {
    r.status = AnswerStatus::kAnswered;
    r.reason = FillTemplate(kAnswered, values);
  } else {
    r.status = AnswerStatus::kThin;
    if (!long_enough) {
      r.reason = FillTemplate(kThinShort, values);
      if (r.evidence.empty()) r.reason += FillTemplate(kThinNoEvidence, values);
    } else {
      r.reason = FillTemplate(kThinOnlyNoEvidence, values);
    }
  }
  return r;
}

CommodityFactorReview ReviewCommodityFactor(const CommodityFactor& factor, const Proposal& proposal) {
  CommodityFactorReview r;
  r.id = factor.id;
  r.title = factor.title;
  r.rule = "commodity_factor." + factor.id;
  r.evidence = FindTerms(ProposalTexts(proposal), factor.evidence);
  std::vector<std::string> withheld;
  if (factor.id == "handoff_quality") {
    for (const HandoffItem& item : kHandoffItems) {
      const std::optional<bool>& value = proposal.handoff.*item.flag;
      if (value == true) r.evidence.push_back(std::string("handoff: ") + item.name);
      if (value == false && item.required) withheld.push_back(item.name);
    }
  }
  if (factor.id == "cost_discipline" && proposal.pricing.monthly_run_usd) {
    r.evidence.push_back("monthly run cost priced");
  }
  std::vector<std::string> quoted;
  for (const auto& e : r.evidence) quoted.push_back("'" + e + "'");
  std::map<std::string, std::string> values = {
      {"commodity", factor.commodity},
      {"non_commodity", factor.non_commodity},
      {"commodity_phrase", Phrase(factor.commodity)},
      {"non_commodity_phrase", Phrase(factor.non_commodity)},
      {"evidence", JoinWithAnd(quoted)},
      {"found", quoted.empty() ? "no sign of it found" : "found only " + JoinWithAnd(quoted)},
      {"withheld", JoinWithAnd(withheld)}};
  if (!withheld.empty()) {
    r.commodity = true;
    r.reason = FillTemplate(kWithheld, values);
  } else if (static_cast<int>(r.evidence.size()) >= kMinFactorSignals) {
    r.commodity = false;
    r.reason = FillTemplate(kNonCommodity, values);
  } else {
    r.commodity = true;
    r.reason = FillTemplate(kCommodity, values);
  }
  return r;
}

std::vector<ProposalFlag> FindProposalFlags(const Playbook& playbook, const Proposal& proposal,
                                            bool evaluation_answered) {
  std::vector<SearchableText> texts = ProposalTexts(proposal);
  std::vector<ProposalFlag> flags;
  for (const ProposalRisk& risk : playbook.proposal_risks) {
    if (risk.id == "vague_agents" && evaluation_answered) continue;
    std::vector<std::string> found = FindTerms(texts, risk.keywords);
    if (found.empty()) continue;
    flags.push_back({risk.id, std::move(found), risk.rule, risk.reason});
  }
  return flags;
}

VerdictResult DecideVerdict(const std::vector<RiskQuestionReview>& questions,
                            const std::vector<CommodityFactorReview>& factors,
                            const std::vector<ProposalFlag>& flags) {
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
  VerdictResult v;
  if (!missing.empty() || commodity.size() >= 2 || !flagged.empty()) {
    std::vector<std::string> causes;
    if (!missing.empty()) causes.push_back("no answer on " + JoinWithAnd(missing));
    if (commodity.size() >= 2) {
      causes.push_back(std::to_string(commodity.size()) + " commodity factors (" +
                       JoinWithAnd(commodity) + ")");
    }
    if (!flagged.empty()) causes.push_back("flagged for " + JoinWithAnd(flagged));
    v.id = ProposalVerdict::kWeak;
    v.reason = FillTemplate(kVerdictWeak, {{"causes", JoinWithAnd(causes)}});
  } else if (thin.empty() && commodity.empty()) {
    v.id = ProposalVerdict::kStrong;
    v.reason = kVerdictStrong;
  } else {
    std::vector<std::string> gaps;
    if (!thin.empty()) gaps.push_back("thin answers on " + JoinWithAnd(thin));
    if (!commodity.empty()) gaps.push_back("commodity " + JoinWithAnd(commodity));
    v.id = ProposalVerdict::kAcceptable;
    v.reason = FillTemplate(kVerdictAcceptable, {{"gaps", JoinWithAnd(gaps)}});
  }
  v.rule = std::string("review.verdict.") + ProposalVerdictId(v.id);
  return v;
}

ProposalReview Review(const Playbook& playbook, const Proposal& proposal) {
  ProposalReview r;
  r.playbook = {playbook.version, playbook.name, playbook.reviewed};
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
    r.commodity_factors.push_back(ReviewCommodityFactor(f, proposal));
  }
  r.flags = FindProposalFlags(playbook, proposal, evaluation_answered);
  r.verdict = DecideVerdict(r.risk_questions, r.commodity_factors, r.flags);
  if (r.route == "agency" || r.route == "freelancer") {
    r.reminders.push_back({playbook.routes.partner_handoff.rule, playbook.routes.partner_handoff.text});
  }
  return r;
}

}  // namespace firsthire

// Vendor proposals and their review (docs/product.md section 7, `firsthire review`).
//
// A proposal from a freelancer, an agency or a candidate for a
// contract is checked against the five risk questions every proposal must
// answer and the five commodity factors that separate a thorough build from
// a prompt wrapper; risky patterns (thin prompt layering, mass content
// generation, vague agents) are flagged, and a verdict follows. Every
// conclusion names its rule and a reason built from the playbook's texts.
//
// Review is pure and total: (playbook, proposal) -> ProposalReview, no I/O.
// Terms are matched as whole words or phrases, case-insensitively.
#ifndef FIRSTHIRE_REVIEW_H_
#define FIRSTHIRE_REVIEW_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/brief.h"
#include "firsthire/diagnostics.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"

namespace firsthire {

// ---- Input ------------------------------------------------------------------

struct Proposal {
  struct Vendor {
    std::string name;
    std::string route;  // a playbook route id, "" = not given
  } vendor;
  std::string summary;
  // Risk question id -> the vendor's answer (only the answers given).
  std::map<std::string, std::string> answers;
  std::vector<std::string> deliverables;
  // What the vendor commits to hand over; unset = not said.
  struct Handoff {
    std::optional<bool> repository;
    std::optional<bool> prompts;
    std::optional<bool> eval_logic;
    std::optional<bool> operating_notes;
    std::optional<bool> knowledge_transfer_clause;
  } handoff;
  struct Pricing {
    std::optional<double> build_usd;
    std::optional<double> monthly_run_usd;
  } pricing;
};

// Parses `{vendor: {name, route}, summary, answers: {risk question id: text},
// deliverables: [text], handoff: {repository, prompts, eval_logic,
// operating_notes, knowledge_transfer_clause}, pricing: {build_usd,
// monthly_run_usd}}` (YAML or JSON). Errors, each with file, line and column:
// a missing vendor name, an unknown route (with did-you-mean), wrong types,
// negative prices. Unknown keys, including answers to questions the playbook
// does not ask, are warnings with did-you-mean.
Result<Proposal> LoadProposal(std::string_view text, const std::string& source_name,
                              const Playbook& playbook, Diagnostics* diagnostics);

// ---- Decision record ---------------------------------------------------------

enum class AnswerStatus { kAnswered, kThin, kMissing };
const char* AnswerStatusId(AnswerStatus status);  // "answered", "thin", "missing"

struct RiskQuestionReview {
  std::string id;
  std::string title;
  std::string question;
  AnswerStatus status = AnswerStatus::kMissing;
  int words = 0;                      // words in the answer
  std::vector<std::string> evidence;  // the playbook's evidence terms found in the answer
  std::vector<std::string> claims;    // its concrete claims, quoted (ConcreteClaims)
  std::string rule;                   // "risk_question.<id>"
  std::string reason;
};

struct CommodityFactorReview {
  std::string id;
  std::string title;
  bool commodity = true;  // assessment: commodity | non_commodity
  // Evidence terms found in the proposal's text, plus structured signals
  // ("handoff: repository", "monthly run cost priced").
  std::vector<std::string> evidence;
  std::string rule;  // "commodity_factor.<id>"
  std::string reason;
};

struct ProposalFlag {
  std::string id;
  std::vector<std::string> evidence;  // the keywords found
  std::string rule;
  std::string reason;
};

enum class ProposalVerdict { kWeak = 0, kAcceptable = 1, kStrong = 2 };
const char* ProposalVerdictId(ProposalVerdict verdict);  // "weak", "acceptable", "strong"

struct VerdictResult {
  ProposalVerdict id = ProposalVerdict::kWeak;
  std::string rule;  // "review.verdict.<id>"
  std::string reason;
};

struct Reminder {
  std::string rule;
  std::string reason;
};

// The vendor keeps what the buyer must own (the repository, prompts or eval
// logic, or refuses a knowledge transfer clause): ownership is not answered.
struct OwnershipFinding {
  std::vector<std::string> withheld;  // the handoff items refused, as the playbook names them
  std::string rule;
  std::string reason;
};

// One check of the proposal against the brief (`review --brief`).
enum class BriefCheckStatus { kPass, kFail, kUnknown };
const char* BriefCheckStatusId(BriefCheckStatus status);  // "pass", "fail", "unknown"

struct BriefCheck {
  std::string id;  // workflow, metric, owner, run_budget
  std::string title;
  BriefCheckStatus status = BriefCheckStatus::kUnknown;
  std::vector<std::string> found;  // the words or phrase of the brief found in the proposal
  std::string rule;
  std::string reason;
};

struct ProposalReview {
  // Which playbook decided (so a stored record can be traced).
  PlaybookInfo playbook;
  std::string vendor_name;
  std::string route;  // "" when the proposal does not say
  std::optional<double> build_usd;
  std::optional<double> monthly_run_usd;
  std::vector<RiskQuestionReview> risk_questions;       // playbook order
  std::vector<CommodityFactorReview> commodity_factors;  // playbook order
  std::vector<ProposalFlag> flags;                      // playbook order
  VerdictResult verdict;
  std::vector<Reminder> reminders;  // the partner-handoff reminder for agency and freelancer
  std::optional<OwnershipFinding> ownership_not_transferred;
  bool brief_given = false;
  std::vector<BriefCheck> brief_checks;  // playbook order; empty without a brief
};

// Reviews a proposal.
// Risk question: missing when there is no answer; answered when the answer
// has at least min_answer_words words and one of the question's evidence
// terms; thin otherwise.
// Commodity factor: non_commodity when at least review.min_factor_signals
// distinct signals are found: the factor's evidence terms anywhere in the summary,
// answers and deliverables, plus, for handoff_quality, each handoff item
// promised (and it is commodity whenever the proposal explicitly withholds
// the repository, prompts, eval logic or operating notes), and, for
// cost_discipline, a priced monthly run cost.
// Flags: the playbook's proposal risks whose keywords appear, narrowed by
// their `only_when` (evaluation_lacks_evidence: the evaluation answer is not
// `answered`; run_cost_unpriced: no monthly run cost).
// Ownership: not transferred when the handoff refuses (false) the
// repository, prompts, eval logic or the knowledge transfer clause.
// Brief checks (only with a brief): the proposal names the brief's workflow,
// metric and owner, and its monthly run cost fits the brief's run budget.
// Verdict: weak when a risk question is missing, at least
// review.weak_min_commodity_factors factors are commodity, any flag is
// raised, or the run cost is above the brief's run budget; strong when every
// question is answered, every factor is non_commodity, ownership is
// transferred and no brief check fails; acceptable otherwise.
// Every rule id and sentence comes from the playbook: the risk questions' and
// commodity factors' `rule`s and the `review` section.
ProposalReview Review(const Playbook& playbook, const Proposal& proposal,
                      const Brief* brief = nullptr);

}  // namespace firsthire

#endif  // FIRSTHIRE_REVIEW_H_

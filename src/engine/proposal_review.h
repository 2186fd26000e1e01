// The steps of Review() (include/firsthire/review.h), exposed so each can be
// tested on its own. All are pure functions of their arguments.
#ifndef FIRSTHIRE_ENGINE_PROPOSAL_REVIEW_H_
#define FIRSTHIRE_ENGINE_PROPOSAL_REVIEW_H_

#include <optional>
#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/review.h"

namespace firsthire {

// One risk question against the proposal's answer to it.
RiskQuestionReview ReviewRiskQuestion(const Playbook& playbook, const RiskQuestion& question,
                                      const Proposal& proposal);

// One commodity factor against the whole proposal.
CommodityFactorReview ReviewCommodityFactor(const Playbook& playbook, const CommodityFactor& factor,
                                            const Proposal& proposal);

// The playbook's proposal risks found in the proposal. `evaluation_answered`
// says whether the evaluation question was answered (vague_agents only fires
// when it was not).
std::vector<ProposalFlag> FindProposalFlags(const Playbook& playbook, const Proposal& proposal,
                                            bool evaluation_answered);

// Causes that cap the verdict besides the three lists, already worded:
// `weak_causes` make it weak, `gaps` rule out strong.
struct VerdictLimits {
  std::vector<std::string> weak_causes;
  std::vector<std::string> gaps;
};

// The vendor's refusals (false) of the repository, prompts, eval logic or the
// knowledge transfer clause; nullopt when it refuses none.
std::optional<OwnershipFinding> FindOwnershipWithheld(const Playbook& playbook,
                                                      const Proposal& proposal);

// The limits from ownership and the brief checks: ownership withheld and a
// failed name or unpriced run-cost check are gaps; a priced run cost above
// the brief's budget is a weak cause.
VerdictLimits LimitsOf(const Playbook& playbook, const std::optional<OwnershipFinding>& ownership,
                       const std::vector<BriefCheck>& brief_checks, bool run_cost_priced);

// The verdict from the three lists above and the limits, worded with the
// playbook's review texts.
VerdictResult DecideVerdict(const Playbook& playbook,
                            const std::vector<RiskQuestionReview>& questions,
                            const std::vector<CommodityFactorReview>& factors,
                            const std::vector<ProposalFlag>& flags,
                            const VerdictLimits& limits = {});

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_PROPOSAL_REVIEW_H_

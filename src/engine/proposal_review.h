// The steps of Review() (include/firsthire/review.h), exposed so each can be
// tested on its own. All are pure functions of their arguments.
#ifndef FIRSTHIRE_ENGINE_PROPOSAL_REVIEW_H_
#define FIRSTHIRE_ENGINE_PROPOSAL_REVIEW_H_

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

// The verdict from the three lists above, worded with the playbook's review
// texts.
VerdictResult DecideVerdict(const Playbook& playbook,
                            const std::vector<RiskQuestionReview>& questions,
                            const std::vector<CommodityFactorReview>& factors,
                            const std::vector<ProposalFlag>& flags);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_PROPOSAL_REVIEW_H_

// firsthire review PROPOSAL: a vendor, agency or freelancer proposal against
// the five risk questions and the commodity factors.
#include <string>

#include "cli/verbs.h"
#include "firsthire/review.h"
#include "report/review_report.h"

namespace firsthire {

void AddReviewVerb(CLI::App& app, GlobalOptions& options) {
  AddRecordVerb<Proposal>(
      app, options,
      {"review",
       "Review a vendor proposal: the five risk questions (evaluation, sources, fallback, "
       "security, ownership), the commodity factors, risky patterns and a verdict (strong, "
       "acceptable, weak)",
       "PROPOSAL", "Proposal file (YAML or JSON), or - for standard input"},
      LoadProposal, [](const Playbook& playbook, const Proposal& proposal) {
        ProposalReview review = Review(playbook, proposal);
        return std::make_pair(ProposalReviewToJson(review), ProposalReviewReport(review));
      });
}

}  // namespace firsthire

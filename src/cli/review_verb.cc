// firsthire review PROPOSAL [--brief BRIEF]: a vendor, agency or freelancer
// proposal against the five risk questions and the commodity factors, and,
// with a brief, against the brief's workflow, metric, owner and run budget.
#include <memory>
#include <optional>
#include <string>

#include "cli/verbs.h"
#include "firsthire/brief.h"
#include "firsthire/input_file.h"
#include "firsthire/review.h"
#include "report/review_report.h"

namespace firsthire {

void AddReviewVerb(CLI::App& app, GlobalOptions& options) {
  auto brief_path = std::make_shared<std::string>();
  auto brief = std::make_shared<std::optional<Brief>>();
  // The brief is read with the proposal, so a bad brief is bad input (exit 2)
  // reported like a bad proposal, before anything is printed.
  InputLoader<Proposal> load = [brief_path, brief](std::string_view text, const std::string& source,
                                                   const Playbook& playbook,
                                                   Diagnostics* diagnostics) -> Result<Proposal> {
    FH_ASSIGN_OR_RETURN(Proposal proposal, LoadProposal(text, source, playbook, diagnostics));
    brief->reset();
    if (brief_path->empty()) return proposal;
    FH_ASSIGN_OR_RETURN(std::string brief_text, ReadInputFile(*brief_path, kMaxInputFileBytes));
    FH_ASSIGN_OR_RETURN(*brief,
                        LoadBrief(brief_text, InputName(*brief_path), playbook, diagnostics));
    return proposal;
  };
  CLI::App* verb = AddRecordVerb<Proposal>(
      app, options,
      {"review",
       "Review a vendor proposal: the five risk questions (evaluation, sources, fallback, "
       "security, ownership), the commodity factors, risky patterns, whether ownership "
       "transfers and a verdict (strong, acceptable, weak); with --brief, whether it names the "
       "brief's workflow, metric and owner and fits its monthly run budget",
       "PROPOSAL", "Proposal file (YAML or JSON), or - for standard input"},
      load, [brief](const Playbook& playbook, const Proposal& proposal) {
        ProposalReview review = Review(playbook, proposal, brief->has_value() ? &**brief : nullptr);
        return std::make_pair(ProposalReviewToJson(review), ProposalReviewReport(review));
      });
  verb->add_option("--brief", *brief_path,
                   "The brief (YAML or JSON) the proposal answers: check its workflow, metric, "
                   "owner and monthly run budget");
}

}  // namespace firsthire

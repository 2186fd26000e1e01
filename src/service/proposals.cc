#include "service/proposals.h"

namespace firsthire::service {
namespace {

void Apply(const ProposalChange& change, store::StoredProposal& proposal) {
  if (change.title) proposal.title = *change.title;
  if (change.input_json) {
    proposal.input_json = *change.input_json;
    proposal.review_json = change.review_json;
  }
}

}  // namespace

Result<store::StoredProposal> CreateProposal(Store& store, const ProposalChange& change,
                                             const std::string& actor) {
  if (!change.input_json) {
    return Status::InvalidInput("proposal is required", {.field = "proposal"});
  }
  store::StoredProposal proposal;
  Apply(change, proposal);
  if (!change.title) {
    std::string vendor = NameInDocument(proposal.input_json, "vendor");
    proposal.title = vendor.empty() ? "Untitled proposal" : vendor;
  }
  return store.CreateProposal(proposal, actor);
}

Result<store::StoredProposal> UpdateProposal(Store& store, const std::string& id,
                                             const ChangeReader<ProposalChange>& read,
                                             const std::string& actor) {
  FH_ASSIGN_OR_RETURN(store::StoredProposal proposal, store.GetProposal(id));
  FH_ASSIGN_OR_RETURN(ProposalChange change, read());
  Apply(change, proposal);
  return store.UpdateProposal(proposal, actor);
}

}  // namespace firsthire::service

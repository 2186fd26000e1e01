// Vendor proposals: a proposal document and the review the engines made of
// it (computed by the caller, who runs the engines, and passed in).
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_PROPOSALS_H_
#define FIRSTHIRE_SERVICE_PROPOSALS_H_

#include <optional>
#include <string>

#include "firsthire/status.h"
#include "service/record_change.h"
#include "store/store.h"

namespace firsthire::service {

// A change to a proposal: a new title and/or a new proposal document with
// its review (JSON texts; `review_json` goes with `input_json`).
struct ProposalChange {
  std::optional<std::string> title;
  std::optional<std::string> input_json;
  std::string review_json;
};

// Stores a new proposal from `change`, whose input_json is required (else
// kInvalidInput, field "proposal"). Without a title it is named after the
// vendor (vendor.name), else "Untitled proposal".
Result<store::StoredProposal> CreateProposal(Store& store, const ProposalChange& change,
                                             const std::string& actor);

// Applies the change `read` gives to the proposal `id`. kNotFound for no
// such proposal; the reader's and the store's errors; nothing is written on
// failure.
Result<store::StoredProposal> UpdateProposal(Store& store, const std::string& id,
                                             const ChangeReader<ProposalChange>& read,
                                             const std::string& actor);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_PROPOSALS_H_

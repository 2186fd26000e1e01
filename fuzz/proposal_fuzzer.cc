// Fuzzes the proposal loader and the review behind `firsthire review`.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "firsthire/review.h"
#include "report/review_report.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace firsthire;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  const Playbook& playbook = DefaultPlaybook();
  auto proposal = LoadProposal(text, "fuzz.yaml", playbook, &diagnostics);
  if (!proposal.ok()) {
    if (proposal.status().message().empty()) __builtin_trap();
    return 0;
  }
  (void)ProposalReviewToJson(Review(playbook, *proposal)).dump();
  return 0;
}

// A proposal that answers every risk question (long enough, with evidence)
// and shows non-commodity work on every factor: the strong case the review
// tests vary one thing at a time.
#ifndef FIRSTHIRE_ENGINE_THOROUGH_PROPOSAL_FOR_TEST_H_
#define FIRSTHIRE_ENGINE_THOROUGH_PROPOSAL_FOR_TEST_H_

#include "firsthire/review.h"

namespace firsthire {

inline Proposal ThoroughProposalForTest() {
  Proposal p;
  p.vendor = {"Northwind Labs", "agency"};
  p.summary = "We automate the invoice triage workflow against your metric and baseline.";
  p.answers["evaluation"] =
      "We build a test set of 300 labelled invoices and run it as a regression suite on every "
      "prompt change, reporting accuracy weekly after release.";
  p.answers["sources"] =
      "The system reads the ERP database and the shared drive, with access limited by the "
      "existing role permissions of each clerk.";
  p.answers["fallback"] =
      "When confidence is low or the model times out, the invoice goes to a human queue, and a "
      "cheaper model handles retries.";
  p.answers["security"] =
      "Supplier text is treated as untrusted to resist prompt injection; tools run from an "
      "allowlist and PII is redacted before logging.";
  p.answers["ownership"] =
      "Your team owns the repository, prompts and eval logic from day one; we hand over a "
      "runbook at the end.";
  p.deliverables = {"Deployment with monitoring and failure alerts",
                    "Cost dashboard with token spend and caching",
                    "Access control review and threat model"};
  p.handoff = {true, true, true, true, true};
  p.pricing = {60000, 1200};
  return p;
}

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_THOROUGH_PROPOSAL_FOR_TEST_H_

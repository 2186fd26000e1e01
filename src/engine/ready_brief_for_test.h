// Test fixture for the assessment engine tests: a brief that meets every
// readiness criterion of the default playbook and trips no warning, which
// each test then changes in the one way it is about.
#ifndef FIRSTHIRE_ENGINE_READY_BRIEF_FOR_TEST_H_
#define FIRSTHIRE_ENGINE_READY_BRIEF_FOR_TEST_H_

#include "firsthire/brief.h"

namespace firsthire {

inline Brief ReadyBrief() {
  Brief b;
  b.workflow.name = "Support ticket triage";
  b.workflow.description =
      "Read each incoming support ticket, tag its product area and urgency, and route it to the "
      "right queue with a drafted first reply.";
  b.workflow.runs_per_week = 400;
  b.workflow.standard_product_exists = false;
  b.metric = {"first response time", 9, 2, "hours"};
  b.sources = {{"Zendesk tickets", DataAccess::kAvailable, DataSensitivity::kInternal}};
  b.constraints.mistake_cost = MistakeCost::kMedium;
  b.constraints.human_review = true;
  b.constraints.monthly_run_budget_usd = 500;  // post-launch costs are priced
  b.owner = {"Dana Levi", "Head of Support"};
  // Leads to a direct hire, so no partner handoff is raised.
  b.organisation = {true, true, Urgency::kLow, {OrganisationNeed::kAi, OrganisationNeed::kBackend}, false};
  return b;
}

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_READY_BRIEF_FOR_TEST_H_

#include "service/outcomes.h"

#include <map>
#include <vector>

#include "service/stored_scorecards.h"

namespace firsthire::service {
namespace {

// Per candidate id, the plan whose outcome was recorded last.
Result<std::map<std::string, store::StoredPlan>> LatestOutcomes(Store& store) {
  std::map<std::string, store::StoredPlan> latest;
  Page page{.limit = 500, .offset = 0};
  while (true) {
    FH_ASSIGN_OR_RETURN(Listing<store::StoredPlan> listing, store.ListPlans(PlanFilter{}, page));
    for (store::StoredPlan& plan : listing.items) {
      if (plan.outcome.empty() || plan.candidate_id.empty()) continue;
      auto it = latest.find(plan.candidate_id);
      if (it == latest.end() || it->second.outcome_at < plan.outcome_at) {
        latest[plan.candidate_id] = std::move(plan);
      }
    }
    page.offset += static_cast<std::int64_t>(listing.items.size());
    if (listing.items.empty() || page.offset >= listing.total) return latest;
  }
}

}  // namespace

Result<OutcomeSummary> SummariseStoredOutcomes(Store& store, const Playbook& playbook) {
  FH_ASSIGN_OR_RETURN(auto latest, LatestOutcomes(store));
  InterviewerNames names(store);
  std::vector<HireOutcome> hires;
  for (const auto& [candidate_id, plan] : latest) {
    auto candidate = store.GetCandidate(candidate_id);
    if (!candidate.ok() && candidate.status().code() == Code::kNotFound) continue;
    if (!candidate.ok()) return candidate.status();
    if (candidate->erased) continue;
    HireOutcome hire;
    FH_ASSIGN_OR_RETURN(hire.hire, SubmittedScorecards(store, *candidate, names));
    hire.go = plan.outcome == "go";
    hire.decided_by = names.NameOf(plan.outcome_by);
    hire.decided_at = plan.outcome_at;
    hires.push_back(std::move(hire));
  }
  return SummariseOutcomes(playbook, hires);
}

}  // namespace firsthire::service

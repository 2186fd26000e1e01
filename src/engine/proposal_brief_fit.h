// Does a vendor proposal fit the brief it answers (`review --brief`)? The
// proposal must name the brief's workflow, success metric and owner, and its
// monthly run cost must fit the brief's run budget. Pure functions; texts and
// thresholds from the playbook's review.brief_checks.
#ifndef FIRSTHIRE_ENGINE_PROPOSAL_BRIEF_FIT_H_
#define FIRSTHIRE_ENGINE_PROPOSAL_BRIEF_FIT_H_

#include <string>
#include <vector>

#include "engine/proposal_terms.h"
#include "firsthire/brief.h"
#include "firsthire/playbook.h"
#include "firsthire/review.h"

namespace firsthire {

// The words of `name` found in `texts` when the proposal names it: the whole
// name as a phrase, or at least `min_share` of its words of four or more
// letters (all its words when none is that long). Empty when it does not.
std::vector<std::string> FindName(const std::vector<SearchableText>& texts, const std::string& name,
                                  double min_share);

// Every playbook brief check, in playbook order. A check the brief gives no
// value for is unknown; the run budget check fails when the proposal prices
// no monthly run cost or prices it above the budget.
std::vector<BriefCheck> CheckAgainstBrief(const Playbook& playbook, const Proposal& proposal,
                                          const std::vector<SearchableText>& texts,
                                          const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_PROPOSAL_BRIEF_FIT_H_

#include "engine/route_ranking.h"

#include <algorithm>

#include "engine/brief_facts.h"

namespace firsthire {

std::string SkillBreadth(const Playbook& playbook, const Brief& brief) {
  size_t needs = brief.organisation.needs.size();
  if (needs == 0) return "unknown";
  return needs >= static_cast<size_t>(playbook.routes.broad_needs_threshold) ? "broad" : "narrow";
}

bool RouteConditionHolds(const RouteCondition& when, const Brief& brief,
                         const std::string& breadth) {
  const Brief::Organisation& org = brief.organisation;
  auto flag_holds = [](const std::optional<bool>& wanted, const std::optional<bool>& given) {
    return !wanted || (given && *given == *wanted);
  };
  if (!flag_holds(when.technical_leadership, org.technical_leadership)) return false;
  if (!flag_holds(when.ai_is_core_advantage, org.ai_is_core_advantage)) return false;
  if (!flag_holds(when.want_trial, org.want_trial)) return false;
  if (!when.urgency.empty() &&
      (!org.urgency ||
       std::find(when.urgency.begin(), when.urgency.end(), *org.urgency) == when.urgency.end())) {
    return false;  // also when the brief gives no urgency
  }
  if (when.breadth && *when.breadth != breadth) return false;  // "unknown" never matches
  if (when.risk_contained && *when.risk_contained != assess_facts::RiskContained(brief)) {
    return false;
  }
  const std::optional<int64_t>& weeks = brief.constraints.timeline_weeks;
  if ((when.timeline_weeks_below || when.timeline_weeks_at_least) && !weeks) return false;
  if (when.timeline_weeks_below && *weeks >= *when.timeline_weeks_below) return false;
  if (when.timeline_weeks_at_least && *weeks < *when.timeline_weeks_at_least) return false;
  return true;
}

Assessment::Route RankRoutes(const Playbook& playbook, const Brief& brief) {
  Assessment::Route result;
  result.breadth = SkillBreadth(playbook, brief);
  for (const Route& route : playbook.routes.routes) {
    Assessment::RouteScore score{route.id, route.base, {}};
    for (const RouteFactor& factor : playbook.routes.factors) {
      if (factor.route != route.id || !RouteConditionHolds(factor.when, brief, result.breadth)) {
        continue;
      }
      score.score += factor.points;
      score.reasons.push_back({factor.id, factor.points, factor.reason});
      if (factor.removes_fit) score.fit = false;
    }
    result.ranking.push_back(std::move(score));
  }
  std::stable_sort(result.ranking.begin(), result.ranking.end(),
                   [](const Assessment::RouteScore& a, const Assessment::RouteScore& b) {
                     if (a.fit != b.fit) return a.fit;
                     return a.score > b.score;
                   });
  if (result.ranking.empty() || !result.ranking.front().fit) return result;
  result.recommended = result.ranking.front().route;
  if (result.recommended == "agency" || result.recommended == "freelancer") {
    result.partner_handoff = Assessment::PartnerHandoff{playbook.routes.partner_handoff.rule,
                                                        playbook.routes.partner_handoff.text};
  }
  return result;
}

}  // namespace firsthire

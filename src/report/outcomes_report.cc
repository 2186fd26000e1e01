#include "report/outcomes_report.h"

#include "report/playbook_report.h"

namespace firsthire {
namespace {

using nlohmann::json;

json OrNull(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json ScoresJson(const OutcomeScores& group) {
  return {{"n", group.n}, {"scores", group.scores}, {"mean", OrNull(group.mean)}};
}

}  // namespace

nlohmann::json OutcomesToJson(const OutcomeSummary& s) {
  json categories = json::object();
  for (const CategoryOutcome& c : s.categories) {
    categories[c.category] = {
        {"n", c.n},
        {"kind", c.kind},
        {"rule", c.rule},
        {"text", c.text},
        {"go", ScoresJson(c.go)},
        {"no_go", ScoresJson(c.no_go)},
        {"r", OrNull(c.r)},
        {"ci", c.ci ? json::array({c.ci->first, c.ci->second}) : json(nullptr)}};
  }
  json hires = json::array();
  for (const HireOutcomeRow& h : s.hires) {
    hires.push_back({{"candidate_id", h.candidate_id},
                     {"name", h.name},
                     {"outcome", h.outcome},
                     {"decided_by", h.decided_by},
                     {"decided_at", h.decided_at},
                     {"scorecards", h.scorecards}});
  }
  return {{"playbook", PlaybookInfoToJson(s.playbook)},
          {"outcomes", s.outcomes},
          {"go", s.go},
          {"no_go", s.no_go},
          {"min_outcomes", s.min_outcomes},
          {"categories", categories},
          {"warning",
           s.warning.empty() ? json(nullptr) : json{{"rule", s.warning_rule}, {"text", s.warning}}},
          {"hires", hires}};
}

}  // namespace firsthire

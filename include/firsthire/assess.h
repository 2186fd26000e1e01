// The assessment of a brief (docs/product.md sections 2-6): should we hire at all, what
// the buyer's problem is, who first, through which route, what could go
// wrong, and what to do next.
//
// Assess is pure: (playbook, brief) -> Assessment, no I/O, no clock. It never
// fails: a brief that leaves something out makes the criteria that need it
// fail with the playbook's `missing` text. Every conclusion carries the
// playbook rule id that produced it (`rule`) and a sentence a non-engineer can
// read (`reason`), taken from the playbook's texts and filled with the brief's
// values. The record holds copies; it does not refer to the playbook or brief.
//
// The JSON form (AssessmentToJson in src/report/assessment_report.h) uses the
// member names below as keys; they are stable public names (docs/product.md section 1).
#ifndef FIRSTHIRE_ASSESS_H_
#define FIRSTHIRE_ASSESS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/brief.h"
#include "firsthire/playbook.h"

namespace firsthire {

struct Assessment {
  // Which playbook decided (so a stored assessment can be traced).

  // One readiness criterion: workflow_frequency, metric_value, data_access,
  // mistake_tolerance or owner, in playbook order.
  struct Criterion {
    std::string id;
    std::string title;
    bool pass = false;
    std::string rule;  // "readiness.<id>"
    std::string reason;
  };

  struct Readiness {
    std::string verdict;  // hire | discovery_first | buy_platform
    std::string rule;     // the verdict's rule, e.g. "verdict.hire"
    std::string reason;
    std::vector<Criterion> criteria;

    // The criterion with this id, or nullptr.
    const Criterion* Find(std::string_view id) const;
    bool AllPass() const;
  };

  // The common mistake of buying the wrong thing, shown only when what the
  // brief asks for (a hire: delivery) differs from the problem found.
  struct Mistake {
    std::string rule;  // buyer_problem.mistake
    std::string reason;
  };

  // Never contradicts the verdict: discovery_first and buy_platform are
  // `advice` problems (choosing and defining, or choosing a product).
  struct BuyerProblem {
    std::string id;  // advice | implementation | ownership
    std::string rule;
    std::string reason;
    std::optional<Mistake> mistake;
  };

  struct FirstHire {
    std::string shape;       // a playbook shape id
    std::string shape_rule;  // shape.given, shape.inferred.{regulated,unclear,keywords,default}
    std::string shape_reason;
    // The shape's keywords found in the workflow's name and description, in
    // playbook order (only when shape_rule is the keyword rule).
    std::vector<std::string> matched_keywords;
    std::string archetype;  // the shape's archetype id
    std::string rule;       // "first_hire.<shape>"
    std::string reason;     // the shape's `why`
    // True unless the verdict is hire: who to hire once the brief is ready.
    bool provisional = false;
    std::string provisional_note;  // the playbook's label when provisional, else ""
  };

  // A route factor whose condition matched the brief.
  struct RouteReason {
    std::string rule;  // the factor id, e.g. "route.agency.broad"
    double points = 0;
    std::string reason;
  };

  struct RouteScore {
    std::string route;
    double score = 0;                  // the route's base plus the points of its reasons
    std::vector<RouteReason> reasons;  // in playbook order
    // False when a reason with removes_fit applies (e.g. a freelancer for
    // regulated data): such routes rank after every route that fits.
    bool fit = true;
  };

  struct PartnerHandoff {
    std::string rule;  // route.partner_handoff
    std::string reason;
  };

  struct Route {
    // ranking.front().route when the verdict is hire and that route fits;
    // nullopt otherwise (the ranking is then what would fit once ready).
    std::optional<std::string> recommended;
    // The playbook's "once the brief is ready" label when nothing is
    // recommended because of the verdict, else "".
    std::string not_ready_note;
    // How broad the needed skills are: "narrow", "broad", or "unknown" when
    // the brief lists no needs.
    std::string breadth;
    // Every playbook route, best score first; equal scores keep playbook order.
    std::vector<RouteScore> ranking;
    // Set only when a recommended route is an outside partner (agency or freelancer).
    std::optional<PartnerHandoff> partner_handoff;
  };

  // A warning: a hiring failure mode (id = the failure mode id, rule from the
  // playbook) or one of the five risk questions the brief leaves open
  // (id = the risk question id, rule "risk_question.<id>").
  struct Risk {
    std::string id;
    std::string title;
    std::string rule;
    std::string reason;
    std::string severity;  // "high" | "medium"
  };

  // What to do next, decided by the verdict: hire -> hire (through the
  // recommended route), discovery_first -> discovery_sprint, buy_platform ->
  // platform_trial.
  struct Engagement {
    std::string kind;  // hire | discovery_sprint | platform_trial
    std::string reason;
    std::string rule;  // engagement.<kind>
    std::vector<std::string> steps;
  };

  // The monthly run cost: runs per week x cost per run x weeks a month,
  // against the brief's monthly run budget and the metric's monthly value.
  // nullopt where unknown; `basis` says where every number came from.
  struct Cost {
    std::optional<double> estimated_monthly_run_usd;
    std::optional<double> monthly_run_budget_usd;
    std::optional<double> metric_monthly_value_usd;  // metric.monthly_value_usd
    std::vector<std::string> basis;
    std::string rule;  // cost.within_budget | cost.over_budget | cost.no_budget | cost.unknown
    std::string reason;
    // cost.exceeds_value and its reason when the estimate is above the
    // metric's monthly value; empty otherwise.
    std::string value_rule;
    std::string value_reason;
  };

  struct NextStep {
    std::string rule;
    std::string text;
  };

  PlaybookInfo playbook;
  Readiness readiness;
  BuyerProblem buyer_problem;
  FirstHire first_hire;
  Route route;
  Engagement engagement;
  Cost cost;
  std::vector<std::string> scope_out;  // the brief's scope.out
  std::vector<Risk> risks;  // failure modes first, then risk questions, each in playbook order
  // The verdict's next step, then each failed criterion's (in criteria
  // order), then the partner handoff when a partner route is recommended.
  std::vector<NextStep> next_steps;
};

// Assesses `brief` with `playbook`.
Assessment Assess(const Playbook& playbook, const Brief& brief);

}  // namespace firsthire

#endif  // FIRSTHIRE_ASSESS_H_

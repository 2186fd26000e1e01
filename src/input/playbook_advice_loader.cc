// LoadAdviceRules: the playbook's `advice:` section → AdviceRules.
#include "input/playbook_advice_loader.h"

#include "input/suggest.h"

namespace firsthire {

namespace {

std::string Required(const InputNode& node) {
  node.Require();
  return node.String().value_or("");
}

void ReadEngagements(const InputNode& node, AdviceRules* rules) {
  if (!node.Require() ||
      !node.ExpectMap({"hire", "discovery_sprint", "platform_trial"})) {
    return;
  }
  InputNode hire = node.Get("hire");
  if (hire.Require() && hire.ExpectMap({"rule", "reason", "steps"})) {
    rules->hire.rule = Required(hire.Get("rule"));
    rules->hire.reason = Required(hire.Get("reason"));
    hire.Get("steps").Require();
    rules->hire.steps = hire.Get("steps").Strings();
  }
  InputNode d = node.Get("discovery_sprint");
  if (d.Require() && d.ExpectMap({"rule", "reason", "reason_scope", "sprint", "close", "scope",
                                  "done", "reassess"})) {
    DiscoveryEngagementTexts& t = rules->discovery;
    t.rule = Required(d.Get("rule"));
    t.reason = Required(d.Get("reason"));
    t.reason_scope = Required(d.Get("reason_scope"));
    t.sprint = Required(d.Get("sprint"));
    t.close = Required(d.Get("close"));
    t.scope = Required(d.Get("scope"));
    t.done = Required(d.Get("done"));
    t.reassess = Required(d.Get("reassess"));
  }
  InputNode p = node.Get("platform_trial");
  if (p.Require() && p.ExpectMap({"rule", "reason", "trial_on", "factors", "questions", "data",
                                  "exit", "build_when"})) {
    PlatformEngagementTexts& t = rules->platform;
    t.rule = Required(p.Get("rule"));
    t.reason = Required(p.Get("reason"));
    t.trial_on = Required(p.Get("trial_on"));
    t.factors = Required(p.Get("factors"));
    t.questions = Required(p.Get("questions"));
    t.data = Required(p.Get("data"));
    t.exit = Required(p.Get("exit"));
    t.build_when = Required(p.Get("build_when"));
  }
}

void ReadRunCost(const InputNode& node, const std::vector<std::string>& shape_ids,
                 RunCostRules* cost) {
  if (!node.Require() ||
      !node.ExpectMap({"weeks_per_month", "default_cost_per_run_usd", "basis", "outcomes"})) {
    return;
  }
  node.Get("weeks_per_month").Require();
  cost->weeks_per_month = node.Get("weeks_per_month").Number(1, 6).value_or(4.33);
  for (const auto& [shape, value] : node.Get("default_cost_per_run_usd").Entries()) {
    bool known = false;
    for (const auto& id : shape_ids) known = known || id == shape;
    if (!known) {
      value.Error("unknown shape '" + shape + "'; expected " + JoinAlternatives(shape_ids) +
                  DidYouMean(shape, shape_ids));
      continue;
    }
    if (auto usd = value.Number(0, 1e6)) cost->default_cost_per_run_usd[shape] = *usd;
  }
  InputNode b = node.Get("basis");
  if (b.Require() && b.ExpectMap({"runs", "runs_missing", "cost_brief", "cost_default",
                                  "cost_missing", "estimate", "budget_brief",
                                  "budget_post_launch", "budget_missing"})) {
    cost->basis_runs = Required(b.Get("runs"));
    cost->basis_runs_missing = Required(b.Get("runs_missing"));
    cost->basis_cost_brief = Required(b.Get("cost_brief"));
    cost->basis_cost_default = Required(b.Get("cost_default"));
    cost->basis_cost_missing = Required(b.Get("cost_missing"));
    cost->basis_estimate = Required(b.Get("estimate"));
    cost->basis_budget_brief = Required(b.Get("budget_brief"));
    cost->basis_budget_post_launch = Required(b.Get("budget_post_launch"));
    cost->basis_budget_missing = Required(b.Get("budget_missing"));
  }
  InputNode o = node.Get("outcomes");
  if (o.Require() && o.ExpectMap({"within_budget", "over_budget", "no_budget", "unknown"})) {
    for (const char* key : {"within_budget", "over_budget", "no_budget", "unknown"}) {
      InputNode outcome = o.Get(key);
      if (!outcome.Require() || !outcome.ExpectMap({"rule", "reason"})) continue;
      cost->outcomes[key] = {Required(outcome.Get("rule")), Required(outcome.Get("reason"))};
    }
  }
}

}  // namespace

void LoadAdviceRules(const InputNode& node, const std::vector<std::string>& shape_ids,
                     AdviceRules* rules) {
  if (!node.Require() ||
      !node.ExpectMap({"engagement", "route_not_ready", "first_hire_not_ready",
                       "platform_buyer_problem", "not_ready", "run_cost", "min_pilot_weeks",
                       "plan_window_title", "scope_out_label"})) {
    return;
  }
  ReadEngagements(node.Get("engagement"), rules);
  rules->route_not_ready = Required(node.Get("route_not_ready"));
  rules->first_hire_not_ready = Required(node.Get("first_hire_not_ready"));
  rules->platform_buyer_problem = Required(node.Get("platform_buyer_problem"));
  InputNode nr = node.Get("not_ready");
  if (nr.Require() && nr.ExpectMap({"title", "failing", "platform", "scope"})) {
    rules->not_ready_title = Required(nr.Get("title"));
    rules->not_ready_failing = Required(nr.Get("failing"));
    rules->not_ready_platform = Required(nr.Get("platform"));
    rules->not_ready_scope = Required(nr.Get("scope"));
  }
  ReadRunCost(node.Get("run_cost"), shape_ids, &rules->cost);
  node.Get("min_pilot_weeks").Require();
  rules->min_pilot_weeks =
      static_cast<int>(node.Get("min_pilot_weeks").Integer(1, 520).value_or(12));
  rules->plan_window_title = Required(node.Get("plan_window_title"));
  rules->scope_out_label = Required(node.Get("scope_out_label"));
}

}  // namespace firsthire

// LoadAdviceRules: the playbook's `advice:` section → AdviceRules.
#include "input/playbook_advice_loader.h"

#include "input/suggest.h"

namespace firsthire {

namespace {

std::string Required(const InputNode& node) {
  node.Require();
  return node.String().value_or("");
}

// A required mapping whose keys are exactly those of `fields`, each a
// required text read into its target.
void ReadTexts(const InputNode& node,
               std::initializer_list<std::pair<const char*, std::string*>> fields) {
  std::vector<std::string> keys;
  for (const auto& field : fields) keys.push_back(field.first);
  if (!node.Require() || !node.ExpectMap(keys)) return;
  for (const auto& [key, target] : fields) *target = Required(node.Get(key));
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
  DiscoveryEngagementTexts& d = rules->discovery;
  ReadTexts(node.Get("discovery_sprint"),
            {{"rule", &d.rule}, {"reason", &d.reason}, {"reason_scope", &d.reason_scope},
             {"sprint", &d.sprint}, {"close", &d.close}, {"scope", &d.scope}, {"done", &d.done},
             {"reassess", &d.reassess}});
  PlatformEngagementTexts& p = rules->platform;
  ReadTexts(node.Get("platform_trial"),
            {{"rule", &p.rule}, {"reason", &p.reason}, {"trial_on", &p.trial_on},
             {"factors", &p.factors}, {"questions", &p.questions}, {"data", &p.data},
             {"exit", &p.exit}, {"build_when", &p.build_when}});
}

void ReadRunCost(const InputNode& node, const std::vector<std::string>& shape_ids,
                 RunCostRules* cost) {
  if (!node.Require() ||
      !node.ExpectMap(
          {"weeks_per_month", "default_cost_per_run_usd", "basis", "outcomes", "exceeds_value"})) {
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
  ReadTexts(node.Get("basis"),
            {{"runs", &cost->basis_runs}, {"runs_missing", &cost->basis_runs_missing},
             {"cost_brief", &cost->basis_cost_brief}, {"cost_default", &cost->basis_cost_default},
             {"cost_missing", &cost->basis_cost_missing}, {"estimate", &cost->basis_estimate},
             {"budget_brief", &cost->basis_budget_brief},
             {"budget_post_launch", &cost->basis_budget_post_launch},
             {"budget_missing", &cost->basis_budget_missing},
             {"value", &cost->basis_value}, {"value_share", &cost->basis_value_share}});
  InputNode o = node.Get("outcomes");
  if (o.Require() && o.ExpectMap({"within_budget", "over_budget", "no_budget", "unknown"})) {
    for (const char* key : {"within_budget", "over_budget", "no_budget", "unknown"}) {
      InputNode outcome = o.Get(key);
      if (!outcome.Require() || !outcome.ExpectMap({"rule", "reason"})) continue;
      cost->outcomes[key] = {Required(outcome.Get("rule")), Required(outcome.Get("reason"))};
    }
  }
  ReadTexts(node.Get("exceeds_value"),
            {{"rule", &cost->exceeds_value_rule}, {"reason", &cost->exceeds_value_reason}});
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
  ReadTexts(node.Get("not_ready"),
            {{"title", &rules->not_ready_title}, {"failing", &rules->not_ready_failing},
             {"platform", &rules->not_ready_platform}, {"scope", &rules->not_ready_scope}});
  ReadRunCost(node.Get("run_cost"), shape_ids, &rules->cost);
  node.Get("min_pilot_weeks").Require();
  rules->min_pilot_weeks =
      static_cast<int>(node.Get("min_pilot_weeks").Integer(1, 520).value_or(12));
  rules->plan_window_title = Required(node.Get("plan_window_title"));
  rules->scope_out_label = Required(node.Get("scope_out_label"));
}

}  // namespace firsthire

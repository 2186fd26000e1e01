// LoadPlaybook: playbook YAML → Playbook, with every problem located.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "firsthire/playbook.h"
#include "input/document.h"
#include "input/playbook_advice_loader.h"
#include "input/playbook_evidence_loader.h"
#include "input/playbook_pipeline_loader.h"
#include "input/playbook_vocabulary_loader.h"
#include "input/playbook_team_loader.h"
#include "input/suggest.h"

namespace firsthire {

extern const unsigned char kDefaultPlaybookYaml[];
extern const unsigned long kDefaultPlaybookYaml_size;

namespace {

// The ids docs/product.md makes public: a playbook must define each of them.
const std::vector<std::string> kCriterionIds = {"workflow_frequency", "metric_value", "data_access",
                                                "mistake_tolerance", "owner"};
const std::vector<std::string> kVerdictIds = {"buy_platform", "hire", "discovery_first"};
const std::vector<std::string> kBuyerProblemIds = {"advice", "implementation", "ownership"};
const std::vector<std::string> kShapeIds = {"workflow_automation", "knowledge_assistant",
                                            "regulated_assistant", "custom_model", "unclear_scope"};
const std::vector<std::string> kTraitIds = {"product_sense", "data_intuition", "software_engineering",
                                            "domain_expertise", "design", "meta"};
const std::vector<std::string> kRouteIds = {"freelancer", "agency", "direct_hire", "contract_to_hire"};
const std::vector<std::string> kCategoryIds = {"production_shipping", "eval_discipline", "data_retrieval",
                                               "security_guardrails", "cost_observability"};
const std::vector<std::string> kRedFlagIds = {"tools_not_outcomes", "manual_validation_only",
                                              "premature_multi_agent", "no_data_questions",
                                              "unmodeled_cost"};
const std::vector<std::string> kFailureModeIds = {"vague_workflow", "familiarity_over_ownership",
                                                  "unpriced_post_launch", "late_security",
                                                  "one_person_all_gaps", "unrealistic_timeline",
                                                  "research_first"};
const std::vector<std::string> kCommodityIds = {"role_design", "technical_depth", "security_thinking",
                                                "cost_discipline", "handoff_quality"};
const std::vector<std::string> kRiskQuestionIds = {"evaluation", "sources", "fallback", "security",
                                                   "ownership"};
const std::vector<std::string> kRecommendationIds = {"no_hire", "risky_first_hire", "hire",
                                                     "strong_hire"};

std::string Text(const InputNode& node, bool required = true) {
  if (required) node.Require();
  return node.String().value_or("");
}

const std::vector<std::string> kSeverities = {"high", "medium"};

std::string Severity(const InputNode& node, bool required = true) {
  if (required) node.Require();
  return node.Enum(kSeverities, "severity").value_or("");
}

// A required mapping whose keys are exactly `keys`, each a required text.
std::map<std::string, std::string> TextMap(const InputNode& node,
                                           const std::vector<std::string>& keys) {
  std::map<std::string, std::string> out;
  if (!node.Require()) return out;
  node.ExpectMap(keys);
  for (const auto& key : keys) out[key] = Text(node.Get(key));
  return out;
}

// Reads a list of mappings with an `id`, warns about unknown keys, reports
// duplicate ids and, when `required_ids` is given, every required id missing.
template <typename T, typename ReadFn>
std::vector<T> ReadIdList(const InputNode& list, const std::vector<std::string>& known_keys,
                          const std::vector<std::string>& required_ids, ReadFn read) {
  std::vector<T> out;
  if (!list.Require()) return out;
  std::set<std::string> seen;
  for (const InputNode& item : list.Items()) {
    if (!item.ExpectMap(known_keys)) {
      if (item.present() && !item.IsMap()) continue;
    }
    T value;
    value.id = Text(item.Get("id"));
    if (!value.id.empty() && !seen.insert(value.id).second) {
      item.Get("id").Error("duplicate id '" + value.id + "' in '" + list.path() + "'");
    }
    read(item, &value);
    out.push_back(std::move(value));
  }
  if (list.IsSequence()) {
    for (const auto& id : required_ids) {
      if (!seen.count(id)) list.Error("'" + list.path() + "' must define id '" + id + "'");
    }
  }
  return out;
}

void CheckReference(const InputNode& node, const std::string& value,
                    const std::vector<std::string>& ids, std::string_view what) {
  if (value.empty()) return;
  for (const auto& id : ids) {
    if (id == value) return;
  }
  node.Error("unknown " + std::string(what) + " '" + value + "'; expected " +
             JoinAlternatives(ids) + DidYouMean(value, ids));
}

std::vector<Question> ReadQuestions(const InputNode& list, const std::vector<std::string>& categories) {
  return ReadIdList<Question>(list, {"id", "text", "categories", "strong", "weak"}, {},
                              [&](const InputNode& n, Question* q) {
                                q->text = Text(n.Get("text"));
                                q->strong = Text(n.Get("strong"));
                                q->weak = Text(n.Get("weak"));
                                q->categories = n.Get("categories").Strings();
                                for (const auto& c : q->categories)
                                  CheckReference(n.Get("categories"), c, categories, "category");
                              });
}

std::vector<std::string> Ids(const auto& list) {
  std::vector<std::string> ids;
  for (const auto& x : list) ids.push_back(x.id);
  return ids;
}

bool ParseDate(std::string_view text, std::chrono::sys_days* out) {
  int y, m, d;
  char tail;
  std::string s(text);
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return false;
  *out = std::chrono::sys_days{ymd};
  return true;
}

void ReadReadiness(const InputNode& root, Playbook* pb) {
  InputNode readiness = root.Get("readiness");
  readiness.Require();
  readiness.ExpectMap({"criteria", "verdicts"});
  pb->criteria = ReadIdList<ReadinessCriterion>(
      readiness.Get("criteria"),
      {"id", "title", "min_runs_per_week", "pass", "fail", "missing", "pass_reviewed",
       "fail_none_available", "fail_regulated_blocked", "next_step"},
      kCriterionIds, [](const InputNode& n, ReadinessCriterion* c) {
        c->title = Text(n.Get("title"));
        for (const auto& [key, value] : n.Entries()) {
          if (key == "id" || key == "title" || key == "min_runs_per_week") continue;
          c->texts[key] = value.String().value_or("");
        }
        if (!c->texts.count("pass")) n.Error("criterion '" + c->id + "' needs a 'pass' text");
        if (!c->texts.count("next_step")) n.Error("criterion '" + c->id + "' needs a 'next_step' text");
        if (c->id == "workflow_frequency") {
          n.Get("min_runs_per_week").Require();
          c->min_runs_per_week =
              static_cast<int>(n.Get("min_runs_per_week").Integer(0, 1'000'000).value_or(0));
        }
      });
  pb->verdicts = ReadIdList<Verdict>(readiness.Get("verdicts"),
                                     {"id", "rule", "title", "reason", "next_step"}, kVerdictIds,
                                     [](const InputNode& n, Verdict* v) {
                                       v->rule = Text(n.Get("rule"));
                                       v->title = Text(n.Get("title"));
                                       v->reason = Text(n.Get("reason"));
                                       v->next_step = Text(n.Get("next_step"));
                                     });
  pb->buyer_problems = ReadIdList<BuyerProblem>(root.Get("buyer_problems"),
                                                {"id", "rule", "title", "reason"}, kBuyerProblemIds,
                                                [](const InputNode& n, BuyerProblem* b) {
                                                  b->rule = Text(n.Get("rule"));
                                                  b->title = Text(n.Get("title"));
                                                  b->reason = Text(n.Get("reason"));
                                                });
  pb->buyer_problem_mistake = Text(root.Get("buyer_problem_mistake"), false);
}

void ReadWhoFirst(const InputNode& root, Playbook* pb) {
  pb->archetypes = ReadIdList<Archetype>(root.Get("archetypes"), {"id", "title", "description"},
                                         {"applied_ai_engineer", "rag_ai_engineer",
                                          "ai_engineer_with_compliance", "ml_engineer",
                                          "discovery_first"},
                                         [](const InputNode& n, Archetype* a) {
                                           a->title = Text(n.Get("title"));
                                           a->description = Text(n.Get("description"));
                                         });
  std::vector<std::string> archetype_ids = Ids(pb->archetypes);
  pb->shapes = ReadIdList<Shape>(root.Get("shapes"), {"id", "title", "archetype", "why", "keywords"},
                                 kShapeIds, [&](const InputNode& n, Shape* s) {
                                   s->title = Text(n.Get("title"));
                                   s->archetype = Text(n.Get("archetype"));
                                   CheckReference(n.Get("archetype"), s->archetype, archetype_ids,
                                                  "archetype");
                                   s->why = Text(n.Get("why"));
                                   s->keywords = n.Get("keywords").Strings();
                                 });
  InputNode si = root.Get("shape_inference");
  si.Require();
  si.ExpectMap({"regulated_rule", "regulated_reason", "unclear_rule", "unclear_reason",
                "min_description_words", "keyword_rule", "keyword_reason", "default_rule",
                "default_shape", "default_reason", "given_rule", "given_reason",
                "unclear_unmeasured_reason", "high_risk_rule", "high_risk_reason"});
  auto rule_text = [&](const char* prefix) {
    std::string p(prefix);
    return RuleText{Text(si.Get(p + "_rule")), Text(si.Get(p + "_reason"))};
  };
  pb->shape_inference.regulated = rule_text("regulated");
  pb->shape_inference.unclear = rule_text("unclear");
  pb->shape_inference.keywords = rule_text("keyword");
  pb->shape_inference.fallback = rule_text("default");
  pb->shape_inference.given = rule_text("given");
  pb->shape_inference.high_risk = rule_text("high_risk");
  pb->shape_inference.unclear_unmeasured = Text(si.Get("unclear_unmeasured_reason"), false);
  if (pb->shape_inference.unclear_unmeasured.empty()) {
    pb->shape_inference.unclear_unmeasured = pb->shape_inference.unclear.text;
  }
  pb->shape_inference.default_shape = Text(si.Get("default_shape"));
  CheckReference(si.Get("default_shape"), pb->shape_inference.default_shape, Ids(pb->shapes), "shape");
  pb->shape_inference.min_description_words =
      static_cast<int>(si.Get("min_description_words").Integer(0, 10'000).value_or(0));

  pb->traits = ReadIdList<Trait>(root.Get("traits"), {"id", "title", "description", "weight"},
                                 kTraitIds, [](const InputNode& n, Trait* t) {
                                   t->title = Text(n.Get("title"));
                                   t->description = Text(n.Get("description"));
                                   t->weight = n.Get("weight").Number(0, 100).value_or(1.0);
                                 });
}

RouteCondition ReadCondition(const InputNode& n) {
  RouteCondition c;
  n.Require();
  n.ExpectMap({"technical_leadership", "ai_is_core_advantage", "want_trial", "urgency", "breadth",
               "risk_contained", "timeline_weeks_below", "timeline_weeks_at_least"});
  c.technical_leadership = n.Get("technical_leadership").Bool();
  c.ai_is_core_advantage = n.Get("ai_is_core_advantage").Bool();
  c.want_trial = n.Get("want_trial").Bool();
  for (const InputNode& u : n.Get("urgency").IsScalar() ? std::vector<InputNode>{n.Get("urgency")}
                                                         : n.Get("urgency").Items()) {
    if (auto v = u.Enum(NamesOf<Urgency>().Ids(), "urgency")) {
      c.urgency.push_back(*NamesOf<Urgency>().Find(*v));
    }
  }
  c.breadth = n.Get("breadth").Enum({"narrow", "broad"}, "breadth");
  c.risk_contained = n.Get("risk_contained").Bool();
  if (auto weeks = n.Get("timeline_weeks_below").Integer(1, 520)) {
    c.timeline_weeks_below = static_cast<int>(*weeks);
  }
  if (auto weeks = n.Get("timeline_weeks_at_least").Integer(1, 520)) {
    c.timeline_weeks_at_least = static_cast<int>(*weeks);
  }
  return c;
}

void ReadRoutes(const InputNode& root, Playbook* pb) {
  InputNode r = root.Get("routes");
  r.Require();
  r.ExpectMap({"broad_needs_threshold", "list", "factors", "partner_handoff_rule", "partner_handoff"});
  pb->routes.broad_needs_threshold =
      static_cast<int>(r.Get("broad_needs_threshold").Integer(1, 6).value_or(3));
  pb->routes.routes = ReadIdList<Route>(
      r.Get("list"),
      {"id", "title", "speed", "vetting_control", "cost_predictability", "long_term_ownership",
       "best_fit", "base"},
      kRouteIds, [](const InputNode& n, Route* route) {
        route->title = Text(n.Get("title"));
        route->speed = Text(n.Get("speed"));
        route->vetting_control = Text(n.Get("vetting_control"));
        route->cost_predictability = Text(n.Get("cost_predictability"));
        route->long_term_ownership = Text(n.Get("long_term_ownership"));
        route->best_fit = Text(n.Get("best_fit"));
        route->base = n.Get("base").Number(-100, 100).value_or(0);
      });
  std::vector<std::string> route_ids = Ids(pb->routes.routes);
  pb->routes.factors = ReadIdList<RouteFactor>(
      r.Get("factors"), {"id", "route", "when", "points", "reason", "removes_fit"}, {},
      [&](const InputNode& n, RouteFactor* f) {
        f->route = Text(n.Get("route"));
        CheckReference(n.Get("route"), f->route, route_ids, "route");
        f->when = ReadCondition(n.Get("when"));
        n.Get("points").Require();
        f->points = n.Get("points").Number(-100, 100).value_or(0);
        f->reason = Text(n.Get("reason"));
        f->removes_fit = n.Get("removes_fit").Bool().value_or(false);
      });
  pb->routes.partner_handoff = {Text(r.Get("partner_handoff_rule")), Text(r.Get("partner_handoff"))};
}

void ReadInterview(const InputNode& root, Playbook* pb) {
  pb->categories = ReadIdList<Category>(root.Get("categories"), {"id", "title", "strong", "fail"},
                                        kCategoryIds, [](const InputNode& n, Category* c) {
                                          c->title = Text(n.Get("title"));
                                          c->strong = Text(n.Get("strong"));
                                          c->fail = Text(n.Get("fail"));
                                        });
  std::vector<std::string> category_ids = Ids(pb->categories);

  InputNode s = root.Get("scorecard");
  s.Require();
  s.ExpectMap({"min_score", "max_score", "gate", "disagreement_spread", "disagreement_rule",
               "disagreement_reason", "weak_evidence_rule", "weak_evidence_reason",
               "weak_evidence_min_score", "single_interviewer_reason", "recommendation"});
  ScorecardRules& sc = pb->scorecard;
  sc.min_score = static_cast<int>(s.Get("min_score").Integer(0, 10).value_or(1));
  sc.max_score = static_cast<int>(s.Get("max_score").Integer(1, 10).value_or(5));
  if (sc.min_score >= sc.max_score) s.Get("max_score").Error("max_score must be above min_score");
  InputNode gate = s.Get("gate");
  gate.Require();
  gate.ExpectMap({"rule", "categories", "threshold", "reason", "pass_reason", "split"});
  sc.gate_rule = Text(gate.Get("rule"));
  sc.gate_categories = gate.Get("categories").Strings();
  for (const auto& c : sc.gate_categories) CheckReference(gate.Get("categories"), c, category_ids, "category");
  sc.gate_threshold = gate.Get("threshold").Number(sc.min_score, sc.max_score).value_or(3);
  sc.gate_reason = Text(gate.Get("reason"));
  sc.gate_pass_reason = Text(gate.Get("pass_reason"));
  InputNode split = gate.Get("split");
  if (split.Require() && split.ExpectMap({"rule", "reason"})) {
    sc.gate_split = {Text(split.Get("rule")), Text(split.Get("reason"))};
  }
  sc.disagreement_spread = static_cast<int>(s.Get("disagreement_spread").Integer(1, 10).value_or(2));
  sc.disagreement = {Text(s.Get("disagreement_rule")), Text(s.Get("disagreement_reason"))};
  sc.weak_evidence = {Text(s.Get("weak_evidence_rule")), Text(s.Get("weak_evidence_reason"))};
  sc.weak_evidence_min_score =
      static_cast<int>(s.Get("weak_evidence_min_score").Integer(sc.min_score, sc.max_score).value_or(4));
  sc.single_interviewer_reason = Text(s.Get("single_interviewer_reason"));
  InputNode rec = s.Get("recommendation");
  rec.Require();
  rec.ExpectMap({"no_hire_below_mean", "no_hire_red_flags", "strong_hire_min_mean", "levels",
                 "shared_flag_min_interviewers", "shared_flag_extra_steps", "red_flags_rule",
                 "red_flags_lowered", "red_flags_noted", "red_flag_item"});
  sc.no_hire_below_mean = rec.Get("no_hire_below_mean").Number(0, 10).value_or(2.5);
  sc.no_hire_red_flags = static_cast<int>(rec.Get("no_hire_red_flags").Integer(1, 100).value_or(3));
  sc.strong_hire_min_mean = rec.Get("strong_hire_min_mean").Number(0, 10).value_or(4.0);
  sc.shared_flag_min_interviewers =
      static_cast<int>(rec.Get("shared_flag_min_interviewers").Integer(2, 100).value_or(2));
  sc.shared_flag_extra_steps =
      static_cast<int>(rec.Get("shared_flag_extra_steps").Integer(0, 3).value_or(1));
  sc.red_flags_rule = Text(rec.Get("red_flags_rule"));
  sc.red_flags_lowered = Text(rec.Get("red_flags_lowered"));
  sc.red_flags_noted = Text(rec.Get("red_flags_noted"));
  sc.red_flag_item = Text(rec.Get("red_flag_item"));
  sc.levels = ReadIdList<RecommendationLevel>(rec.Get("levels"), {"id", "rule", "reason"},
                                              kRecommendationIds,
                                              [](const InputNode& n, RecommendationLevel* l) {
                                                l->rule = Text(n.Get("rule"));
                                                l->reason = Text(n.Get("reason"));
                                              });

  pb->questions = ReadQuestions(root.Get("questions"), category_ids);
  InputNode aq = root.Get("archetype_questions");
  std::vector<std::string> archetype_ids = Ids(pb->archetypes);
  for (const auto& [archetype, list] : aq.Entries()) {
    CheckReference(list, archetype, archetype_ids, "archetype");
    pb->archetype_questions[archetype] = ReadQuestions(list, category_ids);
  }
  pb->answer_rule = Text(root.Get("answer_rule"), false);
  std::vector<std::string> trait_ids = Ids(pb->traits);
  // Optional: a playbook without trait probes gives a kit without them.
  if (root.Get("trait_probes").present()) pb->trait_probes = ReadIdList<TraitProbe>(
      root.Get("trait_probes"), {"id", "rule", "traits", "text", "strong", "weak"}, {},
      [&](const InputNode& n, TraitProbe* p) {
        p->rule = Text(n.Get("rule"));
        p->traits = n.Get("traits").Strings();
        for (const auto& t : p->traits) CheckReference(n.Get("traits"), t, trait_ids, "trait");
        p->text = Text(n.Get("text"));
        p->strong = Text(n.Get("strong"));
        p->weak = Text(n.Get("weak"));
      });
  for (const InputNode& n : root.Get("signal_map").Items()) {
    n.ExpectMap({"topic", "strong", "weak"});
    pb->signal_map.push_back({Text(n.Get("topic")), Text(n.Get("strong")), Text(n.Get("weak"))});
  }
  pb->red_flags = ReadIdList<RedFlag>(root.Get("red_flags"), {"id", "title", "description", "weight"},
                                      kRedFlagIds, [](const InputNode& n, RedFlag* f) {
                                        f->title = Text(n.Get("title"));
                                        f->description = Text(n.Get("description"));
                                        f->weight =
                                            static_cast<int>(n.Get("weight").Integer(0, 3).value_or(1));
                                      });
  pb->failure_modes = ReadIdList<FailureMode>(
      root.Get("failure_modes"),
      {"id", "rule", "title", "reason", "severity", "min_needs", "reason_no_budget",
       "reason_actions", "reason_role"},
      kFailureModeIds, [](const InputNode& n, FailureMode* f) {
        f->rule = Text(n.Get("rule"));
        f->title = Text(n.Get("title"));
        f->reason = Text(n.Get("reason"));
        f->severity = Severity(n.Get("severity"));
        f->min_needs = static_cast<int>(n.Get("min_needs").Integer(1, 6).value_or(4));
        for (const char* key : {"reason_no_budget", "reason_actions", "reason_role"}) {
          std::string text = Text(n.Get(key), false);
          if (!text.empty()) f->variants[key] = text;
        }
      });
}

void ReadVendors(const InputNode& root, Playbook* pb) {
  pb->commodity_factors =
      ReadIdList<CommodityFactor>(root.Get("commodity_factors"),
                                  {"id", "rule", "title", "commodity", "non_commodity", "evidence"},
                                  kCommodityIds, [](const InputNode& n, CommodityFactor* f) {
                                    f->rule = Text(n.Get("rule"));
                                    f->title = Text(n.Get("title"));
                                    f->commodity = Text(n.Get("commodity"));
                                    f->non_commodity = Text(n.Get("non_commodity"));
                                    f->evidence = n.Get("evidence").Strings();
                                  });
  InputNode rq = root.Get("risk_questions");
  rq.Require();
  rq.ExpectMap({"min_answer_words", "list"});
  pb->min_answer_words = static_cast<int>(rq.Get("min_answer_words").Integer(0, 1000).value_or(12));
  pb->risk_questions = ReadIdList<RiskQuestion>(
      rq.Get("list"),
      {"id", "rule", "title", "question", "evidence", "severity", "escalated_severity",
       "brief_risk"},
      kRiskQuestionIds, [](const InputNode& n, RiskQuestion* q) {
        q->rule = Text(n.Get("rule"));
        q->title = Text(n.Get("title"));
        q->question = Text(n.Get("question"));
        q->evidence = n.Get("evidence").Strings();
        q->severity = Severity(n.Get("severity"));
        q->escalated_severity = Severity(n.Get("escalated_severity"), false);
        if (q->escalated_severity.empty()) q->escalated_severity = q->severity;
        InputNode texts = n.Get("brief_risk");
        if (q->id == "security") {
          std::map<std::string, std::string> t =
              TextMap(texts, {"sensitive_data", "regulated_setting", "takes_actions"});
          q->brief_risk = {t["sensitive_data"], t["regulated_setting"], t["takes_actions"]};
        } else if (texts.present()) {
          texts.Error("only the security risk question takes 'brief_risk' texts");
        }
      });
  pb->proposal_risks = ReadIdList<ProposalRisk>(
      root.Get("proposal_risks"), {"id", "rule", "keywords", "reason", "only_when"}, {},
      [](const InputNode& n, ProposalRisk* r) {
        r->rule = Text(n.Get("rule"));
        r->keywords = n.Get("keywords").Strings();
        r->reason = Text(n.Get("reason"));
        r->only_when = n.Get("only_when")
                           .Enum({"evaluation_lacks_evidence", "run_cost_unpriced"}, "condition")
                           .value_or("");
      });
}

void ReadBriefChecks(const InputNode& b, ReviewRules* rules) {
  if (!b.Require()) return;
  b.ExpectMap({"min_word_share", "list"});
  rules->brief_min_word_share = b.Get("min_word_share").Number(0.01, 1).value_or(0.5);
  rules->brief_checks = ReadIdList<ReviewBriefCheck>(
      b.Get("list"), {"id", "rule", "title", "pass", "fail", "unknown", "unpriced"},
      {"workflow", "metric", "owner", "run_budget"}, [](const InputNode& n, ReviewBriefCheck* c) {
        c->rule = Text(n.Get("rule"));
        c->title = Text(n.Get("title"));
        c->pass = Text(n.Get("pass"));
        c->fail = Text(n.Get("fail"));
        c->unknown = Text(n.Get("unknown"));
        c->unpriced = Text(n.Get("unpriced"), c->id == "run_budget");
      });
}

void ReadReview(const InputNode& root, Playbook* pb) {
  InputNode r = root.Get("review");
  if (!r.Require()) return;
  r.ExpectMap({"min_factor_signals", "weak_min_commodity_factors", "answer", "factor", "causes",
               "verdicts", "ownership", "brief_checks"});
  ReviewRules& rules = pb->review;
  r.Get("min_factor_signals").Require();
  rules.min_factor_signals =
      static_cast<int>(r.Get("min_factor_signals").Integer(1, 100).value_or(2));
  r.Get("weak_min_commodity_factors").Require();
  rules.weak_min_commodity_factors =
      static_cast<int>(r.Get("weak_min_commodity_factors").Integer(1, 100).value_or(2));

  auto a = TextMap(r.Get("answer"), {"answered", "thin_short", "thin_no_evidence",
                                     "thin_only_no_evidence", "missing"});
  rules.answer = {a["answered"], a["thin_short"], a["thin_no_evidence"], a["thin_only_no_evidence"],
                  a["missing"]};

  InputNode f = r.Get("factor");
  if (f.Require()) {
    f.ExpectMap({"non_commodity", "commodity", "withheld", "found_none", "found_only",
                 "handoff_evidence", "run_cost_evidence", "handoff_items"});
    rules.factor.non_commodity = Text(f.Get("non_commodity"));
    rules.factor.commodity = Text(f.Get("commodity"));
    rules.factor.withheld = Text(f.Get("withheld"));
    rules.factor.found_none = Text(f.Get("found_none"));
    rules.factor.found_only = Text(f.Get("found_only"));
    rules.factor.handoff_evidence = Text(f.Get("handoff_evidence"));
    rules.factor.run_cost_evidence = Text(f.Get("run_cost_evidence"));
    rules.factor.handoff_items = TextMap(
        f.Get("handoff_items"),
        {"repository", "prompts", "eval_logic", "operating_notes", "knowledge_transfer_clause"});
  }

  auto c = TextMap(r.Get("causes"), {"missing", "commodity", "flagged", "thin", "commodity_gap",
                                     "ownership", "brief_gap", "over_budget"});
  rules.causes = {c["missing"], c["commodity"], c["flagged"],  c["thin"],
                  c["commodity_gap"], c["ownership"], c["brief_gap"], c["over_budget"]};
  auto o = TextMap(r.Get("ownership"), {"rule", "reason"});
  rules.ownership = {o["rule"], o["reason"]};
  ReadBriefChecks(r.Get("brief_checks"), &rules);

  rules.verdicts = ReadIdList<ReviewVerdict>(r.Get("verdicts"), {"id", "rule", "reason"},
                                             {"weak", "acceptable", "strong"},
                                             [](const InputNode& n, ReviewVerdict* v) {
                                               v->rule = Text(n.Get("rule"));
                                               v->reason = Text(n.Get("reason"));
                                             });
}

void ReadPlan(const InputNode& root, Playbook* pb) {
  InputNode p = root.Get("plan");
  p.Require();
  p.ExpectMap({"windows", "go_no_go", "missing", "judgement_note", "question", "risk_labels"});
  pb->plan.windows = ReadIdList<PlanWindow>(
      p.Get("windows"), {"id", "title", "deliverables", "end_day"},
      {"days_1_30", "days_31_60", "days_61_90"}, [](const InputNode& n, PlanWindow* w) {
        w->title = Text(n.Get("title"));
        w->end_day = static_cast<int>(n.Get("end_day").Integer(1, 10'000).value_or(0));
        w->deliverables = ReadIdList<PlanDeliverable>(n.Get("deliverables"), {"id", "text"}, {},
                                                      [](const InputNode& d, PlanDeliverable* del) {
                                                        del->text = Text(d.Get("text"));
                                                      });
      });
  InputNode g = p.Get("go_no_go");
  g.Require();
  g.ExpectMap({"rule", "go", "no_go"});
  pb->plan.go_no_go_rule = Text(g.Get("rule"));
  pb->plan.go = Text(g.Get("go"));
  pb->plan.no_go = Text(g.Get("no_go"));
  for (const auto& [key, value] : p.Get("missing").Entries()) {
    pb->plan.missing[key] = value.String().value_or("");
  }
  pb->plan.judgement_note = Text(p.Get("judgement_note"), false);
  pb->plan.question = Text(p.Get("question"));
  pb->plan.risk_labels =
      TextMap(p.Get("risk_labels"), {"regulated_setting", "regulated_data", "confidential_data",
                                     "severe_mistake", "human_review", "no_human_review"});
}

}  // namespace

const std::string& FailureMode::Reason(const std::string& key) const {
  auto it = variants.find(key);
  return it == variants.end() ? reason : it->second;
}

const std::string& ReadinessCriterion::Text(const std::string& key) const {
  static const std::string kEmpty;
  auto it = texts.find(key);
  return it == texts.end() ? kEmpty : it->second;
}

Result<Playbook> LoadPlaybook(std::string_view yaml_text, const std::string& source_name,
                              Diagnostics* diagnostics) {
  auto doc = Document::Parse(yaml_text, source_name);
  if (!doc.ok()) {
    diagnostics->AddError(doc.status().location(), doc.status().message());
    return doc.status();
  }
  InputNode root = doc->root(diagnostics);
  Playbook pb;
  if (!root.ExpectMap({"version",
                       "name",
                       "reviewed",
                       "max_age_days",
                       "stale_warning",
                       "readiness",
                       "buyer_problems",
                       "buyer_problem_mistake",
                       "shapes",
                       "shape_inference",
                       "archetypes",
                       "traits",
                       "routes",
                       "categories",
                       "scorecard",
                       "questions",
                       "archetype_questions",
                       "answer_rule",
                       "signal_map",
                       "trait_probes",
                       "red_flags",
                       "failure_modes",
                       "commodity_factors",
                       "risk_questions",
                       "proposal_risks",
                       "review",
                       "plan",
                       "team",
                       "advice",
                       "evidence",
                       "calibration",
                       "pipeline",
                       "vocabularies"})) {
    if (!diagnostics->has_errors()) root.Error("expected a playbook mapping");
    return diagnostics->FirstError();
  }
  pb.version = Text(root.Get("version"));
  pb.name = Text(root.Get("name"), false);
  pb.reviewed = Text(root.Get("reviewed"));
  std::chrono::sys_days ignored;
  if (!pb.reviewed.empty() && !ParseDate(pb.reviewed, &ignored)) {
    root.Get("reviewed").Error("expected a date YYYY-MM-DD for 'reviewed', got '" + pb.reviewed + "'");
  }
  root.Get("max_age_days").Require();
  pb.max_age_days = static_cast<int>(root.Get("max_age_days").Integer(1, 100'000).value_or(180));
  pb.stale_warning = Text(root.Get("stale_warning"), false);

  ReadReadiness(root, &pb);
  ReadWhoFirst(root, &pb);
  ReadRoutes(root, &pb);
  ReadInterview(root, &pb);
  ReadVendors(root, &pb);
  ReadReview(root, &pb);
  ReadPlan(root, &pb);
  LoadTeamRules(root.Get("team"), pb, &pb.team);
  LoadAdviceRules(root.Get("advice"), pb.ShapeIds(), &pb.advice);
  LoadEvidenceRules(root.Get("evidence"), pb, &pb.evidence);
  LoadCalibrationRules(root.Get("calibration"), &pb.calibration);
  LoadPipelineRules(root.Get("pipeline"), &pb.pipeline);
  LoadVocabularies(root.Get("vocabularies"), &pb.vocabularies);

  if (diagnostics->has_errors()) return diagnostics->FirstError();
  pb.source_text = std::string(yaml_text);
  return pb;
}

const Playbook& DefaultPlaybook() {
  static const Playbook* playbook = [] {
    Diagnostics diagnostics;
    auto result = LoadPlaybook(DefaultPlaybookText(), "playbook/default.yaml", &diagnostics);
    if (!result.ok()) {
      std::fprintf(stderr, "firsthire: bug: the embedded playbook is invalid: %s\n",
                   result.status().ToString().c_str());
      std::abort();
    }
    return new Playbook(std::move(result).value());
  }();
  return *playbook;
}

std::string_view DefaultPlaybookText() {
  return std::string_view(reinterpret_cast<const char*>(kDefaultPlaybookYaml), kDefaultPlaybookYaml_size);
}

std::optional<int> PlaybookAgeDays(const Playbook& playbook, std::string_view today) {
  std::chrono::sys_days reviewed, now;
  if (!ParseDate(playbook.reviewed, &reviewed) || !ParseDate(today, &now)) return std::nullopt;
  return static_cast<int>((now - reviewed).count());
}

}  // namespace firsthire

// LoadTeamRules: the playbook's `team:` section → TeamRules.
#include "input/playbook_team_loader.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "input/suggest.h"

namespace firsthire {

const std::vector<std::string>& TeamPrincipleIds() {
  static const std::vector<std::string> ids = {"generalists_first", "engineering_before_research",
                                               "domain_expert_who_codes", "one_person_all_gaps"};
  return ids;
}

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string RequiredText(const InputNode& node) {
  node.Require();
  return node.String().value_or("");
}

int Level(const InputNode& node, int fallback) {
  return static_cast<int>(node.Integer(0, 5).value_or(fallback));
}

void ReadPrinciple(const InputNode& n, TeamPrinciple* p, TeamRules* rules) {
  p->rule = RequiredText(n.Get("rule"));
  p->title = RequiredText(n.Get("title"));
  p->reason = RequiredText(n.Get("reason"));
  p->what_to_do = RequiredText(n.Get("what_to_do"));
  if (p->id == "generalists_first") {
    rules->early_team_size =
        static_cast<int>(n.Get("early_team_size").Integer(1, 1'000'000).value_or(rules->early_team_size));
    rules->generalist_min_traits = static_cast<int>(
        n.Get("generalist_min_traits").Integer(1, 100).value_or(rules->generalist_min_traits));
  } else if (p->id == "engineering_before_research") {
    rules->research_roles.clear();
    for (const auto& r : n.Get("research_roles").Strings()) rules->research_roles.push_back(Lower(r));
  } else if (p->id == "one_person_all_gaps") {
    rules->min_gaps_one_hire =
        static_cast<int>(n.Get("min_gaps").Integer(1, 100).value_or(rules->min_gaps_one_hire));
  }
}

void ReadResumeMapping(const InputNode& node, const std::vector<std::string>& trait_ids,
                       ResumeMapping* m) {
  if (!node.ExpectMap({"skill_levels", "default_skill_level", "work_bonus", "max_level", "traits"})) {
    return;
  }
  m->skill_levels.clear();
  for (const auto& [word, value] : node.Get("skill_levels").Entries()) {
    if (auto level = value.Integer(0, 5)) m->skill_levels[Lower(word)] = static_cast<int>(*level);
  }
  m->default_skill_level = Level(node.Get("default_skill_level"), m->default_skill_level);
  m->work_bonus = Level(node.Get("work_bonus"), m->work_bonus);
  m->max_level = Level(node.Get("max_level"), m->max_level);
  m->traits.clear();
  for (const InputNode& item : node.Get("traits").Items()) {
    if (!item.ExpectMap({"trait", "keywords"})) continue;
    ResumeTraitKeywords tk;
    tk.trait = RequiredText(item.Get("trait"));
    if (!tk.trait.empty() && std::find(trait_ids.begin(), trait_ids.end(), tk.trait) == trait_ids.end()) {
      item.Get("trait").Error("unknown trait '" + tk.trait + "'; expected " +
                              JoinAlternatives(trait_ids) + DidYouMean(tk.trait, trait_ids));
    }
    for (const auto& k : item.Get("keywords").Strings()) tk.keywords.push_back(Lower(k));
    m->traits.push_back(std::move(tk));
  }
}

}  // namespace

void LoadTeamRules(const InputNode& node, const Playbook& playbook, TeamRules* rules) {
  rules->present = node.present();
  if (!node.present()) return;
  if (!node.ExpectMap({"coverage", "gaps", "strong_level", "codes_min_level", "principles",
                       "best_hires", "json_resume", "domain_coder_bonus"})) {
    return;
  }
  std::vector<std::string> trait_ids = playbook.TraitIds();

  InputNode coverage = node.Get("coverage");
  if (coverage.Require() && coverage.ExpectMap({"rule", "depth_weight", "depth_cap"})) {
    rules->coverage_rule = RequiredText(coverage.Get("rule"));
    rules->depth_weight = coverage.Get("depth_weight").Number(0, 1).value_or(rules->depth_weight);
    rules->depth_cap = Level(coverage.Get("depth_cap"), rules->depth_cap);
  }
  InputNode gaps = node.Get("gaps");
  if (gaps.Require() && gaps.ExpectMap({"rule", "bar", "reason"})) {
    rules->gap_rule = RequiredText(gaps.Get("rule"));
    rules->gap_bar = Level(gaps.Get("bar"), rules->gap_bar);
    rules->gap_reason = RequiredText(gaps.Get("reason"));
  }
  rules->strong_level = Level(node.Get("strong_level"), rules->strong_level);
  rules->codes_min_level = Level(node.Get("codes_min_level"), rules->codes_min_level);
  InputNode bonus = node.Get("domain_coder_bonus");
  if (bonus.present() && bonus.ExpectMap({"weight", "min_domain_level", "reason"})) {
    rules->domain_coder_weight =
        bonus.Get("weight").Number(0, 1000).value_or(rules->domain_coder_weight);
    rules->domain_coder_min_level =
        Level(bonus.Get("min_domain_level"), rules->domain_coder_min_level);
    rules->domain_coder_text = RequiredText(bonus.Get("reason"));
  }

  InputNode principles = node.Get("principles");
  rules->principles.clear();
  std::set<std::string> seen;
  if (principles.Require()) {
    for (const InputNode& item : principles.Items()) {
      if (!item.ExpectMap({"id", "rule", "title", "reason", "what_to_do", "early_team_size",
                           "generalist_min_traits", "research_roles", "min_gaps"})) {
        continue;
      }
      TeamPrinciple p;
      p.id = RequiredText(item.Get("id"));
      const auto& known = TeamPrincipleIds();
      if (!p.id.empty() && std::find(known.begin(), known.end(), p.id) == known.end()) {
        item.Get("id").Error("unknown team principle '" + p.id + "'; expected " +
                             JoinAlternatives(known) + DidYouMean(p.id, known));
      }
      if (!p.id.empty() && !seen.insert(p.id).second) {
        item.Get("id").Error("duplicate id '" + p.id + "' in '" + principles.path() + "'");
      }
      ReadPrinciple(item, &p, rules);
      rules->principles.push_back(std::move(p));
    }
    if (principles.IsSequence()) {
      for (const auto& id : TeamPrincipleIds()) {
        if (!seen.count(id)) principles.Error("'" + principles.path() + "' must define id '" + id + "'");
      }
    }
  }

  InputNode best = node.Get("best_hires");
  if (best.Require() && best.ExpectMap({"rule", "pick_reason", "optimal_reason",
                                        "not_optimal_reason", "judging_note"})) {
    rules->best_hire_rule = RequiredText(best.Get("rule"));
    rules->pick_reason = RequiredText(best.Get("pick_reason"));
    rules->optimal_reason = RequiredText(best.Get("optimal_reason"));
    rules->not_optimal_reason = RequiredText(best.Get("not_optimal_reason"));
    rules->judging_note = best.Get("judging_note").String().value_or("");
  }
  ReadResumeMapping(node.Get("json_resume"), trait_ids, &rules->json_resume);
}

}  // namespace firsthire

#include "engine/team_coverage.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "input/text_template.h"

namespace firsthire {

double CoverageScore(const Playbook& playbook, const std::vector<uint8_t>& best,
                     const std::vector<uint8_t>& second, bool domain_coder) {
  const TeamRules& rules = playbook.team;
  double score = domain_coder ? MakeDomainCoderBonus(playbook).weight : 0;
  for (size_t t = 0; t < playbook.traits.size() && t < best.size(); ++t) {
    score += playbook.traits[t].weight *
             (best[t] + rules.depth_weight * std::min<int>(second[t], rules.depth_cap));
  }
  return score;
}

DomainCoderBonus MakeDomainCoderBonus(const Playbook& playbook) {
  DomainCoderBonus b;
  auto index = [&](const char* id) {
    for (size_t t = 0; t < playbook.traits.size(); ++t) {
      if (playbook.traits[t].id == id) return static_cast<int>(t);
    }
    return -1;
  };
  b.domain_trait = index("domain_expertise");
  b.code_trait = index("software_engineering");
  b.weight = b.domain_trait >= 0 ? playbook.team.domain_coder_weight : 0;
  b.min_domain_level = playbook.team.domain_coder_min_level;
  b.codes_min_level = playbook.team.codes_min_level;
  return b;
}

bool EarnsDomainCoderBonus(const DomainCoderBonus& bonus, const TeamMember& member) {
  std::vector<uint8_t> levels = member.levels;
  size_t needed = static_cast<size_t>(std::max(bonus.domain_trait, bonus.code_trait) + 1);
  if (levels.size() < needed) levels.resize(needed, 0);
  return bonus.Earns(levels.data(), member.codes ? (*member.codes ? 1 : 0) : -1);
}

TeamCoverage ComputeCoverage(const Playbook& playbook, const std::vector<TeamMember>& members) {
  TeamCoverage c;
  size_t traits = playbook.traits.size();
  c.rule = playbook.team.coverage_rule;
  c.levels.assign(traits, 0);
  c.depth.assign(traits, 0);
  DomainCoderBonus bonus = MakeDomainCoderBonus(playbook);
  for (const TeamMember& m : members) {
    c.domain_coder = c.domain_coder || EarnsDomainCoderBonus(bonus, m);
    for (size_t t = 0; t < traits && t < m.levels.size(); ++t) {
      uint8_t v = m.levels[t];
      if (v > c.levels[t]) {
        c.depth[t] = c.levels[t];
        c.levels[t] = v;
      } else if (v > c.depth[t]) {
        c.depth[t] = v;
      }
    }
  }
  c.score = CoverageScore(playbook, c.levels, c.depth, c.domain_coder);
  std::vector<uint8_t> full(traits, 5);
  c.max_score = CoverageScore(playbook, full, full, true);
  return c;
}

std::vector<TeamGap> FindGaps(const Playbook& playbook, const TeamCoverage& coverage) {
  const TeamRules& rules = playbook.team;
  std::vector<TeamGap> gaps;
  for (size_t t = 0; t < playbook.traits.size(); ++t) {
    if (coverage.levels[t] >= rules.gap_bar) continue;
    const Trait& trait = playbook.traits[t];
    TeamGap g;
    g.trait = trait.id;
    g.level = coverage.levels[t];
    g.bar = rules.gap_bar;
    g.rule = rules.gap_rule;
    g.reason = FillTemplate(rules.gap_reason, {{"trait", trait.title},
                                               {"level", std::to_string(g.level)},
                                               {"bar", std::to_string(g.bar)},
                                               {"description", trait.description}});
    gaps.push_back(std::move(g));
  }
  return gaps;
}

HireProblem MakeHireProblem(const Playbook& playbook, const TeamCoverage& coverage,
                            const CandidatePool& pool, int hires, std::optional<double> budget) {
  HireProblem p;
  for (const Trait& t : playbook.traits) p.weights.push_back(t.weight);
  p.depth_weight = playbook.team.depth_weight;
  p.depth_cap = playbook.team.depth_cap;
  p.team_best = coverage.levels;
  p.team_second = coverage.depth;
  p.bonus = MakeDomainCoderBonus(playbook);
  p.team_has_bonus = coverage.domain_coder;
  p.pool = &pool;
  p.max_picks = hires;
  p.budget = budget;
  return p;
}

std::string FormatCoverageScore(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(value * 100) / 100);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

}  // namespace firsthire

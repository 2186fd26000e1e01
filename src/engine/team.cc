// EvaluateTeam: coverage, gaps, principle warnings and the best next hires.
#include "firsthire/team.h"

#include <algorithm>

#include "engine/team_coverage.h"
#include "engine/team_principles.h"
#include "input/text_template.h"

namespace firsthire {

namespace {

// Orders the picks so each adds the most to the team and the picks before it,
// and says what each brings (the domain-coder bonus included, when it is the
// pick that earns it).
std::vector<HireReason> ExplainPicks(const Playbook& playbook, const TeamCoverage& coverage,
                                     const CandidatePool& pool, std::vector<size_t> picks) {
  const TeamRules& rules = playbook.team;
  DomainCoderBonus bonus = MakeDomainCoderBonus(playbook);
  std::vector<uint8_t> best = coverage.levels, second = coverage.depth;
  bool coder = coverage.domain_coder;
  double score = CoverageScore(playbook, best, second, coder);
  auto earns = [&](size_t i) { return bonus.Earns(pool.levels(i), pool.codes(i)); };
  std::vector<HireReason> out;
  auto with = [&](size_t i, std::vector<uint8_t>* b, std::vector<uint8_t>* s) {
    for (size_t t = 0; t < b->size(); ++t) {
      uint8_t c = pool.level(i, t);
      if (c > (*b)[t]) (*s)[t] = (*b)[t], (*b)[t] = c;
      else if (c > (*s)[t]) (*s)[t] = c;
    }
  };
  while (!picks.empty()) {
    size_t chosen = 0;
    double chosen_score = -1;
    for (size_t j = 0; j < picks.size(); ++j) {
      std::vector<uint8_t> b = best, s = second;
      with(picks[j], &b, &s);
      double value = CoverageScore(playbook, b, s, coder || earns(picks[j]));
      if (value > chosen_score + 1e-12) chosen_score = value, chosen = j;
    }
    size_t i = picks[chosen];
    picks.erase(picks.begin() + static_cast<long>(chosen));
    std::vector<uint8_t> b = best, s = second;
    with(i, &b, &s);
    HireReason r;
    r.id = std::string(pool.id(i));
    r.name = std::string(pool.name(i));
    r.gain = chosen_score - score;
    r.cost = pool.cost(i);
    std::string brings;
    for (size_t t = 0; t < b.size(); ++t) {
      if (b[t] == best[t] && s[t] == second[t]) continue;
      r.traits.emplace_back(playbook.traits[t].id, pool.level(i, t));
      if (!brings.empty()) brings += ", ";
      brings += playbook.traits[t].title + " " + std::to_string(pool.level(i, t));
    }
    if (!coder && earns(i)) {
      coder = true;
      if (!brings.empty()) brings += ", ";
      brings +=
          FillTemplate(rules.domain_coder_text, {{"weight", FormatCoverageScore(bonus.weight)}});
    }
    r.rule = rules.best_hire_rule;
    r.reason = FillTemplate(rules.pick_reason,
                            {{"name", r.name}, {"gain", FormatCoverageScore(r.gain)}, {"traits", brings}});
    out.push_back(std::move(r));
    best = std::move(b);
    second = std::move(s);
    score = chosen_score;
  }
  return out;
}

}  // namespace

TeamRecord EvaluateTeam(const Playbook& playbook, const Team& team, const TeamRequest& request) {
  TeamRecord rec;
  rec.playbook_version = playbook.version;
  for (const Trait& t : playbook.traits) {
    rec.trait_ids.push_back(t.id);
    rec.trait_titles.push_back(t.title);
  }
  for (const TeamMember& m : team.members) rec.member_names.push_back(m.name);
  rec.coverage = ComputeCoverage(playbook, team.members);
  rec.gaps = FindGaps(playbook, rec.coverage);
  int hires = std::clamp(request.hires, 1, kMaxHires);
  rec.warnings = CheckPrinciples(playbook, team, rec.gaps, team.planned_hires.value_or(hires));

  if (request.pool != nullptr) {
    HireProblem problem =
        MakeHireProblem(playbook, rec.coverage, *request.pool, hires, request.budget);
    problem.should_stop = request.should_stop;
    HireSolution solution = SolveBestHires(problem);
    BestHires bh;
    bh.hires = hires;
    bh.budget = request.budget;
    bh.objective = solution.objective;
    bh.gain = solution.objective - rec.coverage.score;
    bh.cost = solution.cost;
    bh.optimal = solution.optimal;
    if (!solution.optimal) bh.bound = solution.bound;
    bh.pool_size = request.pool->size();
    bh.considered = solution.considered;
    bh.nodes = solution.nodes;
    bh.reasons = ExplainPicks(playbook, rec.coverage, *request.pool, solution.picks);
    for (const HireReason& r : bh.reasons) bh.picks.push_back(r.id);
    bh.rule = playbook.team.best_hire_rule;
    bh.reason = solution.optimal
                    ? FillTemplate(playbook.team.optimal_reason,
                                   {{"objective", FormatCoverageScore(bh.objective)},
                                    {"cost", FormatCoverageScore(bh.cost)}})
                    : FillTemplate(playbook.team.not_optimal_reason,
                                   {{"objective", FormatCoverageScore(bh.objective)},
                                    {"bound", FormatCoverageScore(solution.bound)}});
    bh.judging_note = playbook.team.judging_note;
    rec.best_hires = std::move(bh);
  }
  return rec;
}

}  // namespace firsthire

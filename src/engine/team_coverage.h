// Team coverage (docs/product.md section 4): the playbook's weighted coverage objective
// of a team, its level per trait and its gaps.
#ifndef FIRSTHIRE_ENGINE_TEAM_COVERAGE_H_
#define FIRSTHIRE_ENGINE_TEAM_COVERAGE_H_

#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/team.h"
#include "firsthire/team_optimizer.h"

namespace firsthire {

// Sum over traits of weight * (best + depth_weight * min(second, depth_cap)),
// plus the domain-coder bonus when `domain_coder` (someone earns it).
double CoverageScore(const Playbook& playbook, const std::vector<uint8_t>& best,
                     const std::vector<uint8_t>& second, bool domain_coder);

// The playbook's domain-coder bonus (team.domain_coder_bonus), with its trait
// indices; weight 0 when the playbook lacks domain_expertise.
DomainCoderBonus MakeDomainCoderBonus(const Playbook& playbook);

// Does `member` earn the bonus (codes, and domain_expertise high enough)?
bool EarnsDomainCoderBonus(const DomainCoderBonus& bonus, const TeamMember& member);

// Best and second-best level per trait over `members`, whether one of them
// earns the domain-coder bonus, and the score.
TeamCoverage ComputeCoverage(const Playbook& playbook, const std::vector<TeamMember>& members);

// The traits whose best level is below the playbook's gap bar, in playbook
// order, each with rule team.gap and the playbook's reason.
std::vector<TeamGap> FindGaps(const Playbook& playbook, const TeamCoverage& coverage);

// The optimizer's problem for this playbook and team coverage.
HireProblem MakeHireProblem(const Playbook& playbook, const TeamCoverage& coverage,
                            const CandidatePool& pool, int hires, std::optional<double> budget);

// A score for people: at most two decimals, no trailing zeros ("27.25", "3").
std::string FormatCoverageScore(double value);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_TEAM_COVERAGE_H_

// The principle warnings of docs/product.md section 4, each firing on its own case:
//   generalists_first           the team is early (fewer people than the
//                               playbook's early_team_size) and has a member
//                               strong in fewer than generalist_min_traits traits;
//   engineering_before_research a member's role is research-oriented and the
//                               team has no more strong software engineers
//                               outside research than researchers (not for
//                               the custom_model shape);
//   domain_expert_who_codes     nobody is both strong in domain expertise and
//                               codes;
//   one_person_all_gaps         the team has at least min_gaps gaps and plans a
//                               single hire.
// Each warning carries its rule, a reason filled with the team's values and
// what to do, all from the playbook.
#ifndef FIRSTHIRE_ENGINE_TEAM_PRINCIPLES_H_
#define FIRSTHIRE_ENGINE_TEAM_PRINCIPLES_H_

#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/team.h"

namespace firsthire {

std::vector<TeamWarning> CheckPrinciples(const Playbook& playbook, const Team& team,
                                         const std::vector<TeamGap>& gaps, int planned_hires);

// Whether a member codes: `codes` when given, else software_engineering at
// least the playbook's codes_min_level.
bool MemberCodes(const Playbook& playbook, const TeamMember& member);

// Whether a role text names research work (the playbook's research_roles).
bool IsResearchRole(const Playbook& playbook, const std::string& role);

}  // namespace firsthire

#endif  // FIRSTHIRE_ENGINE_TEAM_PRINCIPLES_H_

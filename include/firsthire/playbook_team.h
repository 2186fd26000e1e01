// The playbook's team rules (docs/product.md section 4): how trait coverage is scored,
// where the gap bar lies, the principle warnings and the keyword mapping used
// to read trait levels from JSON Resume files.
//
// Owned by the team engine; loaded from the playbook's `team:` section by
// LoadTeamRules (src/input/playbook_team_loader.cc). Every member has the
// default playbook's value as its default, so a playbook without a `team:`
// section still scores teams the documented way (its texts are then empty).
#ifndef FIRSTHIRE_PLAYBOOK_TEAM_H_
#define FIRSTHIRE_PLAYBOOK_TEAM_H_

#include <map>
#include <string>
#include <vector>

namespace firsthire {

// One principle warning (ids: generalists_first, engineering_before_research,
// domain_expert_who_codes, one_person_all_gaps).
struct TeamPrinciple {
  std::string id;
  std::string rule;
  std::string title;
  std::string reason;      // template; placeholders listed in default.yaml
  std::string what_to_do;
};

// Keywords that map JSON Resume skills and work entries to one trait.
struct ResumeTraitKeywords {
  std::string trait;
  std::vector<std::string> keywords;  // lower case
};

struct ResumeMapping {
  std::map<std::string, int> skill_levels;  // lower-case level word -> level
  int default_skill_level = 2;
  int work_bonus = 1;
  int max_level = 5;
  std::vector<ResumeTraitKeywords> traits;
};

struct TeamRules {
  bool present = false;  // the playbook has a `team:` section

  // Coverage objective: sum_t weight_t * (best_t + depth_weight * min(second_t, depth_cap)).
  std::string coverage_rule = "team.coverage";
  double depth_weight = 0.25;  // in [0, 1]
  int depth_cap = 3;           // 0..5

  std::string gap_rule = "team.gap";
  int gap_bar = 3;
  std::string gap_reason;  // {trait} {level} {bar} {description}

  int strong_level = 3;
  int codes_min_level = 2;

  // Added once to the coverage objective when someone on the team (or a pick)
  // codes and reaches domain_coder_min_level in domain_expertise.
  double domain_coder_weight = 2.0;  // >= 0; 0 turns the bonus off
  int domain_coder_min_level = 3;
  std::string domain_coder_text;  // how a pick's reason names it; {weight}

  // Principle parameters.
  int early_team_size = 10;
  int generalist_min_traits = 2;
  std::vector<std::string> research_roles;  // lower case
  int min_gaps_one_hire = 3;
  std::vector<TeamPrinciple> principles;

  // Best-hire texts.
  std::string best_hire_rule = "team.best_hire";
  std::string pick_reason;         // {name} {gain} {traits}
  std::string optimal_reason;      // {objective} {cost}
  std::string not_optimal_reason;  // {objective} {bound}
  std::string judging_note;

  ResumeMapping json_resume;

  // The principle with this id, or nullptr.
  const TeamPrinciple* FindPrinciple(const std::string& id) const {
    for (const auto& p : principles) {
      if (p.id == id) return &p;
    }
    return nullptr;
  }
};

}  // namespace firsthire

#endif  // FIRSTHIRE_PLAYBOOK_TEAM_H_

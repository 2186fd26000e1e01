#include "engine/team_principles.h"

#include <cctype>

#include "input/text_template.h"

namespace firsthire {

namespace {

int TraitIndex(const Playbook& playbook, const char* id) {
  for (size_t t = 0; t < playbook.traits.size(); ++t) {
    if (playbook.traits[t].id == id) return static_cast<int>(t);
  }
  return -1;
}

int LevelOn(const TeamMember& m, int trait) {
  return trait >= 0 && static_cast<size_t>(trait) < m.levels.size() ? m.levels[trait] : 0;
}

// "Ana", "Ana and Bo", "Ana, Bo and Cy".
std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

TeamWarning Make(const TeamPrinciple& p, const std::map<std::string, std::string>& values) {
  return TeamWarning{p.id, p.rule, p.title, FillTemplate(p.reason, values),
                     FillTemplate(p.what_to_do, values)};
}

}  // namespace

bool MemberCodes(const Playbook& playbook, const TeamMember& member) {
  if (member.codes) return *member.codes;
  return LevelOn(member, TraitIndex(playbook, "software_engineering")) >= playbook.team.codes_min_level;
}

bool IsResearchRole(const Playbook& playbook, const std::string& role) {
  std::string lower;
  for (char c : role) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const std::string& word : playbook.team.research_roles) {
    if (!word.empty() && lower.find(word) != std::string::npos) return true;
  }
  return false;
}

std::vector<TeamWarning> CheckPrinciples(const Playbook& playbook, const Team& team,
                                         const std::vector<TeamGap>& gaps, int planned_hires) {
  const TeamRules& rules = playbook.team;
  std::vector<TeamWarning> out;
  int size = static_cast<int>(team.members.size());
  int software = TraitIndex(playbook, "software_engineering");
  int domain = TraitIndex(playbook, "domain_expertise");
  for (const TeamPrinciple& p : rules.principles) {
    if (p.id == "generalists_first") {
      if (size == 0 || size >= rules.early_team_size) continue;
      std::vector<std::string> specialists;
      for (const TeamMember& m : team.members) {
        int strong = 0;
        for (uint8_t level : m.levels) strong += level >= rules.strong_level ? 1 : 0;
        if (strong < rules.generalist_min_traits) specialists.push_back(m.name);
      }
      if (specialists.empty()) continue;
      out.push_back(Make(p, {{"size", std::to_string(size)},
                             {"early_team_size", std::to_string(rules.early_team_size)},
                             {"specialists", JoinNames(specialists)},
                             {"generalist_min_traits", std::to_string(rules.generalist_min_traits)},
                             {"strong_level", std::to_string(rules.strong_level)}}));
    } else if (p.id == "engineering_before_research") {
      if (team.shape == "custom_model") continue;
      std::vector<std::string> researchers;
      int engineers = 0;
      for (const TeamMember& m : team.members) {
        if (IsResearchRole(playbook, m.role)) {
          researchers.push_back(m.name);
        } else if (LevelOn(m, software) >= rules.strong_level) {
          ++engineers;
        }
      }
      if (researchers.empty() || engineers > static_cast<int>(researchers.size())) continue;
      out.push_back(Make(p, {{"researchers", JoinNames(researchers)},
                             {"engineers", std::to_string(engineers)}}));
    } else if (p.id == "domain_expert_who_codes") {
      bool found = false;
      std::vector<std::string> experts;
      for (const TeamMember& m : team.members) {
        if (LevelOn(m, domain) < rules.strong_level) continue;
        experts.push_back(m.name);
        found = found || MemberCodes(playbook, m);
      }
      if (found) continue;
      out.push_back(Make(p, {{"strong_level", std::to_string(rules.strong_level)},
                             {"experts", experts.empty() ? "nobody" : JoinNames(experts)}}));
    } else if (p.id == "one_person_all_gaps") {
      if (static_cast<int>(gaps.size()) < rules.min_gaps_one_hire || planned_hires != 1) continue;
      std::vector<std::string> names;
      for (const TeamGap& g : gaps) {
        const Trait* t = playbook.FindTrait(g.trait);
        names.push_back(t ? t->title : g.trait);
      }
      out.push_back(Make(p, {{"count", std::to_string(gaps.size())},
                             {"gaps", JoinNames(names)},
                             {"hires", std::to_string(planned_hires)}}));
    }
  }
  return out;
}

}  // namespace firsthire

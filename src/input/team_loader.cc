// LoadTeam: team YAML/JSON → Team.
#include "firsthire/team.h"
#include "input/document.h"
#include "input/pool_builder.h"
#include "input/record_readers.h"

namespace firsthire {

Result<Team> LoadTeam(std::string_view text, const std::string& source, const Playbook& playbook,
                      Diagnostics* diagnostics) {
  FH_ASSIGN_OR_RETURN(Document doc, Document::Parse(text, source));
  return ReadTeam(doc.root(diagnostics), playbook);
}

namespace {

// Reads one member into `out`; problems go to the node's diagnostics.
void ReadMemberInto(const InputNode& m, const std::vector<std::string>& trait_ids,
                    TeamMember& out) {
  if (m.Get("name").Require()) out.name = m.Get("name").String().value_or("");
  out.levels.assign(trait_ids.size(), 0);
  ReadTraitLevels(m.Get("traits"), trait_ids, &out.levels);
  out.codes = m.Get("codes").Bool();
  out.role = m.Get("role").String().value_or("");
}

const std::initializer_list<std::string_view> kMemberKeys = {"name", "traits", "codes", "role"};

}  // namespace

Result<TeamMember> ReadTeamMember(const InputNode& member, const Playbook& playbook) {
  TeamMember out;
  if (!member.ExpectMap(kMemberKeys)) {
    if (!member.present()) member.Error("expected a team member {name, traits, codes, role}");
    return member.diagnostics()->FirstError();
  }
  ReadMemberInto(member, playbook.TraitIds(), out);
  if (member.diagnostics()->has_errors()) return member.diagnostics()->FirstError();
  return out;
}

Result<Team> ReadTeam(const InputNode& root, const Playbook& playbook,
                      const std::vector<std::string>& also_known) {
  Diagnostics* diagnostics = root.diagnostics();
  Team team;
  std::vector<std::string> known = {"members", "shape", "planned_hires"};
  known.insert(known.end(), also_known.begin(), also_known.end());
  if (!root.ExpectMap(known)) {
    if (!diagnostics->has_errors()) root.Error("expected a team mapping with 'members'");
    return diagnostics->FirstError();
  }
  std::vector<std::string> trait_ids = playbook.TraitIds();
  InputNode members = root.Get("members");
  members.Require();
  for (const InputNode& m : members.Items()) {
    if (!m.ExpectMap(kMemberKeys)) {
      if (m.present() && !m.IsMap()) continue;
    }
    TeamMember member;
    ReadMemberInto(m, trait_ids, member);
    team.members.push_back(std::move(member));
  }
  team.shape = root.Get("shape").Enum(playbook.ShapeIds(), "project shape").value_or("");
  if (auto hires = root.Get("planned_hires").Integer(0, 1000)) {
    team.planned_hires = static_cast<int>(*hires);
  }
  if (diagnostics->has_errors()) return diagnostics->FirstError();
  return team;
}

}  // namespace firsthire

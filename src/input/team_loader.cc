// LoadTeam: team YAML/JSON → Team.
#include "firsthire/team.h"
#include "input/document.h"
#include "input/pool_builder.h"

namespace firsthire {

Result<Team> LoadTeam(std::string_view text, const std::string& source, const Playbook& playbook,
                      Diagnostics* diagnostics) {
  auto doc = Document::Parse(text, source);
  if (!doc.ok()) return doc.status();
  InputNode root = doc->root(diagnostics);
  Team team;
  if (!root.ExpectMap({"members", "shape", "planned_hires"})) {
    if (!diagnostics->has_errors()) root.Error("expected a team mapping with 'members'");
    return diagnostics->FirstError();
  }
  std::vector<std::string> trait_ids = playbook.TraitIds();
  InputNode members = root.Get("members");
  members.Require();
  for (const InputNode& m : members.Items()) {
    if (!m.ExpectMap({"name", "traits", "codes", "role"})) {
      if (m.present() && !m.IsMap()) continue;
    }
    TeamMember member;
    if (m.Get("name").Require()) member.name = m.Get("name").String().value_or("");
    member.levels.assign(trait_ids.size(), 0);
    ReadTraitLevels(m.Get("traits"), trait_ids, &member.levels);
    member.codes = m.Get("codes").Bool();
    member.role = m.Get("role").String().value_or("");
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

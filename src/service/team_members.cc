#include "service/team_members.h"

namespace firsthire::service {
namespace {

Status Apply(const TeamMemberChange& change, const MemberCheck& check,
             store::StoredTeamMember& member) {
  if (change.name) member.name = *change.name;
  if (change.traits_json) member.traits_json = *change.traits_json;
  if (change.codes) member.codes = *change.codes;
  return check(member);
}

}  // namespace

Result<store::StoredTeamMember> CreateTeamMember(Store& store, const TeamMemberChange& change,
                                                 const MemberCheck& check,
                                                 const std::string& actor) {
  store::StoredTeamMember member;
  member.traits_json = "{}";
  FH_RETURN_IF_ERROR(Apply(change, check, member));
  return store.CreateTeamMember(member, actor);
}

Result<store::StoredTeamMember> UpdateTeamMember(Store& store, const std::string& id,
                                                 const ChangeReader<TeamMemberChange>& read,
                                                 const MemberCheck& check,
                                                 const std::string& actor) {
  FH_ASSIGN_OR_RETURN(store::StoredTeamMember member, store.GetTeamMember(id));
  FH_ASSIGN_OR_RETURN(TeamMemberChange change, read());
  FH_RETURN_IF_ERROR(Apply(change, check, member));
  return store.UpdateTeamMember(member, actor);
}

}  // namespace firsthire::service

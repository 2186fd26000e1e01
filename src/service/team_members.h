// Team members: the people of the team whose trait levels the team page
// maps, each checked by the team loader's rules (run by the caller's
// MemberCheck) before it is stored.
// Threads: as safe as the Store.
#ifndef FIRSTHIRE_SERVICE_TEAM_MEMBERS_H_
#define FIRSTHIRE_SERVICE_TEAM_MEMBERS_H_

#include <functional>
#include <optional>
#include <string>

#include "firsthire/status.h"
#include "service/record_change.h"
#include "store/store.h"

namespace firsthire::service {

// A change to a team member; what is absent stays as it is.
struct TeamMemberChange {
  std::optional<std::string> name;
  std::optional<std::string> traits_json;  // {trait id: level}, as JSON text
  std::optional<bool> codes;
};

// Checks a member as it would be stored (kInvalidInput with the field
// relative to the member, e.g. "traits.design").
using MemberCheck = std::function<Status(const store::StoredTeamMember&)>;

// Stores a new member (no traits unless the change gives some) once `check`
// passes; its error or the store's otherwise.
Result<store::StoredTeamMember> CreateTeamMember(Store& store, const TeamMemberChange& change,
                                                 const MemberCheck& check,
                                                 const std::string& actor);

// Applies the change `read` gives to the member `id` and stores it once
// `check` passes on the result. kNotFound for no such member; nothing is
// written on failure.
Result<store::StoredTeamMember> UpdateTeamMember(Store& store, const std::string& id,
                                                 const ChangeReader<TeamMemberChange>& read,
                                                 const MemberCheck& check,
                                                 const std::string& actor);

}  // namespace firsthire::service

#endif  // FIRSTHIRE_SERVICE_TEAM_MEMBERS_H_

// The playbook's team rules (SPEC section 4): how trait coverage is scored,
// where the gap bar lies, the principle warnings and the keyword mapping used
// to read trait levels from JSON Resume files.
//
// Owned by the team engine; loaded from the playbook's `team:` section by
// LoadTeamRules (src/input/playbook_team_loader.cc).
#ifndef FIRSTHIRE_PLAYBOOK_TEAM_H_
#define FIRSTHIRE_PLAYBOOK_TEAM_H_

#include <string>
#include <vector>

namespace firsthire {

struct TeamRules {
  // Filled in by the team engine's work; empty until the playbook has a
  // `team:` section.
  bool present = false;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_PLAYBOOK_TEAM_H_

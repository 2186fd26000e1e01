#include "input/playbook_team_loader.h"

namespace firsthire {

void LoadTeamRules(const InputNode& node, const Playbook& playbook, TeamRules* rules) {
  (void)playbook;
  rules->present = node.present();
}

}  // namespace firsthire

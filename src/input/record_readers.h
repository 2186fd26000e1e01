// The loaders' entry points on a value already read through Document (a
// whole document's root, or one record inside a larger body), for callers
// that parse a text once and read several records from it — the HTTP
// handlers. Load* (include/firsthire/*.h) are Document::Parse + these.
//
// Every problem goes to the node's Diagnostics with its line, column and
// path (paths are relative to the node given, e.g. "scores.charisma"); the
// result is the first error when there is any.
#ifndef FIRSTHIRE_INPUT_RECORD_READERS_H_
#define FIRSTHIRE_INPUT_RECORD_READERS_H_

#include <string>
#include <vector>

#include "firsthire/brief.h"
#include "firsthire/candidate_pool.h"
#include "firsthire/review.h"
#include "firsthire/scorecard.h"
#include "firsthire/team.h"
#include "input/document.h"

namespace firsthire {

// A brief, as LoadBrief.
Result<Brief> ReadBrief(const InputNode& root, const Playbook& playbook);

// {candidate, scorecards: [...]}, as LoadScorecards.
Result<CandidateScorecards> ReadScorecards(const InputNode& root, const Playbook& playbook);

// One interviewer's scorecard {scores, notes, red_flags, summary, traits} by
// LoadScorecards' rules. With `interviewer_given` false the card names no
// interviewer (the caller knows who wrote it); keys in `also_known` are
// accepted and left for the caller to read.
Result<Scorecard> ReadOneScorecard(const InputNode& card, const Playbook& playbook,
                                   bool interviewer_given,
                                   const std::vector<std::string>& also_known = {});

// A vendor proposal, as LoadProposal.
Result<Proposal> ReadProposal(const InputNode& root, const Playbook& playbook);

// A team {members, shape, planned_hires}, as LoadTeam; keys in `also_known`
// are accepted and left for the caller (the team endpoint's "candidates").
Result<Team> ReadTeam(const InputNode& root, const Playbook& playbook,
                      const std::vector<std::string>& also_known = {});

// One team member {name, traits, codes, role}, by LoadTeam's rules.
Result<TeamMember> ReadTeamMember(const InputNode& member, const Playbook& playbook);

// The list of a pool's candidates [{id, name, traits, codes, cost, role}],
// as LoadPoolYaml reads its `candidates`.
Result<CandidatePool> ReadPoolCandidates(const InputNode& list, const Playbook& playbook,
                                         const PoolLoadOptions& options);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_RECORD_READERS_H_

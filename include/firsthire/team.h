// The team verb's input and decision record (docs/product.md section 4 and the `team`
// contract of section 1): trait coverage, gaps, principle warnings and the
// best next hire(s) from a candidate pool.
#ifndef FIRSTHIRE_TEAM_H_
#define FIRSTHIRE_TEAM_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/candidate_pool.h"
#include "firsthire/diagnostics.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"

namespace firsthire {

struct TeamMember {
  std::string name;
  std::vector<uint8_t> levels;  // one per playbook trait (playbook order), 0..5
  std::optional<bool> codes;    // not given: inferred from software_engineering
  std::string role;             // free text, e.g. "ML researcher" (extension)
};

// TEAM input: {members: [{name, traits: {trait: 0..5}, codes, role}],
// shape, planned_hires}. `shape` (a playbook shape id) and `planned_hires`
// are optional extensions.
struct Team {
  std::vector<TeamMember> members;
  std::string shape;
  std::optional<int> planned_hires;
};

// Parses a team (YAML or JSON). Trait ids are checked against the playbook;
// every problem goes to `diagnostics`; the result is the first error.
Result<Team> LoadTeam(std::string_view text, const std::string& source, const Playbook& playbook,
                      Diagnostics* diagnostics);

struct TeamCoverage {
  std::string rule;                 // team.coverage
  double score = 0;                 // the playbook's weighted coverage objective
  double max_score = 0;             // the score of a team at level 5 everywhere, twice
  std::vector<uint8_t> levels;      // per trait: the best level on the team
  std::vector<uint8_t> depth;       // per trait: the second-best level
  bool domain_coder = false;        // someone earns the domain-coder bonus (in `score`)
};

struct TeamGap {
  std::string trait;
  int level = 0;
  int bar = 0;
  std::string rule;
  std::string reason;
};

struct TeamWarning {
  std::string id;    // a principle id
  std::string rule;
  std::string title;
  std::string reason;
  std::string what_to_do;
};

// Why one pick was made: taken in the order that explains the choice best
// (each pick the one adding most to the team plus the picks before it).
struct HireReason {
  std::string id;
  std::string name;
  double gain = 0;   // marginal gain of the coverage score
  double cost = 0;
  // Traits it brings: those whose best or second-best level it raised, with
  // its level on them.
  std::vector<std::pair<std::string, int>> traits;
  std::string rule;
  std::string reason;
};

struct BestHires {
  std::vector<std::string> picks;   // candidate ids, in reasons order
  double objective = 0;             // coverage.score of the team with the picks
  double gain = 0;                  // objective minus the team's score
  double cost = 0;
  bool optimal = true;
  std::optional<double> bound;      // when not optimal: no choice scores more
  std::vector<HireReason> reasons;
  std::string rule;
  std::string reason;
  std::string judging_note;
  int hires = 1;                    // K
  std::optional<double> budget;
  size_t pool_size = 0;
  size_t considered = 0;            // candidates left after the exact reductions
  uint64_t nodes = 0;               // search nodes visited
};

struct TeamRecord {
  std::string playbook_version;
  std::vector<std::string> trait_ids;     // playbook order
  std::vector<std::string> trait_titles;
  std::vector<std::string> member_names;
  TeamCoverage coverage;
  std::vector<TeamGap> gaps;
  std::vector<TeamWarning> warnings;
  std::optional<BestHires> best_hires;    // only when a pool was given
};

struct TeamRequest {
  const CandidatePool* pool = nullptr;  // no pool: no best_hires
  int hires = 1;                        // K, 1..5
  std::optional<double> budget;
  // Polled during the search; returning true stops it (the CLI's
  // --time-limit). Empty: never stops. Keeps the engine free of clocks.
  std::function<bool()> should_stop;
};

inline constexpr int kMaxHires = 5;

// The team's coverage, gaps and warnings, and (with a pool) the best
// `hires` picks within `budget`. Pure: (playbook, team, request) → record.
// `request.hires` is clamped to 1..kMaxHires.
TeamRecord EvaluateTeam(const Playbook& playbook, const Team& team, const TeamRequest& request);

}  // namespace firsthire

#endif  // FIRSTHIRE_TEAM_H_

// PoolBuilder: what every pool loader shares — trait columns by id or title,
// the checks on one candidate (levels 0..5, cost, unique id) and the
// skip-bad-rows policy.
#ifndef FIRSTHIRE_INPUT_POOL_BUILDER_H_
#define FIRSTHIRE_INPUT_POOL_BUILDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "firsthire/candidate_pool.h"
#include "firsthire/playbook.h"

namespace firsthire {

// One candidate as read, before the checks.
struct CandidateDraft {
  std::string id;
  std::string name;
  std::string role;
  std::vector<uint8_t> levels;  // one per trait, 0 when not given
  double cost = 0;
  std::optional<bool> codes;
  bool bad = false;             // a problem was already reported for it
  std::string problem;          // the first problem, for the message
  Location where;               // where the candidate starts (its line)
};

class InputNode;

// Reads a `traits:` mapping {trait id: 0..5} into `levels` (one per trait id,
// in `trait_ids` order). An unknown trait id is an error with a suggestion;
// so is a level that is not a whole number from 0 to 5, or a value that is
// not a mapping. Used by the team loader and the YAML pool loader.
void ReadTraitLevels(const InputNode& traits, const std::vector<std::string>& trait_ids,
                     std::vector<uint8_t>* levels);

// Index of the playbook trait named `name` (its id, or its title compared
// case-insensitively, spaces, hyphens and underscores alike), or nullopt.
std::optional<size_t> FindTraitIndex(const Playbook& playbook, std::string_view name);

class PoolBuilder {
 public:
  PoolBuilder(const Playbook& playbook, const PoolLoadOptions& options, Diagnostics* diagnostics);

  // FindTraitIndex on the builder's playbook.
  std::optional<size_t> TraitIndex(std::string_view name) const {
    return FindTraitIndex(playbook_, name);
  }
  const std::vector<std::string>& trait_ids() const { return pool_.trait_ids(); }

  // A fresh draft with one zero level per trait.
  CandidateDraft NewDraft() const;

  // Checks `draft` (a missing id, a duplicate id) and adds it, or reports
  // its problem: an error, or a warning when skipping bad rows (the
  // candidate is then left out). Returns false when the load must stop.
  bool Finish(CandidateDraft& draft);

  void Reserve(size_t candidates, size_t text_bytes) { pool_.Reserve(candidates, text_bytes); }
  // The pool, or the first error when any candidate was bad and not skipped.
  Result<CandidatePool> Take();
  Diagnostics* diagnostics() const { return diagnostics_; }
  const PoolLoadOptions& options() const { return options_; }

 private:
  // The id set holds pool indices; kProbe stands for `probe_`, the id being
  // looked up, so checking an id needs no copy of it.
  static constexpr size_t kProbe = static_cast<size_t>(-1);
  struct IdHash {
    const PoolBuilder* b;
    size_t operator()(size_t i) const { return std::hash<std::string_view>()(b->IdOf(i)); }
  };
  struct IdEq {
    const PoolBuilder* b;
    bool operator()(size_t x, size_t y) const { return b->IdOf(x) == b->IdOf(y); }
  };
  std::string_view IdOf(size_t i) const { return i == kProbe ? probe_ : pool_.id(i); }

  const Playbook& playbook_;
  PoolLoadOptions options_;
  Diagnostics* diagnostics_;
  CandidatePool pool_;
  std::string_view probe_;
  std::unordered_set<size_t, IdHash, IdEq> ids_;
  size_t skipped_ = 0;
};

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_POOL_BUILDER_H_

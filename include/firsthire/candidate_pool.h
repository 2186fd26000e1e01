// CandidatePool: the people a team could hire next (docs/product.md section 4), in a
// compact column layout so a pool of a million candidates fits in little
// memory, and the loaders for the formats people keep pools in.
//
// Trait levels are stored per candidate in the playbook's trait order.
// Loaders read:
//   - YAML (.yaml, .yml): {candidates: [{id, name, traits: {trait: 0..5},
//     codes, cost, role}]} through the shared Document reader;
//   - JSON (.json): the same shape, streamed with a SAX parser (a JSON
//     Resume file is recognised by its `basics`/`skills`/`work` keys);
//   - CSV (.csv): a header row naming `id`, optional `name`, `cost`, `codes`,
//     `role` and one column per trait (its id or title), one row per candidate;
//   - a directory: every *.json file in it is a JSON Resume v1.0.0 document,
//     mapped to trait levels by the playbook's team.json_resume keywords.
// Errors name file, line and column (or row line for CSV). A bad candidate
// (bad level, cost or duplicate id) fails the load unless `skip_bad_rows`,
// in which case it is left out with a warning naming its line.
#ifndef FIRSTHIRE_CANDIDATE_POOL_H_
#define FIRSTHIRE_CANDIDATE_POOL_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/diagnostics.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"

namespace firsthire {

class CandidatePool {
 public:
  explicit CandidatePool(std::vector<std::string> trait_ids = {});

  // Appends a candidate; `levels` has one value (0..5) per trait. Returns its
  // index. Ids are not checked here (the loaders reject duplicates).
  size_t Add(std::string_view id, std::string_view name, const uint8_t* levels, double cost,
             std::optional<bool> codes = std::nullopt, std::string_view role = {});
  void Reserve(size_t candidates, size_t text_bytes);

  size_t size() const { return costs_.size(); }
  bool empty() const { return costs_.empty(); }
  size_t trait_count() const { return trait_ids_.size(); }
  const std::vector<std::string>& trait_ids() const { return trait_ids_; }

  std::string_view id(size_t i) const { return Text(i, 0); }
  std::string_view name(size_t i) const { return Text(i, 1); }
  std::string_view role(size_t i) const { return Text(i, 2); }
  const uint8_t* levels(size_t i) const { return &levels_[i * trait_ids_.size()]; }
  uint8_t level(size_t i, size_t trait) const { return levels_[i * trait_ids_.size() + trait]; }
  double cost(size_t i) const { return costs_[i]; }
  // 1 codes, 0 does not, -1 not given.
  int codes(size_t i) const { return codes_[i]; }

  // Index of the candidate with this id, or nullopt (linear scan).
  std::optional<size_t> Find(std::string_view id) const;

 private:
  std::string_view Text(size_t i, int field) const;

  std::vector<std::string> trait_ids_;
  std::vector<uint8_t> levels_;
  std::vector<double> costs_;
  std::vector<int8_t> codes_;
  std::string text_;                  // id, name, role of each candidate, back to back
  std::vector<uint64_t> text_start_;  // 3 offsets per candidate, plus the end
};

struct PoolLoadOptions {
  bool skip_bad_rows = false;
  // Called now and then with (bytes or files done, total); may be empty.
  std::function<void(size_t done, size_t total)> progress;
};

// Largest pool file accepted (the pool is streamed, so this is well above the
// 16 MiB limit of other inputs).
inline constexpr size_t kMaxPoolBytes = size_t{4} << 30;  // 4 GiB

// Loads a pool from `path`, picking the format by extension (.csv, .json,
// .yaml/.yml) or by being a directory (JSON Resume files). NotFound when the
// path does not exist; InvalidInput for an unknown extension or bad content.
Result<CandidatePool> LoadPool(const std::string& path, const Playbook& playbook,
                               const PoolLoadOptions& options, Diagnostics* diagnostics);

// The format loaders, on text already read (`source` names it in messages).
Result<CandidatePool> LoadPoolYaml(std::string_view text, const std::string& source,
                                   const Playbook& playbook, const PoolLoadOptions& options,
                                   Diagnostics* diagnostics);
Result<CandidatePool> LoadPoolJson(std::string_view text, const std::string& source,
                                   const Playbook& playbook, const PoolLoadOptions& options,
                                   Diagnostics* diagnostics);
Result<CandidatePool> LoadPoolCsv(std::string_view text, const std::string& source,
                                  const Playbook& playbook, const PoolLoadOptions& options,
                                  Diagnostics* diagnostics);

// One JSON Resume document → one candidate added to `pool`. The id is
// meta.id, else `fallback_id` (the file name without .json); the name is
// basics.name; the cost meta.cost (an extension; 0 when absent); the role
// basics.label. Trait levels follow playbook.team.json_resume.
Status AddJsonResume(std::string_view text, const std::string& source,
                     const std::string& fallback_id, const Playbook& playbook,
                     CandidatePool* pool, Diagnostics* diagnostics);

// True when `text` (a JSON object) looks like a JSON Resume rather than a pool.
bool LooksLikeJsonResume(std::string_view text);

// Trait levels of one JSON Resume document (already parsed by the caller as
// text), exposed for tests of the keyword mapping.
std::vector<uint8_t> ResumeTraitLevels(std::string_view text, const Playbook& playbook);

}  // namespace firsthire

#endif  // FIRSTHIRE_CANDIDATE_POOL_H_

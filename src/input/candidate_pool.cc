// CandidatePool: column storage of candidates.
#include "firsthire/candidate_pool.h"

#include <cassert>

namespace firsthire {

CandidatePool::CandidatePool(std::vector<std::string> trait_ids) : trait_ids_(std::move(trait_ids)) {
  text_start_.push_back(0);
}

void CandidatePool::Reserve(size_t candidates, size_t text_bytes) {
  levels_.reserve(candidates * trait_ids_.size());
  costs_.reserve(candidates);
  codes_.reserve(candidates);
  text_start_.reserve(candidates * 3 + 1);
  text_.reserve(text_bytes);
}

size_t CandidatePool::Add(std::string_view id, std::string_view name, const uint8_t* levels,
                          double cost, std::optional<bool> codes, std::string_view role) {
  levels_.insert(levels_.end(), levels, levels + trait_ids_.size());
  costs_.push_back(cost);
  codes_.push_back(codes ? (*codes ? 1 : 0) : -1);
  for (std::string_view part : {id, name, role}) {
    text_.append(part);
    text_start_.push_back(text_.size());
  }
  return costs_.size() - 1;
}

std::string_view CandidatePool::Text(size_t i, int field) const {
  assert(i < size());
  size_t k = i * 3 + static_cast<size_t>(field);
  return std::string_view(text_).substr(text_start_[k], text_start_[k + 1] - text_start_[k]);
}

std::optional<size_t> CandidatePool::Find(std::string_view wanted) const {
  for (size_t i = 0; i < size(); ++i) {
    if (id(i) == wanted) return i;
  }
  return std::nullopt;
}

}  // namespace firsthire

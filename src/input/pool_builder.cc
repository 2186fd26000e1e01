#include "input/pool_builder.h"

#include <cctype>

#include "input/document.h"
#include "input/suggest.h"

namespace firsthire {

namespace {

std::string Normalise(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '_') {
      out += '_';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

}  // namespace

void ReadTraitLevels(const InputNode& traits, const std::vector<std::string>& trait_ids,
                     std::vector<uint8_t>* levels) {
  if (!traits.present()) return;
  if (!traits.IsMap()) {
    traits.Error("expected a mapping of trait levels {trait id: 0..5} for '" + traits.path() + "'");
    return;
  }
  for (const auto& [key, value] : traits.Entries()) {
    bool known = false;
    for (size_t t = 0; t < trait_ids.size(); ++t) {
      if (trait_ids[t] != key) continue;
      known = true;
      (*levels)[t] = static_cast<uint8_t>(value.Integer(0, 5).value_or(0));
    }
    if (!known) {
      value.Error("unknown trait '" + key + "'; expected " + JoinAlternatives(trait_ids) +
                  DidYouMean(key, trait_ids));
    }
  }
}

PoolBuilder::PoolBuilder(const Playbook& playbook, const PoolLoadOptions& options,
                         Diagnostics* diagnostics)
    : playbook_(playbook),
      options_(options),
      diagnostics_(diagnostics),
      pool_(playbook.TraitIds()),
      ids_(1024, IdHash{this}, IdEq{this}) {}

std::optional<size_t> FindTraitIndex(const Playbook& playbook, std::string_view name) {
  std::string wanted = Normalise(name);
  for (size_t t = 0; t < playbook.traits.size(); ++t) {
    if (playbook.traits[t].id == name || Normalise(playbook.traits[t].id) == wanted ||
        Normalise(playbook.traits[t].title) == wanted) {
      return t;
    }
  }
  return std::nullopt;
}

CandidateDraft PoolBuilder::NewDraft() const {
  CandidateDraft d;
  d.levels.assign(playbook_.traits.size(), 0);
  return d;
}

bool PoolBuilder::Finish(CandidateDraft& draft) {
  if (!draft.bad && draft.id.empty()) {
    draft.bad = true;
    draft.problem = "candidate has no id";
  }
  if (!draft.bad) {
    probe_ = draft.id;
    if (ids_.count(kProbe) == 0) {
      size_t index = pool_.Add(draft.id, draft.name.empty() ? draft.id : draft.name,
                               draft.levels.data(), draft.cost, draft.codes, draft.role);
      ids_.insert(index);
      return true;
    }
    draft.bad = true;
    draft.problem = "duplicate candidate id '" + draft.id + "'";
  }
  if (options_.skip_bad_rows) {
    diagnostics_->AddWarning(draft.where, "skipped candidate: " + draft.problem);
    ++skipped_;
    return true;
  }
  diagnostics_->AddError(draft.where, draft.problem);
  return diagnostics_->error_count() < Diagnostics::kMaxKept;
}

Result<CandidatePool> PoolBuilder::Take() {
  if (diagnostics_->has_errors()) return diagnostics_->FirstError();
  return std::move(pool_);
}

}  // namespace firsthire

// Closed vocabularies: the fixed sets of ids a brief (and the playbook's
// conditions on one) may use — access levels, sensitivities, costs of a
// mistake, ... — and the polarity of evidence in interview notes. Each is an enum with one name table, the only place its ids
// are spelt: loaders read ids into the enum through the table (an unknown id
// is an error with a did-you-mean), the engines compare enum values, reports
// print the table's id, and the API's description lists the table's ids.
// The words people read for each id are the playbook's (`vocabularies:` in
// playbook/default.yaml), served with the ids by GET /api/v1/playbook.
//
// The ids are public and stable (docs/product.md): extend, never rename.
#ifndef FIRSTHIRE_VOCABULARY_H_
#define FIRSTHIRE_VOCABULARY_H_

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace firsthire {

// Name <-> enum for one vocabulary. Built once (function-local statics), read
// by any thread.
template <typename E>
class NameTable {
 public:
  NameTable(std::string_view vocabulary, std::initializer_list<std::pair<E, std::string_view>> entries)
      : vocabulary_(vocabulary), entries_(entries) {
    for (const auto& entry : entries_) ids_.emplace_back(entry.second);
  }

  // The vocabulary's name, e.g. "data_access" (the key in the playbook's
  // `vocabularies` and in the API).
  std::string_view vocabulary() const { return vocabulary_; }
  // The value spelt `id` exactly, or nullopt.
  std::optional<E> Find(std::string_view id) const {
    for (const auto& [value, name] : entries_) {
      if (name == id) return value;
    }
    return std::nullopt;
  }
  // The id of `value` ("" for a value outside the table, a bug).
  std::string_view Id(E value) const {
    for (const auto& [candidate, name] : entries_) {
      if (candidate == value) return name;
    }
    return {};
  }
  // Every id, in the table's order.
  const std::vector<std::string>& Ids() const { return ids_; }

 private:
  std::string_view vocabulary_;
  std::vector<std::pair<E, std::string_view>> entries_;
  std::vector<std::string> ids_;
};

// data.sources[].access
enum class DataAccess { kAvailable, kRequested, kUnavailable };
// data.sources[].sensitivity
enum class DataSensitivity { kPublic, kInternal, kConfidential, kRegulated };
// constraints.mistake_cost
enum class MistakeCost { kLow, kMedium, kHigh, kCritical };
// constraints.security_review: when security is involved
enum class SecurityReview { kDesign, kBeforeLaunch, kAfterLaunch, kNone };
// workflow.stage
enum class WorkflowStage { kIdea, kPrototype, kLive };
// organisation.urgency (and the routes' `when.urgency`)
enum class Urgency { kLow, kMedium, kHigh };
// organisation.needs[]
enum class OrganisationNeed {
  kAi,
  kBackend,
  kDeployment,
  kQa,
  kDesign,
  kData,
  kProduct,
  kChangeManagement
};
// role.level
enum class RoleLevel { kJunior, kMid, kSenior, kStaff };
// role.interview_focus[]
enum class InterviewFocus {
  kModelFamiliarity,
  kTools,
  kSystemOwnership,
  kEvaluation,
  kSecurity,
  kCost,
  kProduct
};

// What a note's words say about a category: evidence.categories[].polarity
// and the polarity of every evidence signal found.
enum class EvidencePolarity { kStrong, kFail };

// The one name table of each vocabulary.
template <typename E>
const NameTable<E>& NamesOf();
template <>
const NameTable<DataAccess>& NamesOf<DataAccess>();
template <>
const NameTable<DataSensitivity>& NamesOf<DataSensitivity>();
template <>
const NameTable<MistakeCost>& NamesOf<MistakeCost>();
template <>
const NameTable<SecurityReview>& NamesOf<SecurityReview>();
template <>
const NameTable<WorkflowStage>& NamesOf<WorkflowStage>();
template <>
const NameTable<Urgency>& NamesOf<Urgency>();
template <>
const NameTable<OrganisationNeed>& NamesOf<OrganisationNeed>();
template <>
const NameTable<RoleLevel>& NamesOf<RoleLevel>();
template <>
const NameTable<InterviewFocus>& NamesOf<InterviewFocus>();
template <>
const NameTable<EvidencePolarity>& NamesOf<EvidencePolarity>();

// The id of a value, e.g. IdOf(MistakeCost::kHigh) == "high".
template <typename E>
std::string IdOf(E value) {
  return std::string(NamesOf<E>().Id(value));
}
// The id of an optional value, or `absent` when it is not given.
template <typename E>
std::string IdOr(const std::optional<E>& value, std::string_view absent = "") {
  return value ? IdOf(*value) : std::string(absent);
}

// Every closed vocabulary: its name and its ids, in a fixed order.
struct ClosedVocabulary {
  std::string_view name;
  const std::vector<std::string>* ids;
};
const std::vector<ClosedVocabulary>& ClosedVocabularies();

// The ids of the vocabulary called `name` ("mistake_cost"), empty when there
// is none: for descriptions of the API that list a vocabulary's values.
const std::vector<std::string>& VocabularyIds(std::string_view name);

}  // namespace firsthire

#endif  // FIRSTHIRE_VOCABULARY_H_

// Playbook lookups and the stale-playbook warning.
#include "firsthire/playbook.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "input/text_template.h"

namespace firsthire {
namespace {

template <typename T>
const T* FindById(const std::vector<T>& list, std::string_view id) {
  for (const T& item : list) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

template <typename T>
std::vector<std::string> IdsOf(const std::vector<T>& list) {
  std::vector<std::string> ids;
  ids.reserve(list.size());
  for (const T& item : list) ids.push_back(item.id);
  return ids;
}

}  // namespace

const ReadinessCriterion* Playbook::FindCriterion(std::string_view id) const { return FindById(criteria, id); }
const Verdict* Playbook::FindVerdict(std::string_view id) const { return FindById(verdicts, id); }
const BuyerProblem* Playbook::FindBuyerProblem(std::string_view id) const { return FindById(buyer_problems, id); }
const Shape* Playbook::FindShape(std::string_view id) const { return FindById(shapes, id); }
const Archetype* Playbook::FindArchetype(std::string_view id) const { return FindById(archetypes, id); }
const Route* Playbook::FindRoute(std::string_view id) const { return FindById(routes.routes, id); }
const Category* Playbook::FindCategory(std::string_view id) const { return FindById(categories, id); }
const RedFlag* Playbook::FindRedFlag(std::string_view id) const { return FindById(red_flags, id); }
const FailureMode* Playbook::FindFailureMode(std::string_view id) const { return FindById(failure_modes, id); }
const Trait* Playbook::FindTrait(std::string_view id) const { return FindById(traits, id); }
const ReviewVerdict* ReviewRules::FindVerdict(std::string_view id) const {
  return FindById(verdicts, id);
}

const VocabularyTerm* Vocabulary::Find(std::string_view id) const { return FindById(terms, id); }

const Vocabulary* Playbook::FindVocabulary(std::string_view name) const {
  for (const Vocabulary& vocabulary : vocabularies) {
    if (vocabulary.name == name) return &vocabulary;
  }
  return nullptr;
}

std::string Playbook::Phrase(std::string_view vocabulary, std::string_view id) const {
  const Vocabulary* found = FindVocabulary(vocabulary);
  const VocabularyTerm* term = found ? found->Find(id) : nullptr;
  return term && !term->phrase.empty() ? term->phrase : std::string(id);
}

std::vector<std::string> Playbook::ShapeIds() const { return IdsOf(shapes); }
std::vector<std::string> Playbook::CategoryIds() const { return IdsOf(categories); }
std::vector<std::string> Playbook::RedFlagIds() const { return IdsOf(red_flags); }
std::vector<std::string> Playbook::RouteIds() const { return IdsOf(routes.routes); }
std::vector<std::string> Playbook::TraitIds() const { return IdsOf(traits); }

std::optional<std::string> StalePlaybookWarning(const Playbook& playbook, std::string_view today) {
  std::optional<int> age = PlaybookAgeDays(playbook, today);
  if (!age || *age <= playbook.max_age_days) return std::nullopt;
  return FillTemplate(playbook.stale_warning, {{"reviewed", playbook.reviewed},
                                               {"age_days", std::to_string(*age)},
                                               {"max_age_days", std::to_string(playbook.max_age_days)}});
}

std::string TodayUtc() {
  if (const char* fixed = std::getenv("FIRSTHIRE_TODAY"); fixed != nullptr && fixed[0] != '\0') {
    return fixed;
  }
  auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  std::chrono::year_month_day ymd{today};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace firsthire

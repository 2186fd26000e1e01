// MergeModelEvidence: the model's findings checked against the playbook and
// the notes, then appended to the playbook's.
#include "firsthire/model_evidence.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "firsthire/scorecard.h"

namespace firsthire {
namespace {

struct Located {
  std::string note;
  size_t start = 0;
  size_t end = 0;
};

std::string_view Trimmed(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

// The card's notes, the one the model named first.
NoteTexts NotesToSearch(const Playbook& playbook, const Scorecard& card, const std::string& named) {
  NoteTexts texts = NotesInOrder(playbook, card);
  std::stable_partition(texts.begin(), texts.end(),
                        [&named](const auto& text) { return text.first == named; });
  return texts;
}

std::optional<Located> Locate(const Playbook& playbook, const Scorecard& card,
                              const std::string& named, std::string_view quote) {
  quote = Trimmed(quote);
  if (quote.empty()) return std::nullopt;
  for (const auto& [note, text] : NotesToSearch(playbook, card, named)) {
    size_t at = text->find(quote);
    if (at != std::string::npos) return Located{note, at, at + quote.size()};
  }
  return std::nullopt;
}

bool Overlaps(const std::string& note, size_t start, size_t end, const Located& at) {
  return note == at.note && start < at.end && at.start < end;
}

bool IsCategory(const Playbook& playbook, const std::string& id) {
  return std::any_of(playbook.categories.begin(), playbook.categories.end(),
                     [&id](const Category& c) { return c.id == id; });
}

bool IsRedFlag(const Playbook& playbook, const std::string& id) {
  return std::any_of(playbook.red_flags.begin(), playbook.red_flags.end(),
                     [&id](const RedFlag& f) { return f.id == id; });
}

void MergeSignal(const Playbook& playbook, const Scorecard& card, const ModelSignal& s,
                 ScorecardEvidence* evidence, ModelMergeCounts* counts) {
  if (!IsCategory(playbook, s.category) || (s.polarity != "strong" && s.polarity != "fail")) {
    ++counts->unknown_id;
    return;
  }
  std::optional<Located> at = Locate(playbook, card, s.note, s.quote);
  if (!at) {
    ++counts->not_verbatim;
    return;
  }
  for (const EvidenceSignal& old : evidence->signals) {
    if (old.category == s.category && old.polarity == s.polarity &&
        Overlaps(old.note, old.start, old.end, *at)) {
      ++counts->duplicate;
      return;
    }
  }
  const std::string& text = at->note == kSummaryNote ? card.summary : card.notes.at(at->note);
  EvidenceSignal signal;
  signal.note = at->note;
  signal.category = s.category;
  signal.polarity = s.polarity;
  signal.quote = text.substr(at->start, at->end - at->start);
  signal.start = at->start;
  signal.end = at->end;
  signal.rule = kModelEvidenceRule;
  signal.source = kModelSource;
  evidence->signals.push_back(std::move(signal));
  ++counts->added;
}

void MergeRedFlag(const Playbook& playbook, const Scorecard& card, const ModelRedFlag& f,
                  ScorecardEvidence* evidence, ModelMergeCounts* counts) {
  if (!IsRedFlag(playbook, f.id)) {
    ++counts->unknown_id;
    return;
  }
  std::optional<Located> at = Locate(playbook, card, f.note, f.quote);
  if (!at) {
    ++counts->not_verbatim;
    return;
  }
  for (const SuggestedRedFlag& old : evidence->red_flags) {
    if (old.id == f.id && Overlaps(old.note, old.start, old.end, *at)) {
      ++counts->duplicate;
      return;
    }
  }
  const std::string& text = at->note == kSummaryNote ? card.summary : card.notes.at(at->note);
  evidence->red_flags.push_back({at->note, f.id, text.substr(at->start, at->end - at->start),
                                 at->start, at->end, kModelEvidenceRule, kModelSource});
  ++counts->added;
}

}  // namespace

NoteTexts NotesInOrder(const Playbook& playbook, const Scorecard& card) {
  NoteTexts texts;
  for (const Category& category : playbook.categories) {
    auto it = card.notes.find(category.id);
    if (it != card.notes.end() && !it->second.empty()) texts.push_back({category.id, &it->second});
  }
  if (!card.summary.empty()) texts.push_back({kSummaryNote, &card.summary});
  return texts;
}

ModelMergeCounts MergeModelEvidence(const Playbook& playbook, const Scorecard& card,
                                    const ModelAnswer& answer, ScorecardEvidence* evidence) {
  ModelMergeCounts counts;
  for (const ModelSignal& s : answer.signals) MergeSignal(playbook, card, s, evidence, &counts);
  for (const ModelRedFlag& f : answer.red_flags) MergeRedFlag(playbook, card, f, evidence, &counts);
  return counts;
}

}  // namespace firsthire

// LoadLabelledNotes and MeasureAccuracy.
#include "engine/evidence_accuracy.h"

#include <functional>

#include "firsthire/evidence.h"
#include "input/document.h"

namespace firsthire {
namespace {

std::set<std::string> SignalLabels(const InputNode& node, const Playbook& playbook) {
  std::set<std::string> out;
  const std::vector<std::string> ids = playbook.CategoryIds();
  for (const InputNode& item : node.Items()) {
    std::string label = item.String().value_or("");
    size_t slash = label.find('/');
    std::string category = label.substr(0, slash);
    std::string polarity = slash == std::string::npos ? "" : label.substr(slash + 1);
    bool known = false;
    for (const auto& id : ids) known = known || id == category;
    if (!known || !NamesOf<EvidencePolarity>().Find(polarity)) {
      item.Error("expected category/strong or category/fail, got '" + label + "'");
      continue;
    }
    out.insert(label);
  }
  return out;
}

void Count(const std::set<std::string>& predicted, const std::set<std::string>& expected,
           const std::function<std::string(const std::string&)>& group,
           std::map<std::string, Tally>* by_group, Tally* total) {
  for (const auto& key : predicted) {
    bool hit = expected.count(key) > 0;
    Tally& g = (*by_group)[group(key)];
    (hit ? g.true_positives : g.false_positives)++;
    (hit ? total->true_positives : total->false_positives)++;
  }
  for (const auto& key : expected) {
    if (predicted.count(key)) continue;
    (*by_group)[group(key)].false_negatives++;
    total->false_negatives++;
  }
}

std::string Differences(const std::set<std::string>& predicted,
                        const std::set<std::string>& expected) {
  std::string out;
  for (const auto& k : predicted) {
    if (!expected.count(k)) out += " +" + k;
  }
  for (const auto& k : expected) {
    if (!predicted.count(k)) out += " -" + k;
  }
  return out;
}

}  // namespace

std::optional<double> Tally::Precision() const {
  int predicted = true_positives + false_positives;
  if (predicted == 0) return std::nullopt;
  return static_cast<double>(true_positives) / predicted;
}

std::optional<double> Tally::Recall() const {
  int expected = true_positives + false_negatives;
  if (expected == 0) return std::nullopt;
  return static_cast<double>(true_positives) / expected;
}

Result<std::vector<LabelledNote>> LoadLabelledNotes(std::string_view text,
                                                    const std::string& source_name,
                                                    const Playbook& playbook,
                                                    Diagnostics* diagnostics) {
  auto doc = Document::Parse(text, source_name);
  if (!doc.ok()) return doc.status();
  InputNode root = doc->root(diagnostics);
  std::vector<LabelledNote> out;
  std::set<std::string> seen;
  if (root.ExpectMap({"notes"}) && root.Get("notes").Require()) {
    for (const InputNode& item : root.Get("notes").Items()) {
      item.ExpectMap({"id", "split", "text", "signals", "red_flags"});
      LabelledNote note;
      item.Get("id").Require();
      note.id = item.Get("id").String().value_or("");
      if (!seen.insert(note.id).second) item.Get("id").Error("duplicate note id '" + note.id + "'");
      item.Get("split").Require();
      note.split = item.Get("split").Enum({"tune", "holdout"}, "split").value_or("");
      item.Get("text").Require();
      note.text = item.Get("text").String().value_or("");
      note.signals = SignalLabels(item.Get("signals"), playbook);
      for (const InputNode& flag : item.Get("red_flags").Items()) {
        if (auto id = flag.Enum(playbook.RedFlagIds(), "red flag")) note.red_flags.insert(*id);
      }
      out.push_back(std::move(note));
    }
  }
  if (diagnostics->has_errors()) return diagnostics->FirstError();
  return out;
}

std::pair<std::set<std::string>, std::set<std::string>> PredictedKeys(const Playbook& playbook,
                                                                      std::string_view text) {
  NoteFindings found = FindEvidence(playbook, text, kSummaryNote);
  std::set<std::string> signals, flags;
  for (const auto& s : found.signals) signals.insert(s.category + "/" + IdOf(s.polarity));
  for (const auto& f : found.red_flags) flags.insert(f.id);
  return {signals, flags};
}

namespace {

using Keys = std::pair<std::set<std::string>, std::set<std::string>>;  // signals, flags

// Scores each note of `split` against the keys `predict` gives for it (a
// note without a prediction is skipped).
Accuracy Measure(const std::vector<LabelledNote>& notes, std::string_view split,
                 const std::function<std::optional<Keys>(const LabelledNote&)>& predict) {
  Accuracy a;
  auto category_of = [](const std::string& key) { return key.substr(0, key.find('/')); };
  auto same = [](const std::string& key) { return key; };
  for (const LabelledNote& note : notes) {
    if (!split.empty() && note.split != split) continue;
    auto predicted = predict(note);
    if (!predicted) continue;
    ++a.notes;
    const auto& [signals, flags] = *predicted;
    Count(signals, note.signals, category_of, &a.categories, &a.signals);
    Count(flags, note.red_flags, same, &a.flags, &a.red_flags);
    std::string diff = Differences(signals, note.signals) + Differences(flags, note.red_flags);
    if (!diff.empty()) a.misses.push_back(note.id + ":" + diff);
  }
  return a;
}

}  // namespace

Accuracy MeasureAccuracy(const Playbook& playbook, const std::vector<LabelledNote>& notes,
                         std::string_view split) {
  return Measure(notes, split, [&](const LabelledNote& note) {
    return std::optional(PredictedKeys(playbook, note.text));
  });
}

Accuracy MeasureAgreement(const std::vector<LabelledNote>& reference,
                          const std::vector<LabelledNote>& second, std::string_view split) {
  std::map<std::string, const LabelledNote*> by_id;
  for (const LabelledNote& note : second) by_id[note.id] = &note;
  return Measure(reference, split, [&](const LabelledNote& note) {
    auto found = by_id.find(note.id);
    if (found == by_id.end()) return std::optional<Keys>();
    return std::optional(Keys{found->second->signals, found->second->red_flags});
  });
}

}  // namespace firsthire

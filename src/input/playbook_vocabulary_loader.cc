#include "input/playbook_vocabulary_loader.h"

#include <string>

#include "firsthire/vocabulary.h"

namespace firsthire {
namespace {

Vocabulary IdsAsLabels(const ClosedVocabulary& closed) {
  Vocabulary vocabulary{std::string(closed.name), {}};
  for (const std::string& id : *closed.ids) vocabulary.terms.push_back({id, id, ""});
  return vocabulary;
}

Vocabulary ReadVocabulary(const InputNode& list, const ClosedVocabulary& closed) {
  Vocabulary vocabulary{std::string(closed.name), {}};
  const std::string what = std::string(closed.name) + " id";
  for (const InputNode& item : list.Items()) {
    if (!item.ExpectMap({"id", "label", "phrase"})) {
      if (!item.present()) item.Error("expected {id, label} in '" + list.path() + "'");
      continue;
    }
    InputNode id = item.Get("id");
    id.Require();
    std::optional<std::string> known = id.Enum(*closed.ids, what);
    if (!known) continue;
    if (vocabulary.Find(*known) != nullptr) {
      id.Error("'" + *known + "' is listed twice in '" + list.path() + "'");
      continue;
    }
    InputNode label = item.Get("label");
    std::string text = label.Require() ? label.String().value_or("") : "";
    if (label.present() && text.find_first_not_of(" \t") == std::string::npos) {
      label.Error("'" + label.path() + "' is empty");
    }
    vocabulary.terms.push_back({*known, text, item.Get("phrase").String().value_or("")});
  }
  for (const std::string& id : *closed.ids) {
    if (list.IsSequence() && vocabulary.Find(id) == nullptr) {
      list.Error("'" + list.path() + "' has no entry for '" + id + "'");
    }
  }
  return vocabulary;
}

}  // namespace

void LoadVocabularies(const InputNode& node, std::vector<Vocabulary>* out) {
  out->clear();
  std::vector<std::string> names;
  for (const ClosedVocabulary& closed : ClosedVocabularies()) names.emplace_back(closed.name);
  node.ExpectMap(names);
  for (const ClosedVocabulary& closed : ClosedVocabularies()) {
    InputNode list = node.Get(closed.name);
    out->push_back(list.present() ? ReadVocabulary(list, closed) : IdsAsLabels(closed));
  }
}

}  // namespace firsthire

// LoadScorecards: scorecards YAML/JSON -> CandidateScorecards.

#include <map>

#include "firsthire/scorecard.h"
#include "input/document.h"
#include "input/record_readers.h"
#include "input/suggest.h"

namespace firsthire {
namespace {

bool Known(const std::vector<std::string>& ids, const std::string& id) {
  for (const auto& k : ids) {
    if (k == id) return true;
  }
  return false;
}

void UnknownCategory(const InputNode& at, const std::string& parent, const std::string& id,
                     const std::vector<std::string>& ids) {
  at.Error("unknown category '" + id + "' in '" + parent + "'; expected " +
           JoinAlternatives(ids) + DidYouMean(id, ids));
}

Scorecard ReadScorecard(const InputNode& card, const Playbook& playbook, bool interviewer_given,
                        const std::vector<std::string>& also_known) {
  Scorecard out;
  const std::vector<std::string> category_ids = playbook.CategoryIds();
  std::vector<std::string> known = {"scores", "notes", "red_flags", "summary", "traits"};
  if (interviewer_given) known.push_back("interviewer");
  known.insert(known.end(), also_known.begin(), also_known.end());
  if (!card.ExpectMap(known)) {
    if (card.present()) return out;  // ExpectMap reported the wrong type
  }
  InputNode interviewer = card.Get("interviewer");
  if (interviewer_given && interviewer.Require()) {
    out.interviewer = interviewer.String().value_or("");
    if (out.interviewer.find_first_not_of(" \t") == std::string::npos && interviewer.IsScalar()) {
      interviewer.Error("'" + interviewer.path() + "' must name the interviewer");
    }
  }

  const ScorecardRules& rules = playbook.scorecard;
  InputNode scores = card.Get("scores");
  if (scores.Require()) {
    auto entries = scores.Entries();
    if (scores.IsMap() && entries.empty()) {
      scores.Error("'" + scores.path() + "' is empty; score at least one category (" +
                   JoinAlternatives(category_ids) + ")");
    }
    for (const auto& [id, value] : entries) {
      if (!Known(category_ids, id)) {
        UnknownCategory(value, scores.path(), id, category_ids);
        continue;
      }
      if (auto score = value.Integer(rules.min_score, rules.max_score)) {
        out.scores[id] = static_cast<int>(*score);
      } else if (!value.present()) {
        value.Error("missing score for '" + value.path() + "'; expected a whole number between " +
                    std::to_string(rules.min_score) + " and " + std::to_string(rules.max_score));
      }
    }
  }

  InputNode notes = card.Get("notes");
  for (const auto& [id, value] : notes.Entries()) {
    if (!Known(category_ids, id)) {
      UnknownCategory(value, notes.path(), id, category_ids);
      continue;
    }
    std::optional<std::string> text = value.String();
    if (!text || text->find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (scores.IsMap() && !scores.Get(id).present()) {
      value.Warning("note for '" + id + "' but no score for it in '" + scores.path() + "'");
    }
    out.notes[id] = *text;
  }

  InputNode summary = card.Get("summary");
  if (summary.present()) {
    std::string text = summary.String().value_or("");
    if (text.find_first_not_of(" \t\r\n") != std::string::npos) out.summary = std::move(text);
  }
  InputNode traits = card.Get("traits");
  const std::vector<std::string> trait_ids = playbook.TraitIds();
  for (const auto& [id, value] : traits.Entries()) {
    if (!Known(trait_ids, id)) {
      value.Error("unknown trait '" + id + "' in '" + traits.path() + "'; expected " +
                  JoinAlternatives(trait_ids) + DidYouMean(id, trait_ids));
      continue;
    }
    if (auto level = value.Integer(0, 5)) out.traits[id] = static_cast<int>(*level);
  }

  InputNode flags = card.Get("red_flags");
  std::vector<InputNode> flag_items = flags.IsScalar() ? std::vector<InputNode>{flags} : flags.Items();
  for (const InputNode& item : flag_items) {
    if (auto id = item.Enum(playbook.RedFlagIds(), "red flag")) {
      if (!Known(out.red_flags, *id)) out.red_flags.push_back(*id);
    }
  }
  return out;
}

}  // namespace

Result<CandidateScorecards> LoadScorecards(std::string_view text, const std::string& source_name,
                                           const Playbook& playbook, Diagnostics* diagnostics) {
  FH_ASSIGN_OR_RETURN(Document doc, Document::Parse(text, source_name));
  return ReadScorecards(doc.root(diagnostics), playbook);
}

Result<Scorecard> ReadOneScorecard(const InputNode& card, const Playbook& playbook,
                                   bool interviewer_given,
                                   const std::vector<std::string>& also_known) {
  if (!card.present()) card.Error("expected a scorecard {scores, notes, red_flags}");
  Scorecard out = ReadScorecard(card, playbook, interviewer_given, also_known);
  if (card.diagnostics()->has_errors()) return card.diagnostics()->FirstError();
  return out;
}

Result<CandidateScorecards> ReadScorecards(const InputNode& root, const Playbook& playbook) {
  Diagnostics* diagnostics = root.diagnostics();
  CandidateScorecards out;
  if (!root.ExpectMap({"candidate", "scorecards"})) {
    if (!diagnostics->has_errors()) {
      root.Error("expected a mapping with 'candidate' and 'scorecards'");
    }
    return diagnostics->FirstError();
  }

  InputNode candidate = root.Get("candidate");
  if (candidate.Require() && candidate.ExpectMap({"id", "name"})) {
    out.candidate_id = candidate.Get("id").String().value_or("");
    if (candidate.Get("name").Require()) {
      out.candidate_name = candidate.Get("name").String().value_or("");
    }
  }

  InputNode cards = root.Get("scorecards");
  if (cards.Require()) {
    std::vector<InputNode> items = cards.Items();
    if (cards.IsSequence() && items.empty()) {
      cards.Error("'scorecards' is empty; expected at least one interviewer's scorecard");
    }
    std::map<std::string, int> first_line;  // interviewer -> line of their first scorecard
    for (const InputNode& item : items) {
      Scorecard card = ReadScorecard(item, playbook, /*interviewer_given=*/true, {});
      if (card.interviewer.empty()) continue;
      auto [it, inserted] = first_line.emplace(card.interviewer, item.location().line);
      if (!inserted) {
        item.Get("interviewer").Error("interviewer '" + card.interviewer +
                                      "' already has a scorecard (line " +
                                      std::to_string(it->second) +
                                      "); each interviewer scores once");
        continue;
      }
      out.scorecards.push_back(std::move(card));
    }
  }

  if (diagnostics->has_errors()) return diagnostics->FirstError();
  return out;
}

}  // namespace firsthire

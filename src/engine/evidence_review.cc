// ReviewScorecardEvidence / ReviewEvidence: a scorecard's notes read for
// evidence and compared with its scores and ticked red flags.
#include <algorithm>
#include <map>

#include "engine/evidence_cues.h"
#include "firsthire/evidence.h"
#include "firsthire/scorecard.h"
#include "input/text_template.h"

namespace firsthire {
namespace {

constexpr size_t kMaxQuotesInReason = 3;

std::string QuoteList(const std::vector<std::string>& quotes) {
  std::string out;
  for (size_t i = 0; i < quotes.size() && i < kMaxQuotesInReason; ++i) {
    if (i > 0) out += ", ";
    out += "\"" + quotes[i] + "\"";
  }
  return out;
}

std::string RedFlagTitle(const Playbook& playbook, const std::string& id) {
  const RedFlag* flag = playbook.FindRedFlag(id);
  return flag && !flag->title.empty() ? flag->title : id;
}

// Mismatches between one category's score and the signals found for it.
void CategoryMismatches(const Playbook& playbook, const Scorecard& card,
                        const std::vector<EvidenceSignal>& signals,
                        std::vector<EvidenceMismatch>* out) {
  const EvidenceMismatchRules& m = playbook.evidence.mismatch;
  for (const Category& category : playbook.categories) {
    auto scored = card.scores.find(category.id);
    if (scored == card.scores.end()) continue;
    const int score = scored->second;
    std::vector<std::string> strong, fail;
    for (const auto& s : signals) {
      if (s.category != category.id) continue;
      (s.polarity == EvidencePolarity::kStrong ? strong : fail).push_back(s.quote);
    }
    std::map<std::string, std::string> values = {{"interviewer", card.interviewer},
                                                 {"category", category.title},
                                                 {"score", std::to_string(score)}};
    if (!card.notes.count(category.id)) {
      out->push_back({category.id, score, "", FillTemplate(m.no_note_reason, values),
                      m.no_note_rule});
    }
    if (score >= m.high_min_score && !fail.empty() && strong.empty()) {
      values["quotes"] = QuoteList(fail);
      out->push_back({category.id, score, "", FillTemplate(m.high_only_fail_reason, values),
                      m.high_only_fail_rule});
    } else if (score <= m.low_max_score && !strong.empty() && fail.empty()) {
      values["quotes"] = QuoteList(strong);
      out->push_back({category.id, score, "", FillTemplate(m.low_only_strong_reason, values),
                      m.low_only_strong_rule});
    }
  }
}

}  // namespace

namespace {

ScorecardEvidence Review(const Playbook& playbook, const CompiledEvidence& cues,
                         const Scorecard& card) {
  ScorecardEvidence out;
  out.interviewer = card.interviewer;
  std::vector<std::pair<std::string, const std::string*>> texts;
  for (const Category& category : playbook.categories) {
    auto it = card.notes.find(category.id);
    if (it != card.notes.end()) texts.push_back({category.id, &it->second});
  }
  if (!card.summary.empty()) texts.push_back({kSummaryNote, &card.summary});
  for (const auto& [note, text] : texts) {
    NoteFindings found = FindCompiled(cues, playbook.evidence, *text, note);
    out.signals.insert(out.signals.end(), found.signals.begin(), found.signals.end());
    out.red_flags.insert(out.red_flags.end(), found.red_flags.begin(), found.red_flags.end());
  }
  DropImpliedBesideStrong(playbook.evidence, out.signals, &out.red_flags);
  CategoryMismatches(playbook, card, out.signals, &out.mismatches);
  const EvidenceMismatchRules& m = playbook.evidence.mismatch;
  for (const RedFlag& flag : playbook.red_flags) {  // playbook order
    if (std::find(card.red_flags.begin(), card.red_flags.end(), flag.id) != card.red_flags.end()) {
      continue;
    }
    std::vector<std::string> quotes;
    for (const auto& f : out.red_flags) {
      if (f.id == flag.id) quotes.push_back(f.quote);
    }
    if (quotes.empty()) continue;
    out.mismatches.push_back(
        {"", std::nullopt, flag.id,
         FillTemplate(m.unticked_flag_reason, {{"interviewer", card.interviewer},
                                               {"flag", RedFlagTitle(playbook, flag.id)},
                                               {"quotes", QuoteList(quotes)}}),
         m.unticked_flag_rule});
  }
  return out;
}

}  // namespace

ScorecardEvidence ReviewScorecardEvidence(const Playbook& playbook, const Scorecard& card) {
  return Review(playbook, *CompileEvidence(playbook.evidence), card);
}

std::vector<ScorecardEvidence> ReviewEvidence(const Playbook& playbook,
                                              const CandidateScorecards& input) {
  std::shared_ptr<const CompiledEvidence> cues = CompileEvidence(playbook.evidence);
  std::vector<ScorecardEvidence> out;
  for (const Scorecard& card : input.scorecards) out.push_back(Review(playbook, *cues, card));
  std::sort(out.begin(), out.end(), [](const ScorecardEvidence& a, const ScorecardEvidence& b) {
    return a.interviewer < b.interviewer;
  });
  return out;
}

}  // namespace firsthire

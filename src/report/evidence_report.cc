#include "report/evidence_report.h"

namespace firsthire {
namespace {

using nlohmann::json;

json OrNullText(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string TitleOf(const EvidenceTitles& titles, const std::string& id) {
  auto it = titles.find(id);
  return it != titles.end() && !it->second.empty() ? it->second : id;
}

std::string NoteLabel(const EvidenceTitles& titles, const std::string& note,
                      const std::string& source) {
  std::string label = note == kSummaryNote ? "summary" : "note on " + TitleOf(titles, note);
  return source == kModelSource ? label + ", found by the model" : label;
}

}  // namespace

nlohmann::json EvidenceToJson(const std::vector<ScorecardEvidence>& evidence) {
  json cards = json::array();
  for (const ScorecardEvidence& e : evidence) {
    json signals = json::array();
    for (const auto& s : e.signals) {
      json signal = {{"category", s.category}, {"polarity", s.polarity}, {"quote", s.quote},
                     {"start", s.start},       {"end", s.end},           {"rule", s.rule},
                     {"note", s.note},         {"concrete", s.concrete}};
      if (!s.source.empty()) signal["source"] = s.source;
      signals.push_back(std::move(signal));
    }
    json flags = json::array();
    for (const auto& f : e.red_flags) {
      json flag = {{"id", f.id},     {"quote", f.quote}, {"start", f.start},
                   {"end", f.end},   {"rule", f.rule},   {"note", f.note}};
      if (!f.source.empty()) flag["source"] = f.source;
      flags.push_back(std::move(flag));
    }
    json mismatches = json::array();
    for (const auto& m : e.mismatches) {
      mismatches.push_back({{"category", OrNullText(m.category)},
                            {"score", m.score ? json(*m.score) : json(nullptr)},
                            {"reason", m.reason},
                            {"rule", m.rule},
                            {"red_flag", OrNullText(m.red_flag)}});
    }
    cards.push_back({{"interviewer", e.interviewer},
                     {"signals", signals},
                     {"red_flags", flags},
                     {"mismatches", mismatches}});
  }
  return {{"scorecards", cards}};
}

nlohmann::json ModelUseToJson(const ModelUse& use) {
  json ignored = use.ignored_fields;
  return {{"name", use.model},
          {"used", use.used},
          {"reason", OrNullText(use.reason)},
          {"added", use.counts.added},
          {"dropped_not_verbatim", use.counts.not_verbatim},
          {"dropped_unknown_id", use.counts.unknown_id},
          {"dropped_duplicate", use.counts.duplicate},
          {"ignored_fields", ignored}};
}

void AddModelUseNote(const ModelUse& use, Report* r) {
  if (!use.used) {
    r->Bullet("The model " + use.model +
                  " was not used, so the evidence above is the playbook's alone: " + use.reason,
              Tone::kWarn, "MODEL");
    return;
  }
  const ModelMergeCounts& c = use.counts;
  std::string text = "The model " + use.model + " added " + std::to_string(c.added) +
                     " quote(s), marked \"found by the model\"; it never changes a score or the "
                     "recommendation.";
  std::string dropped;
  for (const auto& [n, why] : {std::pair{c.not_verbatim, " not in the notes word for word"},
                               {c.unknown_id, " naming no category or red flag of the playbook"},
                               {c.duplicate, " already found"}}) {
    if (n > 0) dropped += (dropped.empty() ? "" : ", ") + std::to_string(n) + why;
  }
  if (!dropped.empty()) text += " Dropped: " + dropped + ".";
  if (!use.ignored_fields.empty()) {
    text += " Ignored " + std::to_string(use.ignored_fields.size()) +
            " field(s) it was not asked for (such as scores).";
  }
  r->Bullet(text, Tone::kMuted, "MODEL");
}

EvidenceTitles TitlesOf(const Playbook& playbook) {
  EvidenceTitles titles;
  for (const auto& c : playbook.categories) titles[c.id] = c.title;
  for (const auto& f : playbook.red_flags) titles[f.id] = f.title;
  return titles;
}

void AddEvidenceSection(const EvidenceTitles& titles, const std::vector<ScorecardEvidence>& evidence,
                        Report* r) {
  r->Heading("Evidence in the notes");
  for (const ScorecardEvidence& e : evidence) {
    r->Subheading(e.interviewer);
    if (e.signals.empty() && e.red_flags.empty() && e.mismatches.empty()) {
      r->Paragraph("No evidence found in the notes.", Tone::kMuted);
      continue;
    }
    for (const auto& m : e.mismatches) {
      r->Bullet(m.reason, Tone::kWarn, "CHECK");
      r->Note("rule: " + m.rule);
    }
    for (const auto& s : e.signals) {
      r->Bullet(TitleOf(titles, s.category) + ": \"" + s.quote + "\" (" +
                    NoteLabel(titles, s.note, s.source) + ")",
                s.polarity == "strong" ? Tone::kGood : Tone::kBad,
                s.polarity == "strong" ? "STRONG" : "FAIL");
      r->Note("rule: " + s.rule);
    }
    for (const auto& f : e.red_flags) {
      r->Bullet(TitleOf(titles, f.id) + ": \"" + f.quote + "\" (" +
                    NoteLabel(titles, f.note, f.source) + ")",
                Tone::kBad, "FLAG?");
      r->Note("rule: " + f.rule);
    }
  }
}

Report EvidenceReport(const Playbook& playbook, const std::string& candidate,
                      const std::vector<ScorecardEvidence>& evidence) {
  Report r;
  r.Title("Evidence in the notes: " + candidate);
  r.Paragraph(
      "What each interviewer's notes say for (STRONG) or against (FAIL) each category, the red "
      "flags they suggest, and where the scores or ticked flags do not match the notes.");
  AddEvidenceSection(TitlesOf(playbook), evidence, &r);
  return r;
}

}  // namespace firsthire

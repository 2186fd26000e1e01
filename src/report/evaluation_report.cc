#include "report/evaluation_report.h"

#include <cctype>

#include "engine/scorecard_evaluation.h"  // FormatScore, JoinWithAnd
#include "report/evidence_report.h"
#include "report/playbook_report.h"

namespace firsthire {
namespace {

using nlohmann::json;

template <typename T>
json OrNull(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

Tone DecisionTone(HireDecision decision) {
  switch (decision) {
    case HireDecision::kNoHire: return Tone::kBad;
    case HireDecision::kRiskyFirstHire: return Tone::kWarn;
    case HireDecision::kHire:
    case HireDecision::kStrongHire: return Tone::kGood;
  }
  return Tone::kNormal;
}

std::string DecisionLabel(HireDecision decision) {
  std::string label = HireDecisionId(decision);
  for (char& c : label) c = c == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return label;
}

}  // namespace

nlohmann::json EvaluationToJson(const Evaluation& e) {
  json categories = json::array();
  for (const CategoryAggregate& c : e.categories) {
    json scores = json::array();
    for (const auto& s : c.scores) scores.push_back({{"interviewer", s.interviewer}, {"score", s.score}});
    categories.push_back({{"id", c.id},
                          {"title", c.title},
                          {"mean", OrNull(c.mean)},
                          {"min", OrNull(c.min)},
                          {"max", OrNull(c.max)},
                          {"spread", OrNull(c.spread)},
                          {"count", c.count},
                          {"scores", scores}});
  }
  json red_flags = json::array();
  for (const auto& f : e.red_flags) {
    red_flags.push_back(
        {{"id", f.id}, {"title", f.title}, {"raised_by", f.raised_by}, {"steps", f.steps}});
  }
  json disagreements = json::array();
  for (const auto& d : e.disagreements) {
    disagreements.push_back({{"category", d.category},
                             {"low", d.low},
                             {"high", d.high},
                             {"low_by", d.low_by},
                             {"high_by", d.high_by},
                             {"rule", d.rule},
                             {"reason", d.reason}});
  }
  json weak = json::array();
  for (const auto& w : e.weak_evidence) {
    weak.push_back({{"interviewer", w.interviewer},
                    {"category", w.category.empty() ? json(nullptr) : json(w.category)},
                    {"score", OrNull(w.score)},
                    {"rule", w.rule},
                    {"reason", w.reason}});
  }
  json traits = json::array();
  for (const auto& t : e.traits) {
    json scores = json::array();
    for (const auto& s : t.scores) scores.push_back({{"interviewer", s.interviewer}, {"score", s.score}});
    traits.push_back({{"id", t.id}, {"title", t.title}, {"mean", t.mean}, {"scores", scores}});
  }
  json out = json::object();
  out["playbook"] = PlaybookInfoToJson(e.playbook);
  out["candidate"] = {{"id", e.candidate_id}, {"name", e.candidate_name}};
  out["interviewers"] = e.interviewers;
  out["overall_mean"] = e.overall_mean;
  out["categories"] = categories;
  out["gate"] = {{"risky_first_hire", e.gate.risky_first_hire},
                 {"failing", e.gate.failing},
                 {"split", e.gate.split},
                 {"rule", e.gate.rule},
                 {"reason", e.gate.reason}};
  out["red_flags"] = red_flags;
  out["disagreements"] = disagreements;
  out["weak_evidence"] = weak;
  out["traits"] = traits;
  out["recommendation"] = {{"decision", HireDecisionId(e.recommendation.decision)},
                           {"rule", e.recommendation.rule},
                           {"reason", e.recommendation.reason},
                           {"before_red_flags", HireDecisionId(e.recommendation.before_red_flags)},
                           {"red_flag_steps", e.recommendation.red_flag_steps},
                           {"red_flags_rule", e.recommendation.red_flags_rule.empty()
                                                  ? json(nullptr)
                                                  : json(e.recommendation.red_flags_rule)}};
  out["certainty"] = {{"interviews", e.certainty.interviews},
                      {"min_interviews", e.certainty.min_interviews},
                      {"less_certain", e.certainty.less_certain},
                      {"rule", e.certainty.rule},
                      {"reason", e.certainty.reason.empty() ? json(nullptr)
                                                            : json(e.certainty.reason)}};
  out["evidence"] = EvidenceToJson(e.evidence);
  return out;
}

Report EvaluationReport(const Evaluation& e) {
  Report r;
  std::string who = e.candidate_name.empty() ? e.candidate_id : e.candidate_name;
  r.Title("Scorecard evaluation: " + who);
  r.KeyValue("Recommendation", DecisionLabel(e.recommendation.decision),
             DecisionTone(e.recommendation.decision));
  r.Paragraph(e.recommendation.reason);
  r.Note("rule: " + e.recommendation.rule);
  r.KeyValue("Interviewers", std::to_string(e.interviewers));
  if (e.certainty.less_certain) {
    r.Paragraph(e.certainty.reason, Tone::kWarn);
    r.Note("rule: " + e.certainty.rule);
  }
  r.KeyValue("Overall mean", FormatScore(e.overall_mean) + " of 5");

  r.Heading("Gate for a production first hire");
  r.Bullet(e.gate.reason, e.gate.risky_first_hire ? Tone::kBad : Tone::kGood,
           e.gate.risky_first_hire ? "FAIL" : "PASS");
  r.Note("rule: " + e.gate.rule);
  if (!e.gate.split.empty()) {
    std::vector<std::string> titles;
    for (const std::string& id : e.gate.split) {
      for (const CategoryAggregate& c : e.categories) {
        if (c.id == id) titles.push_back(c.title.empty() ? id : c.title);
      }
    }
    r.Bullet(JoinWithAnd(titles), Tone::kWarn, "SPLIT");
  }

  r.Heading("Categories");
  std::vector<std::vector<std::string>> rows;
  for (const CategoryAggregate& c : e.categories) {
    if (c.count == 0) {
      rows.push_back({c.title, "0", "-", "-", "not scored"});
      continue;
    }
    std::vector<std::string> scores;
    for (const auto& s : c.scores) scores.push_back(s.interviewer + " " + std::to_string(s.score));
    std::string range = *c.min == *c.max ? std::to_string(*c.min)
                                         : std::to_string(*c.min) + "-" + std::to_string(*c.max);
    std::string listed;
    for (const auto& s : scores) listed += (listed.empty() ? "" : ", ") + s;
    rows.push_back({c.title, std::to_string(c.count), FormatScore(*c.mean), range, listed});
  }
  r.Table({"Category", "n", "Mean", "Range", "Scores"}, rows);

  r.Heading("Red flags");
  if (e.red_flags.empty()) r.Paragraph("None raised.", Tone::kGood);
  for (const auto& f : e.red_flags) {
    r.Bullet(f.title + ": raised by " + JoinWithAnd(f.raised_by) + " (-" +
                 std::to_string(f.steps) + ")",
             Tone::kBad, "FLAG");
  }
  if (!e.red_flags.empty()) r.Note("rule: " + e.recommendation.red_flags_rule);

  if (!e.traits.empty()) {
    r.Heading("Trait signals (0-5, not part of the recommendation)");
    for (const auto& t : e.traits) {
      std::string listed;
      for (const auto& s : t.scores) {
        listed += (listed.empty() ? "" : ", ") + s.interviewer + " " + std::to_string(s.score);
      }
      r.Bullet(t.title + ": " + FormatScore(t.mean) + " (" + listed + ")");
    }
  }

  if (!e.disagreements.empty()) {
    r.Heading("Disagreements to discuss");
    for (const auto& d : e.disagreements) {
      r.Bullet(d.reason, Tone::kWarn);
      r.Note("rule: " + d.rule);
    }
  }
  if (!e.weak_evidence.empty()) {
    r.Heading("Evidence to write down");
    for (const auto& w : e.weak_evidence) {
      r.Bullet(w.reason, Tone::kWarn);
      r.Note("rule: " + w.rule);
    }
  }
  if (!e.evidence.empty()) {
    EvidenceTitles titles;
    for (const auto& c : e.categories) titles[c.id] = c.title;
    for (const auto& f : e.red_flags) titles[f.id] = f.title;
    AddEvidenceSection(titles, e.evidence, &r);
  }
  r.Note(PlaybookInfoNote(e.playbook));
  return r;
}

}  // namespace firsthire

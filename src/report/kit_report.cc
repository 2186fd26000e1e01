#include "report/kit_report.h"

#include <string>
#include <vector>

#include "report/plan_report.h"
#include "report/playbook_report.h"

namespace firsthire {
namespace {

using nlohmann::json;

bool ForCandidate(KitAudience audience) { return audience == KitAudience::kCandidate; }

// "workflow_automation" -> "workflow automation".
std::string Spoken(std::string id) {
  for (char& c : id) {
    if (c == '_') c = ' ';
  }
  return id;
}

std::string CategoryTitle(const InterviewKit& kit, const std::string& id) {
  for (const auto& category : kit.categories) {
    if (category.id == id) return category.title;
  }
  return id;
}

std::string CategoryTitles(const InterviewKit& kit, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ", ";
    out += CategoryTitle(kit, id);
  }
  return out;
}

bool IsGateCategory(const InterviewKit& kit, const std::string& id) {
  for (const auto& gate_id : kit.gate.categories) {
    if (gate_id == id) return true;
  }
  return false;
}

// "Applied AI engineer", or "Founding AI engineer (Applied AI engineer)"
// when the brief names the role itself.
std::string RoleName(const InterviewKit& kit) {
  if (kit.role.brief_title.empty() || kit.role.brief_title == kit.role.title) {
    return kit.role.title.empty() ? Spoken(kit.role.archetype) : kit.role.title;
  }
  return kit.role.brief_title + " (" + kit.role.title + ")";
}

std::string ScaleText(const InterviewKit& kit) {
  return std::to_string(kit.scale_min) + "-" + std::to_string(kit.scale_max);
}

json RoleJson(const InterviewKit::Role& role, KitAudience audience) {
  json out = {{"archetype", role.archetype},
              {"title", role.title},
              {"description", role.description}};
  if (ForCandidate(audience)) return out;
  out["brief_title"] = role.brief_title.empty() ? json(nullptr) : json(role.brief_title);
  out["shape"] = role.shape;
  out["shape_rule"] = role.shape_rule;
  out["shape_reason"] = role.shape_reason;
  out["rule"] = role.rule;
  out["reason"] = role.reason;
  return out;
}

void AddRole(Report& report, const InterviewKit& kit) {
  const InterviewKit::Role& role = kit.role;
  report.KeyValue("Role", RoleName(kit));
  report.Paragraph(role.description);
  // For discovery_first the reason is the first warning; no need to say it twice.
  if (role.archetype != "discovery_first") {
    report.Paragraph(role.reason);
    report.Note("rule: " + role.rule);
  }
  report.KeyValue("Project shape", Spoken(role.shape));
  report.Paragraph(role.shape_reason);
  report.Note("rule: " + role.shape_rule);
}

void AddScopeOut(Report& report, const std::vector<std::string>& scope_out) {
  if (scope_out.empty()) return;
  report.Heading("Out of scope");
  for (const auto& item : scope_out) report.Bullet(item);
}

void AddWarnings(Report& report, const InterviewKit& kit) {
  if (kit.warnings.empty()) return;
  report.Heading("Before you interview");
  for (const auto& warning : kit.warnings) {
    report.Bullet(warning.reason, Tone::kWarn, (warning.title.empty() ? "Warning" : warning.title) + ":");
    report.Note("rule: " + warning.rule);
  }
}

void AddCategories(Report& report, const InterviewKit& kit) {
  report.Heading("What to score (" + ScaleText(kit) + " each)");
  report.Paragraph(kit.answer_rule);
  for (const auto& category : kit.categories) {
    std::string title = category.title;
    if (IsGateCategory(kit, category.id)) title += " [gate]";
    report.Bullet(title);
    report.Bullet(category.strong, Tone::kGood, "Strong:", 1);
    report.Bullet(category.fail, Tone::kBad, "Fail:", 1);
  }
  report.Subheading("Gate");
  report.Paragraph(kit.gate.reason, Tone::kWarn);
  report.Note("rule: " + kit.gate.rule);
}

void AddQuestions(Report& report, const InterviewKit& kit, KitAudience audience) {
  report.Heading("Questions");
  int number = 0;
  for (const auto& question : kit.questions) {
    report.Bullet(question.text, Tone::kNormal, "Q" + std::to_string(++number));
    if (ForCandidate(audience)) continue;
    report.Bullet(question.strong, Tone::kGood, "Strong:", 1);
    report.Bullet(question.weak, Tone::kBad, "Weak:", 1);
    std::string scores = "scores: " + CategoryTitles(kit, question.categories);
    if (!question.archetype.empty()) scores += "; added for the " + kit.role.title + " role";
    report.Note(scores);
  }
}

void AddPlanQuestion(Report& report, const InterviewKit& kit, KitAudience audience) {
  report.Heading("Your 30-60-90 day plan");
  report.Paragraph(kit.plan_question.text);
  if (ForCandidate(audience)) return;
  report.Paragraph("A good answer covers:");
  for (const auto& window : kit.plan_question.expected) {
    report.Bullet(window.title);
    for (const auto& deliverable : window.deliverables) report.Bullet(deliverable.text, Tone::kNormal, "", 1);
  }
  report.Paragraph(kit.plan_question.judgement_note, Tone::kWarn);
}

void AddTraitProbes(Report& report, const InterviewKit& kit) {
  if (kit.trait_probes.empty()) return;
  report.Heading("Beyond the categories: trait probes (optional, 0-5 per trait)");
  int number = 0;
  for (const auto& probe : kit.trait_probes) {
    report.Bullet(probe.text, Tone::kNormal, "T" + std::to_string(++number));
    report.Bullet(probe.strong, Tone::kGood, "Strong:", 1);
    report.Bullet(probe.weak, Tone::kBad, "Weak:", 1);
    std::string titles;
    for (const auto& t : probe.trait_titles) titles += (titles.empty() ? "" : ", ") + t;
    report.Note("trait signals: " + titles + "; rule: " + probe.rule);
  }
}

void AddSignalsAndFlags(Report& report, const InterviewKit& kit) {
  report.Heading("Signal map");
  for (const auto& signal : kit.signal_map) {
    report.Bullet(signal.topic);
    report.Bullet(signal.strong, Tone::kGood, "Strong:", 1);
    report.Bullet(signal.weak, Tone::kBad, "Weak:", 1);
  }
  report.Heading("Red flags");
  for (const auto& flag : kit.red_flags) {
    report.Bullet(flag.description, Tone::kBad, flag.title + ":");
    report.Note("flag id: " + flag.id);
  }
}

void AddScorecard(Report& report, const InterviewKit& kit) {
  report.Heading("Scorecard");
  report.Paragraph("Score each category on the evidence you heard, before reading anyone "
                   "else's scorecard. Circle one.");
  std::string scale;
  for (int s = kit.scale_min; s <= kit.scale_max; ++s) {
    if (!scale.empty()) scale += ' ';
    scale += std::to_string(s);
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& category : kit.categories) rows.push_back({category.title, scale, ""});
  report.Table({"Category", "Score", "Evidence"}, rows);
  report.Paragraph("Red flags seen:");
}

}  // namespace

std::optional<KitAudience> ParseKitAudience(std::string_view name) {
  if (name == "interviewer") return KitAudience::kInterviewer;
  if (name == "candidate") return KitAudience::kCandidate;
  return std::nullopt;
}

const char* KitAudienceName(KitAudience audience) {
  return ForCandidate(audience) ? "candidate" : "interviewer";
}

json KitToJson(const InterviewKit& kit, KitAudience audience) {
  const bool candidate = ForCandidate(audience);
  json out;
  out["playbook"] = PlaybookInfoToJson(kit.playbook);
  out["audience"] = KitAudienceName(audience);
  out["role"] = RoleJson(kit.role, audience);
  out["scale"] = {{"min", kit.scale_min}, {"max", kit.scale_max}};
  json categories = json::array();
  for (const auto& c : kit.categories) {
    json item = {{"id", c.id}, {"title", c.title}};
    if (!candidate) {
      item["strong"] = c.strong;
      item["fail"] = c.fail;
    }
    categories.push_back(std::move(item));
  }
  out["categories"] = std::move(categories);
  json questions = json::array();
  for (const auto& q : kit.questions) {
    json item = {{"id", q.id}, {"text", q.text}, {"categories", q.categories}};
    if (!candidate) {
      item["strong"] = q.strong;
      item["weak"] = q.weak;
      item["archetype"] = q.archetype.empty() ? json(nullptr) : json(q.archetype);
    }
    questions.push_back(std::move(item));
  }
  out["questions"] = std::move(questions);
  if (candidate) {
    out["plan_question"] = {{"text", kit.plan_question.text}};
    return out;
  }
  out["answer_rule"] = kit.answer_rule;
  json signals = json::array();
  for (const auto& s : kit.signal_map) {
    signals.push_back({{"topic", s.topic}, {"strong", s.strong}, {"weak", s.weak}});
  }
  out["signal_map"] = std::move(signals);
  json probes = json::array();
  for (const auto& p : kit.trait_probes) {
    probes.push_back({{"id", p.id},
                      {"traits", p.traits},
                      {"text", p.text},
                      {"strong", p.strong},
                      {"weak", p.weak},
                      {"rule", p.rule}});
  }
  out["trait_probes"] = std::move(probes);
  json flags = json::array();
  for (const auto& f : kit.red_flags) {
    flags.push_back({{"id", f.id}, {"title", f.title}, {"description", f.description}});
  }
  out["red_flags"] = std::move(flags);
  out["gate"] = {{"categories", kit.gate.categories},
                 {"threshold", kit.gate.threshold},
                 {"rule", kit.gate.rule},
                 {"reason", kit.gate.reason}};
  out["plan_question"] = {{"text", kit.plan_question.text},
                          {"expected", PlanWindowsToJson(kit.plan_question.expected)},
                          {"judgement_note", kit.plan_question.judgement_note}};
  json warnings = json::array();
  for (const auto& w : kit.warnings) {
    warnings.push_back(
        {{"id", w.id}, {"title", w.title}, {"rule", w.rule}, {"reason", w.reason}});
  }
  out["warnings"] = std::move(warnings);
  out["scope"] = {{"out", kit.scope_out}};
  return out;
}

Report KitReport(const InterviewKit& kit, KitAudience audience) {
  Report report;
  if (ForCandidate(audience)) {
    report.Title("Interview: " + RoleName(kit));
    report.Paragraph(kit.role.description);
    report.Heading("What we will talk about");
    report.Paragraph("The interview covers " + std::to_string(kit.categories.size()) +
                     " areas, each scored from " +
                     std::to_string(kit.scale_min) + " to " + std::to_string(kit.scale_max) +
                     ". Concrete examples from systems you built and ran help most.");
    for (const auto& category : kit.categories) report.Bullet(category.title);
    AddQuestions(report, kit, audience);
    AddPlanQuestion(report, kit, audience);
    return report;
  }
  report.Title("Interview kit: " + RoleName(kit));
  AddWarnings(report, kit);
  AddRole(report, kit);
  AddScopeOut(report, kit.scope_out);
  AddCategories(report, kit);
  AddQuestions(report, kit, audience);
  AddPlanQuestion(report, kit, audience);
  AddTraitProbes(report, kit);
  AddSignalsAndFlags(report, kit);
  AddScorecard(report, kit);
  report.Note(PlaybookInfoNote(kit.playbook));
  return report;
}

}  // namespace firsthire

#include "report/assessment_report.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "report/playbook_report.h"

namespace firsthire {
namespace {

using json = nlohmann::json;

// Whole numbers as JSON integers, so a score of 4 reads 4, not 4.0.
json Number(double value) {
  if (std::nearbyint(value) == value && std::fabs(value) < 1e15) {
    return static_cast<int64_t>(value);
  }
  return value;
}

json NullIfEmpty(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }
json NullIfAbsent(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}
json NullIfAbsent(const std::optional<double>& value) {
  return value ? Number(*value) : json(nullptr);
}

// "+3", "-2", "0", "1.5".
std::string Signed(double value) {
  json n = Number(value);
  std::string text = n.dump();
  return value > 0 ? "+" + text : text;
}

template <typename T>
std::string TitleOr(const T* item, const std::string& id) {
  return item != nullptr && !item->title.empty() ? item->title : id;
}

Tone SeverityTone(const std::string& severity) {
  return severity == "high" ? Tone::kBad : Tone::kWarn;
}

std::string Upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

// The reason that weighs most in a route's score (the first of equals).
const Assessment::RouteReason* MainReason(const Assessment::RouteScore& score) {
  const Assessment::RouteReason* best = nullptr;
  for (const auto& r : score.reasons) {
    if (best == nullptr || std::fabs(r.points) > std::fabs(best->points)) best = &r;
  }
  return best;
}

void AddVerdict(const Assessment& a, const Playbook& playbook, Report& report) {
  const Verdict* verdict = playbook.FindVerdict(a.readiness.verdict);
  Tone tone = a.readiness.verdict == "hire" ? Tone::kGood : Tone::kWarn;
  report.KeyValue("Verdict", Upper(TitleOr(verdict, a.readiness.verdict)), tone);
  report.Paragraph(a.readiness.reason);
  report.Note("rule: " + a.readiness.rule);
}

void AddReadiness(const Assessment& a, Report& report) {
  int passed = 0;
  for (const auto& c : a.readiness.criteria) passed += c.pass;
  report.Heading("Readiness: " + std::to_string(passed) + " of " +
                 std::to_string(a.readiness.criteria.size()) + " criteria pass");
  for (const auto& c : a.readiness.criteria) {
    report.Bullet(c.title + ". " + c.reason, c.pass ? Tone::kGood : Tone::kBad,
                  c.pass ? "PASS" : "FAIL");
    report.Note("rule: " + c.rule);
  }
}

void AddBuyerProblem(const Assessment& a, const Playbook& playbook, Report& report) {
  const BuyerProblem* problem = playbook.FindBuyerProblem(a.buyer_problem.id);
  report.Heading("What you are buying: " + TitleOr(problem, a.buyer_problem.id));
  report.Paragraph(a.buyer_problem.reason);
  std::string rules = a.buyer_problem.rule;
  if (a.buyer_problem.mistake) {
    report.Paragraph(a.buyer_problem.mistake->reason, Tone::kWarn);
    rules += ", " + a.buyer_problem.mistake->rule;
  }
  report.Note((a.buyer_problem.mistake ? "rules: " : "rule: ") + rules);
}

void AddFirstHire(const Assessment& a, const Playbook& playbook, Report& report) {
  const Archetype* archetype = playbook.FindArchetype(a.first_hire.archetype);
  const Shape* shape = playbook.FindShape(a.first_hire.shape);
  std::string title = TitleOr(archetype, a.first_hire.archetype);
  // "No hire yet" (an archetype that is also a verdict) needs no provisional label.
  bool no_hire_yet = playbook.FindVerdict(a.first_hire.archetype) != nullptr;
  if (a.first_hire.provisional && !no_hire_yet) {
    report.Heading("First hire, provisional: " + title);
    report.Paragraph(a.first_hire.provisional_note, Tone::kWarn);
  } else {
    report.Heading("First hire: " + title);
  }
  report.Paragraph(a.first_hire.reason);
  // An archetype that is also a verdict ("discovery_first") is "no hire yet",
  // which the shape's reason already says.
  if (archetype != nullptr && !archetype->description.empty() &&
      playbook.FindVerdict(a.first_hire.archetype) == nullptr) {
    report.KeyValue("Profile", archetype->description);
  }
  report.KeyValue("Project shape", TitleOr(shape, a.first_hire.shape));
  report.Paragraph(a.first_hire.shape_reason, Tone::kMuted);
  report.Note("rules: " + a.first_hire.shape_rule + ", " + a.first_hire.rule);
}

void AddRoutes(const Assessment& a, const Playbook& playbook, Report& report) {
  if (a.route.ranking.empty()) return;
  const auto& top = a.route.ranking.front();
  const Route* best = playbook.FindRoute(top.route);
  if (a.route.recommended) {
    report.Heading("Route: " + TitleOr(best, top.route));
  } else {
    report.Heading("Routes that would fit once the brief is ready");
    if (!a.route.not_ready_note.empty()) report.Paragraph(a.route.not_ready_note, Tone::kWarn);
  }
  std::vector<std::vector<std::string>> rows;
  for (size_t i = 0; i < a.route.ranking.size(); ++i) {
    const auto& score = a.route.ranking[i];
    const Route* route = playbook.FindRoute(score.route);
    const Assessment::RouteReason* main = MainReason(score);
    std::string why = main != nullptr
                          ? main->reason
                          : (route != nullptr ? "Best fit: " + route->best_fit : std::string());
    if (!score.fit) {
      for (const auto& r : score.reasons) {
        if (r.points == 0) why = r.reason;  // the reason that took the fit away
      }
    }
    rows.push_back({std::to_string(i + 1), TitleOr(route, score.route),
                    score.fit ? Signed(score.score) : "no fit", why});
  }
  report.Table({"#", "Route", "Score", "Main reason"}, rows);
  if (a.route.ranking.size() > 1 && a.route.ranking[1].score == top.score) {
    report.Note(
        "tied scores are listed in playbook order; the brief says little about the "
        "organisation (technical leadership, urgency, needs, AI as an advantage, a trial)");
  }
  if (!top.reasons.empty()) {
    report.Subheading((a.route.recommended ? "Why " : "Why it would fit: ") + TitleOr(best, top.route));
    std::string rules;
    for (const auto& r : top.reasons) {
      report.Bullet(r.reason, r.points >= 0 ? Tone::kNormal : Tone::kWarn, Signed(r.points));
      rules += (rules.empty() ? "" : ", ") + r.rule;
    }
    report.Note("rules: " + rules);
  }
}

void AddRisks(const Assessment& a, Report& report) {
  report.Heading("Risks (" + std::to_string(a.risks.size()) + ")");
  if (a.risks.empty()) {
    report.Paragraph("None found in this brief.", Tone::kGood);
    return;
  }
  // High severity first; otherwise the record's order.
  std::vector<const Assessment::Risk*> ordered;
  for (const auto& risk : a.risks) ordered.push_back(&risk);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* x, const auto* y) {
    return x->severity == "high" && y->severity != "high";
  });
  for (const Assessment::Risk* r : ordered) {
    const Assessment::Risk& risk = *r;
    report.Bullet(risk.title + ". " + risk.reason, SeverityTone(risk.severity),
                  Upper(risk.severity));
    report.Note("rule: " + risk.rule);
  }
}

// The engagement's kind as a heading word: "discovery_sprint" -> "Discovery sprint".
std::string KindLabel(std::string kind) {
  std::replace(kind.begin(), kind.end(), '_', ' ');
  if (!kind.empty() && kind[0] >= 'a' && kind[0] <= 'z') kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
  return kind;
}

void AddEngagement(const Assessment& a, Report& report) {
  report.Heading("What to do next: " + KindLabel(a.engagement.kind));
  report.Paragraph(a.engagement.reason, a.engagement.kind == "hire" ? Tone::kGood : Tone::kWarn);
  for (const std::string& step : a.engagement.steps) report.Bullet(step);
  report.Note("rule: " + a.engagement.rule);
}

void AddScopeOut(const Assessment& a, const Playbook& playbook, Report& report) {
  if (a.scope_out.empty()) return;
  report.Heading(playbook.advice.scope_out_label.empty() ? "Out of scope"
                                                         : playbook.advice.scope_out_label);
  for (const auto& item : a.scope_out) report.Bullet(item);
}

void AddCost(const Assessment& a, Report& report) {
  const std::optional<double>& estimate = a.cost.estimated_monthly_run_usd;
  report.Heading(estimate ? "Run cost: about $" + Number(*estimate).dump() + " a month"
                          : std::string("Run cost: not estimated yet"));
  bool fits = a.cost.rule == "cost.within_budget";
  report.Paragraph(a.cost.reason, fits ? Tone::kNormal : Tone::kWarn);
  bool above_value = !a.cost.value_rule.empty();
  if (above_value) report.Paragraph(a.cost.value_reason, Tone::kWarn);
  for (const auto& line : a.cost.basis) report.Bullet(line, Tone::kMuted);
  report.Note("rule: " + a.cost.rule + (above_value ? ", " + a.cost.value_rule : ""));
}

}  // namespace

json AssessmentToJson(const Assessment& a) {
  json criteria = json::array();
  for (const auto& c : a.readiness.criteria) {
    criteria.push_back({{"id", c.id},
                        {"title", c.title},
                        {"pass", c.pass},
                        {"rule", c.rule},
                        {"reason", c.reason}});
  }
  json ranking = json::array();
  for (const auto& s : a.route.ranking) {
    json reasons = json::array();
    for (const auto& r : s.reasons) {
      reasons.push_back({{"rule", r.rule}, {"points", Number(r.points)}, {"reason", r.reason}});
    }
    ranking.push_back(
        {{"route", s.route}, {"score", Number(s.score)}, {"fit", s.fit}, {"reasons", reasons}});
  }
  json route = {{"recommended", NullIfAbsent(a.route.recommended)},
                {"provisional", !a.route.not_ready_note.empty()},
                {"note", NullIfEmpty(a.route.not_ready_note)},
                {"breadth", a.route.breadth},
                {"ranking", ranking}};
  if (a.route.partner_handoff) {
    route["partner_handoff"] = {{"rule", a.route.partner_handoff->rule},
                                {"reason", a.route.partner_handoff->reason}};
  }
  json risks = json::array();
  for (const auto& r : a.risks) {
    risks.push_back({{"id", r.id},
                     {"title", r.title},
                     {"rule", r.rule},
                     {"reason", r.reason},
                     {"severity", r.severity}});
  }
  json steps = json::array();
  for (const auto& s : a.next_steps) steps.push_back({{"rule", s.rule}, {"text", s.text}});

  json out = json::object();
  out["playbook"] = PlaybookInfoToJson(a.playbook);
  out["readiness"] = {{"verdict", a.readiness.verdict},
                      {"rule", a.readiness.rule},
                      {"reason", a.readiness.reason},
                      {"criteria", criteria}};
  json mistake = nullptr;
  if (a.buyer_problem.mistake) {
    mistake = {{"rule", a.buyer_problem.mistake->rule}, {"reason", a.buyer_problem.mistake->reason}};
  }
  out["buyer_problem"] = {{"id", a.buyer_problem.id},
                          {"rule", a.buyer_problem.rule},
                          {"reason", a.buyer_problem.reason},
                          {"mistake", mistake}};
  out["first_hire"] = {{"shape", a.first_hire.shape},
                       {"shape_rule", a.first_hire.shape_rule},
                       {"shape_reason", a.first_hire.shape_reason},
                       {"matched_keywords", a.first_hire.matched_keywords},
                       {"archetype", a.first_hire.archetype},
                       {"rule", a.first_hire.rule},
                       {"reason", a.first_hire.reason},
                       {"provisional", a.first_hire.provisional},
                       {"note", NullIfEmpty(a.first_hire.provisional_note)}};
  out["route"] = route;
  out["engagement"] = {{"kind", a.engagement.kind},
                       {"reason", a.engagement.reason},
                       {"rule", a.engagement.rule},
                       {"steps", a.engagement.steps}};
  out["cost"] = {{"estimated_monthly_run_usd", NullIfAbsent(a.cost.estimated_monthly_run_usd)},
                 {"monthly_run_budget_usd", NullIfAbsent(a.cost.monthly_run_budget_usd)},
                 {"metric_monthly_value_usd", NullIfAbsent(a.cost.metric_monthly_value_usd)},
                 {"basis", a.cost.basis},
                 {"rule", a.cost.rule},
                 {"reason", a.cost.reason},
                 {"value_rule", NullIfEmpty(a.cost.value_rule)},
                 {"value_reason", NullIfEmpty(a.cost.value_reason)}};
  out["scope"] = {{"out", a.scope_out}};
  out["risks"] = risks;
  out["next_steps"] = steps;
  return out;
}

Report AssessmentReport(const Assessment& a, const Playbook& playbook,
                        std::string_view workflow_name) {
  Report report;
  report.Title(workflow_name.empty() ? std::string("Assessment")
                                     : "Assessment: " + std::string(workflow_name));
  AddVerdict(a, playbook, report);
  AddEngagement(a, report);
  AddReadiness(a, report);
  AddScopeOut(a, playbook, report);
  AddBuyerProblem(a, playbook, report);
  AddFirstHire(a, playbook, report);
  AddRoutes(a, playbook, report);
  AddCost(a, report);
  AddRisks(a, report);
  report.Heading("About this assessment");
  report.Paragraph("Decided by " + a.playbook.name + " " + a.playbook.version + ", reviewed " +
                       a.playbook.reviewed +
                       ". Each rule id names the playbook rule behind a "
                       "conclusion; `firsthire playbook show` lists them.",
                   Tone::kMuted);
  return report;
}

}  // namespace firsthire

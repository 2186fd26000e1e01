#include "report/plan_report.h"

#include "report/playbook_report.h"

namespace firsthire {
namespace {

// A checkbox for a deliverable's status.
std::string StatusBox(const std::string& status) {
  if (status == "done") return "[x]";
  if (status == "in_progress") return "[~]";
  return "[ ]";
}

}  // namespace

nlohmann::json PlanWindowsToJson(const std::vector<PlannedWindow>& windows) {
  nlohmann::json out = nlohmann::json::array();
  for (const PlannedWindow& window : windows) {
    nlohmann::json deliverables = nlohmann::json::array();
    for (const PlannedDeliverable& d : window.deliverables) {
      deliverables.push_back({{"id", d.id}, {"text", d.text}, {"status", d.status}});
    }
    out.push_back({{"id", window.id}, {"title", window.title}, {"deliverables", deliverables}});
  }
  return out;
}

nlohmann::json PlanToJson(const Plan& plan) {
  nlohmann::json out;
  out["playbook"] = PlaybookInfoToJson(plan.playbook);
  out["workflow"] = plan.workflow;
  out["owner"] = plan.owner;
  out["windows"] = PlanWindowsToJson(plan.windows);
  out["go_no_go"] = {
      {"rule", plan.go_no_go.rule}, {"go", plan.go_no_go.go}, {"no_go", plan.go_no_go.no_go}};
  out["judgement_note"] = plan.judgement_note;
  nlohmann::json warnings = nlohmann::json::array();
  for (const PlanWarning& w : plan.warnings) {
    warnings.push_back({{"id", w.id}, {"title", w.title}, {"rule", w.rule}, {"reason", w.reason}});
  }
  out["warnings"] = std::move(warnings);
  out["scope"] = {{"out", plan.scope_out}};
  return out;
}

Report PlanReport(const Plan& plan) {
  Report report;
  report.Title("30-60-90 day plan: " + plan.workflow);
  for (const PlanWarning& w : plan.warnings) {
    report.Bullet(w.reason, Tone::kWarn, w.title + ":");
    report.Note("rule: " + w.rule);
  }
  report.KeyValue("Owner after launch", plan.owner);
  if (!plan.scope_out.empty()) {
    report.Heading("Out of scope");
    for (const auto& item : plan.scope_out) report.Bullet(item);
  }
  for (const PlannedWindow& window : plan.windows) {
    report.Heading(window.title);
    for (const PlannedDeliverable& d : window.deliverables) {
      report.Bullet(d.text, Tone::kNormal, StatusBox(d.status));
    }
  }
  report.Heading("Go / no-go for scale");
  report.Bullet(plan.go_no_go.go, Tone::kGood, "Go:");
  report.Bullet(plan.go_no_go.no_go, Tone::kBad, "No-go:");
  report.Note("rule: " + plan.go_no_go.rule);
  report.Paragraph(plan.judgement_note, Tone::kMuted);
  report.Note(PlaybookInfoNote(plan.playbook));
  return report;
}

}  // namespace firsthire

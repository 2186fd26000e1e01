#include "report/playbook_report.h"

#include <fmt/format.h>

namespace firsthire {

nlohmann::json PlaybookInfoToJson(const PlaybookInfo& info) {
  return {{"version", info.version}, {"name", info.name}, {"reviewed", info.reviewed}};
}

std::string PlaybookInfoNote(const PlaybookInfo& info) {
  return "playbook: " + info.name + " " + info.version + " (reviewed " + info.reviewed + ")";
}

nlohmann::json PlaybookToJson(const Playbook& playbook) {
  auto text = PlaybookJsonText(playbook);
  if (!text.ok()) return nlohmann::json{{"version", playbook.version}};
  return nlohmann::json::parse(*text);
}

Report PlaybookReport(const Playbook& pb) {
  Report r;
  r.Title(pb.name.empty() ? "Playbook" : pb.name);
  r.KeyValue("Version", pb.version);
  r.KeyValue("Reviewed", fmt::format("{} (review again after {} days)", pb.reviewed, pb.max_age_days));

  r.Heading("Should we hire at all: the five readiness criteria");
  for (const auto& c : pb.criteria) {
    r.Bullet(c.title, Tone::kNormal, c.id);
    r.Note("if it fails: " + c.Text("next_step"));
  }
  for (const auto& v : pb.verdicts) {
    r.KeyValue("Verdict " + v.id, v.reason);
  }

  r.Heading("Who first: project shape and first hire");
  std::vector<std::vector<std::string>> rows;
  for (const auto& s : pb.shapes) rows.push_back({s.id, s.archetype, s.why});
  r.Table({"Shape", "First hire", "Why"}, rows);

  r.Subheading("Team traits (weight)");
  for (const auto& t : pb.traits) {
    r.Bullet(fmt::format("{} (weight {:g}): {}", t.title, t.weight, t.description), Tone::kNormal, t.id);
  }

  r.Heading("Which route");
  rows.clear();
  for (const auto& route : pb.routes.routes) {
    rows.push_back({route.id, route.speed + "; ownership: " + route.long_term_ownership + ". Best fit: " + route.best_fit});
  }
  r.Table({"Route", "Speed, ownership and best fit"}, rows);
  r.Subheading("Route factors");
  for (const auto& f : pb.routes.factors) {
    r.Bullet(fmt::format("{:+g} {}: {}", f.points, f.route, f.reason));
    r.Note("rule: " + f.id);
  }

  r.Heading("How to interview");
  for (const auto& c : pb.categories) {
    r.Bullet(c.title, Tone::kNormal, c.id);
    r.Bullet("Strong: " + c.strong, Tone::kGood, "", 1);
    r.Bullet("Fail: " + c.fail, Tone::kBad, "", 1);
  }
  std::string gate;
  for (const auto& g : pb.scorecard.gate_categories) gate += (gate.empty() ? "" : ", ") + g;
  r.KeyValue("Gate", fmt::format("below {:g} on {} means a risky first hire", pb.scorecard.gate_threshold, gate), Tone::kWarn);
  r.Subheading("Questions");
  for (const auto& q : pb.questions) r.Bullet(q.text);
  r.Subheading("Red flags");
  for (const auto& f : pb.red_flags) {
    r.Bullet(f.description + " (" + std::to_string(f.weight) + " down)", Tone::kWarn, f.id);
  }
  if (!pb.trait_probes.empty()) {
    r.Subheading("Trait probes");
    for (const auto& p : pb.trait_probes) r.Bullet(p.text, Tone::kNormal, p.id);
  }
  r.Subheading("Failure modes of hiring");
  for (const auto& f : pb.failure_modes) r.Bullet(f.title, Tone::kWarn, f.id);

  r.Heading("Vendors and proposals");
  for (const auto& q : pb.risk_questions) r.Bullet(q.question, Tone::kNormal, q.id);
  r.Subheading("Commodity versus non-commodity");
  for (const auto& f : pb.commodity_factors) {
    r.Bullet(f.title + ": " + f.commodity + " versus " + f.non_commodity, Tone::kNormal, f.id);
  }

  r.Heading("After the hire: 30-60-90");
  for (const auto& w : pb.plan.windows) {
    r.Subheading(w.title);
    for (const auto& d : w.deliverables) r.Bullet(d.text);
  }
  r.Note("playbook " + pb.version);
  return r;
}

}  // namespace firsthire

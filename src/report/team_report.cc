#include "report/team_report.h"

#include <cmath>
#include <string>

#include "engine/team_coverage.h"

namespace firsthire {
namespace {

using json = nlohmann::json;

json Number(double value) {
  double rounded = std::round(value * 1e6) / 1e6;
  if (std::nearbyint(rounded) == rounded && std::fabs(rounded) < 1e15) {
    return static_cast<int64_t>(rounded);
  }
  return rounded;
}

// "####.." for a level out of 5.
std::string Bar(int level) {
  return std::string(static_cast<size_t>(level), '#') + std::string(static_cast<size_t>(5 - level), '.');
}

std::string Money(double cost) { return FormatCoverageScore(cost); }

}  // namespace

json TeamToJson(const TeamRecord& r) {
  json out;
  out["playbook"] = {{"version", r.playbook_version}};
  json traits = json::object(), depth = json::object();
  for (size_t t = 0; t < r.trait_ids.size(); ++t) {
    traits[r.trait_ids[t]] = r.coverage.levels[t];
    depth[r.trait_ids[t]] = r.coverage.depth[t];
  }
  out["coverage"] = {{"score", Number(r.coverage.score)},
                     {"max_score", Number(r.coverage.max_score)},
                     {"rule", r.coverage.rule},
                     {"traits", traits},
                     {"depth", depth}};
  json gaps = json::array();
  for (const TeamGap& g : r.gaps) {
    gaps.push_back({{"trait", g.trait}, {"level", g.level}, {"bar", g.bar}, {"rule", g.rule},
                    {"reason", g.reason}});
  }
  out["gaps"] = gaps;
  json warnings = json::array();
  for (const TeamWarning& w : r.warnings) {
    warnings.push_back({{"id", w.id}, {"rule", w.rule}, {"title", w.title}, {"reason", w.reason},
                        {"what_to_do", w.what_to_do}});
  }
  out["warnings"] = warnings;
  if (!r.best_hires) {
    out["best_hires"] = nullptr;
    return out;
  }
  const BestHires& b = *r.best_hires;
  json reasons = json::array();
  for (const HireReason& h : b.reasons) {
    json brings = json::object();
    for (const auto& [trait, level] : h.traits) brings[trait] = level;
    reasons.push_back({{"id", h.id}, {"name", h.name}, {"gain", Number(h.gain)},
                       {"cost", Number(h.cost)}, {"traits", brings}, {"rule", h.rule},
                       {"reason", h.reason}});
  }
  json best = {{"picks", b.picks},
               {"objective", Number(b.objective)},
               {"cost", Number(b.cost)},
               {"optimal", b.optimal}};
  if (b.bound) best["bound"] = Number(*b.bound);
  best["gain"] = Number(b.gain);
  best["hires"] = b.hires;
  best["budget"] = b.budget ? Number(*b.budget) : json(nullptr);
  best["rule"] = b.rule;
  best["reason"] = b.reason;
  best["reasons"] = reasons;
  best["pool_size"] = b.pool_size;
  best["considered"] = b.considered;
  best["nodes"] = b.nodes;
  out["best_hires"] = best;
  return out;
}

Report TeamReport(const TeamRecord& r) {
  Report report;
  std::string who = r.member_names.empty() ? "an empty team"
                    : r.member_names.size() == 1 ? r.member_names[0]
                                                 : std::to_string(r.member_names.size()) + " people";
  report.Title("Team coverage: " + who);
  report.KeyValue("Coverage score", FormatCoverageScore(r.coverage.score) + " of " +
                                        FormatCoverageScore(r.coverage.max_score),
                  r.gaps.empty() ? Tone::kGood : Tone::kWarn);
  report.Note("rule: " + r.coverage.rule);
  std::vector<std::vector<std::string>> rows;
  for (size_t t = 0; t < r.trait_ids.size(); ++t) {
    bool gap = false;
    for (const TeamGap& g : r.gaps) gap = gap || g.trait == r.trait_ids[t];
    rows.push_back({r.trait_titles[t], Bar(r.coverage.levels[t]) + " " + std::to_string(r.coverage.levels[t]),
                    std::to_string(r.coverage.depth[t]), gap ? "gap" : ""});
  }
  report.Table({"Trait", "Best level", "Second", ""}, rows);

  report.Heading("Gaps");
  if (r.gaps.empty()) report.Paragraph("None: every trait reaches the playbook's bar.", Tone::kGood);
  for (const TeamGap& g : r.gaps) {
    report.Bullet(g.reason, Tone::kWarn, "GAP");
    report.Note("rule: " + g.rule);
  }

  report.Heading("Warnings");
  if (r.warnings.empty()) report.Paragraph("None: the team follows the playbook's principles.", Tone::kGood);
  for (const TeamWarning& w : r.warnings) {
    report.Bullet(w.title + ". " + w.reason, Tone::kWarn, "WARN");
    report.Bullet("What to do: " + w.what_to_do, Tone::kNormal, "", 1);
    report.Note("rule: " + w.rule);
  }

  if (r.best_hires) {
    const BestHires& b = *r.best_hires;
    report.Heading(b.hires == 1 ? "Best next hire" : "Best next hires (up to " + std::to_string(b.hires) + ")");
    if (b.picks.empty()) {
      report.Paragraph("No candidate in the pool (of " + std::to_string(b.pool_size) +
                       ") improves the team's coverage within the limits.");
    }
    for (const HireReason& h : b.reasons) {
      report.Bullet(h.reason + (h.cost > 0 ? " Cost " + Money(h.cost) + "." : ""), Tone::kGood, h.id);
    }
    report.KeyValue("Coverage after", FormatCoverageScore(b.objective) + " (+" +
                                          FormatCoverageScore(b.gain) + ")");
    report.KeyValue("Total cost", Money(b.cost) + (b.budget ? " of a budget of " + Money(*b.budget) : ""));
    report.KeyValue("Proven best", b.optimal ? "yes" : "no", b.optimal ? Tone::kGood : Tone::kWarn);
    report.Paragraph(b.reason, Tone::kMuted);
    report.Note("rule: " + b.rule + "; " + std::to_string(b.pool_size) + " candidates, " +
                std::to_string(b.considered) + " left after exact reductions, " +
                std::to_string(b.nodes) + " search nodes");
    if (!b.judging_note.empty()) report.Paragraph(b.judging_note, Tone::kMuted);
  }
  report.Note("playbook " + r.playbook_version);
  return report;
}

}  // namespace firsthire

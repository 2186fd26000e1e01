#include "report/calibration_report.h"

#include <cstdio>

#include "report/playbook_report.h"

namespace firsthire {
namespace {

using nlohmann::json;

json OrNull(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json IntervalJson(const std::optional<Interval>& ci) {
  return ci ? json::array({ci->first, ci->second}) : json(nullptr);
}

std::string Fixed(const std::optional<double>& v, bool sign = false) {
  if (!v) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, sign ? "%+.2f" : "%.2f", *v);
  return buffer;
}

std::string IntervalText(const std::optional<Interval>& ci, bool sign = false) {
  return ci ? Fixed(ci->first, sign) + " to " + Fixed(ci->second, sign) : "-";
}

}  // namespace

nlohmann::json CalibrationToJson(const Calibration& c) {
  json categories = json::object();
  for (const auto& r : c.categories) {
    categories[r.category] = {{"alpha_ordinal", OrNull(r.alpha_ordinal)},
                              {"alpha_interval", OrNull(r.alpha_interval)},
                              {"ci", IntervalJson(r.ci)},
                              {"units", r.units},
                              {"raters", r.raters},
                              {"band", r.band},
                              {"note", r.note.empty() ? json(nullptr) : json(r.note)}};
  }
  json interviewers = json::array();
  for (const auto& i : c.interviewers) {
    interviewers.push_back({{"interviewer", i.interviewer},
                            {"scorecards", i.scorecards},
                            {"n", i.n},
                            {"offset", OrNull(i.offset)},
                            {"ci", IntervalJson(i.ci)},
                            {"without_notes", i.without_notes}});
  }
  return {{"playbook", PlaybookInfoToJson(c.playbook)},
          {"candidates", c.candidates},
          {"categories", categories},
          {"interviewers", interviewers}};
}

Report CalibrationReport(const Calibration& c) {
  Report r;
  r.Title("Interviewer calibration");
  r.KeyValue("Candidates", std::to_string(c.candidates));
  r.Heading("Agreement per category");
  r.Paragraph(
      "Krippendorff's alpha over candidates scored by two or more interviewers (1 = perfect "
      "agreement, 0 = no better than chance). The band and the 95% interval are for the ordinal "
      "alpha.");
  std::vector<std::vector<std::string>> rows;
  for (const auto& cat : c.categories) {
    rows.push_back({cat.category, Fixed(cat.alpha_ordinal), Fixed(cat.alpha_interval),
                    IntervalText(cat.ci), std::to_string(cat.units), std::to_string(cat.raters),
                    cat.band});
  }
  r.Table({"Category", "Ordinal", "Interval", "95% CI", "Units", "Raters", "Band"}, rows);
  for (const auto& cat : c.categories) {
    if (!cat.note.empty()) r.Bullet(cat.category + ": " + cat.note, Tone::kMuted);
  }
  r.Heading("Interviewers");
  r.Paragraph(
      "Offset: the mean of (their score minus the other interviewers' mean) on the same "
      "candidate and category; positive is more lenient, negative harsher.");
  rows.clear();
  for (const auto& i : c.interviewers) {
    char share[16];
    std::snprintf(share, sizeof share, "%.0f%%", i.without_notes * 100);
    rows.push_back({i.interviewer, std::to_string(i.scorecards), std::to_string(i.n),
                    Fixed(i.offset, true), IntervalText(i.ci, true), share});
  }
  r.Table({"Interviewer", "Scorecards", "n", "Offset", "95% CI", "No notes"}, rows);
  r.Note(PlaybookInfoNote(c.playbook));
  return r;
}

}  // namespace firsthire

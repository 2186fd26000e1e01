#include "report/review_report.h"

#include <cctype>
#include <cstdio>

#include "engine/scorecard_evaluation.h"  // JoinWithAnd
#include "report/playbook_report.h"

namespace firsthire {
namespace {

using nlohmann::json;

json OrNull(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

std::string Upper(std::string s) {
  for (char& c : s) c = c == '_' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string Dollars(double usd) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.0f", usd);
  std::string digits = buffer, out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return "$" + out;
}

Tone StatusTone(AnswerStatus s) {
  switch (s) {
    case AnswerStatus::kAnswered: return Tone::kGood;
    case AnswerStatus::kThin: return Tone::kWarn;
    case AnswerStatus::kMissing: return Tone::kBad;
  }
  return Tone::kNormal;
}

Tone VerdictTone(ProposalVerdict v) {
  switch (v) {
    case ProposalVerdict::kStrong: return Tone::kGood;
    case ProposalVerdict::kAcceptable: return Tone::kWarn;
    case ProposalVerdict::kWeak: return Tone::kBad;
  }
  return Tone::kNormal;
}

}  // namespace

nlohmann::json ProposalReviewToJson(const ProposalReview& r) {
  json questions = json::array();
  for (const auto& q : r.risk_questions) {
    questions.push_back({{"id", q.id},
                         {"question", q.question},
                         {"status", AnswerStatusId(q.status)},
                         {"words", q.words},
                         {"evidence", q.evidence},
                         {"claims", q.claims},
                         {"rule", q.rule},
                         {"reason", q.reason}});
  }
  json factors = json::array();
  for (const auto& f : r.commodity_factors) {
    factors.push_back({{"id", f.id},
                       {"title", f.title},
                       {"assessment", f.commodity ? "commodity" : "non_commodity"},
                       {"evidence", f.evidence},
                       {"rule", f.rule},
                       {"reason", f.reason}});
  }
  json flags = json::array();
  for (const auto& f : r.flags) {
    flags.push_back({{"id", f.id}, {"evidence", f.evidence}, {"rule", f.rule}, {"reason", f.reason}});
  }
  json reminders = json::array();
  for (const auto& m : r.reminders) reminders.push_back({{"rule", m.rule}, {"reason", m.reason}});
  json out = json::object();
  out["playbook"] = PlaybookInfoToJson(r.playbook);
  out["vendor"] = {{"name", r.vendor_name},
                   {"route", r.route.empty() ? json(nullptr) : json(r.route)}};
  out["pricing"] = {{"build_usd", OrNull(r.build_usd)}, {"monthly_run_usd", OrNull(r.monthly_run_usd)}};
  out["risk_questions"] = questions;
  out["commodity_factors"] = factors;
  out["flags"] = flags;
  out["verdict"] = {{"id", ProposalVerdictId(r.verdict.id)},
                    {"rule", r.verdict.rule},
                    {"reason", r.verdict.reason}};
  out["reminders"] = reminders;
  const auto& o = r.ownership_not_transferred;
  out["ownership_not_transferred"] =
      o ? json{{"withheld", o->withheld}, {"rule", o->rule}, {"reason", o->reason}} : json(nullptr);
  json checks = json::array();
  for (const auto& c : r.brief_checks) {
    checks.push_back({{"id", c.id},
                      {"status", BriefCheckStatusId(c.status)},
                      {"found", c.found},
                      {"rule", c.rule},
                      {"reason", c.reason}});
  }
  out["brief_checks"] = r.brief_given ? checks : json(nullptr);
  return out;
}

Report ProposalReviewReport(const ProposalReview& r) {
  Report report;
  report.Title("Proposal review: " + r.vendor_name);
  report.KeyValue("Verdict", Upper(ProposalVerdictId(r.verdict.id)), VerdictTone(r.verdict.id));
  report.Paragraph(r.verdict.reason);
  report.Note("rule: " + r.verdict.rule);
  if (!r.route.empty()) report.KeyValue("Route", r.route);
  report.KeyValue("Build price", r.build_usd ? Dollars(*r.build_usd) : "not priced",
                  r.build_usd ? Tone::kNormal : Tone::kWarn);
  report.KeyValue("Monthly run cost", r.monthly_run_usd ? Dollars(*r.monthly_run_usd) : "not priced",
                  r.monthly_run_usd ? Tone::kNormal : Tone::kWarn);

  report.Heading("The five risk questions");
  for (const auto& q : r.risk_questions) {
    report.Bullet(q.title + ". " + q.reason, StatusTone(q.status), Upper(AnswerStatusId(q.status)));
    for (const auto& claim : q.claims) report.Bullet("\"" + claim + "\"", Tone::kNormal, "", 1);
    report.Note("rule: " + q.rule);
  }

  report.Heading("Commodity or not");
  for (const auto& f : r.commodity_factors) {
    report.Bullet(f.title + ". " + f.reason, f.commodity ? Tone::kWarn : Tone::kGood,
                  f.commodity ? "COMMODITY" : "SOLID");
    report.Note("rule: " + f.rule);
  }

  if (!r.flags.empty()) {
    report.Heading("Risks flagged");
    for (const auto& f : r.flags) {
      std::vector<std::string> quoted;
      for (const auto& e : f.evidence) quoted.push_back("'" + e + "'");
      report.Bullet(f.reason + " (mentions " + JoinWithAnd(quoted) + ")", Tone::kBad, "FLAG");
      report.Note("rule: " + f.rule);
    }
  }
  if (r.ownership_not_transferred) {
    report.Heading("Ownership");
    report.Bullet(r.ownership_not_transferred->reason, Tone::kBad, "KEPT");
    report.Note("rule: " + r.ownership_not_transferred->rule);
  }
  if (r.brief_given) {
    report.Heading("Against the brief");
    for (const auto& c : r.brief_checks) {
      Tone tone = c.status == BriefCheckStatus::kPass   ? Tone::kGood
                  : c.status == BriefCheckStatus::kFail ? Tone::kBad
                                                        : Tone::kWarn;
      report.Bullet(c.reason, tone, Upper(BriefCheckStatusId(c.status)));
      report.Note("rule: " + c.rule);
    }
  }
  for (const auto& m : r.reminders) {
    report.Heading("Before signing");
    report.Paragraph(m.reason, Tone::kWarn);
    report.Note("rule: " + m.rule);
  }
  report.Note(PlaybookInfoNote(r.playbook));
  return report;
}

}  // namespace firsthire

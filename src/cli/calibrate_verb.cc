// firsthire calibrate FILE...: agreement and leniency over many candidates.
#include <memory>
#include <string>
#include <vector>

#include "cli/verbs.h"
#include "firsthire/calibration.h"
#include "firsthire/input_file.h"
#include "report/calibration_report.h"

namespace firsthire {
namespace {

// Loads every file (each one candidate's scorecards, as `score` reads) and
// calibrates. The first bad file stops it with a located message (exit 2).
int RunCalibrate(const GlobalOptions& options, const std::vector<std::string>& paths) {
  auto format = ParseOutputFormat(options.format);
  if (!format) {
    return ReportFailure(
        Status::InvalidInput("unknown --format '" + options.format + "'; expected text, json or md"));
  }
  auto playbook = SelectPlaybook(options);
  if (!playbook.ok()) return ReportFailure(playbook.status());
  std::vector<CandidateScorecards> candidates;
  for (const std::string& path : paths) {
    auto text = ReadInputFile(path, kMaxInputFileBytes);
    if (!text.ok()) return ReportFailure(text.status());
    Diagnostics diagnostics;
    auto loaded = LoadScorecards(*text, InputName(path), *playbook, &diagnostics);
    ReportWarnings(diagnostics);
    if (!loaded.ok()) return ReportFailure(loaded.status());
    candidates.push_back(std::move(loaded).value());
  }
  Calibration calibration = Calibrate(*playbook, candidates);
  return WriteOutput(
      RenderRecord(*format, CalibrationToJson(calibration), CalibrationReport(calibration)));
}

}  // namespace

void AddCalibrateVerb(CLI::App& app, GlobalOptions& options) {
  auto paths = std::make_shared<std::vector<std::string>>();
  CLI::App* verb = app.add_subcommand(
      "calibrate",
      "Check interviewer calibration over many candidates: per category, Krippendorff's alpha "
      "(ordinal and interval) with a bootstrap 95% interval and a band (poor, tentative, "
      "reliable); per interviewer, the mean offset from colleagues' scores (leniency) and the "
      "share of scorecards without notes");
  verb->add_option("FILES", *paths,
                   "Scorecards files, one candidate each (as for score); - for standard input")
      ->required();
  verb->callback([&options, paths] { options.exit_code = RunCalibrate(options, *paths); });
}

}  // namespace firsthire

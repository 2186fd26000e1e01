#include "cli/verb_runner.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "firsthire/input_file.h"

namespace firsthire {

std::string Today() { return TodayUtc(); }

Result<Playbook> SelectPlaybook(const GlobalOptions& options) {
  Playbook playbook;
  if (options.playbook_path.empty()) {
    playbook = DefaultPlaybook();
  } else {
    FH_ASSIGN_OR_RETURN(std::string text, ReadInputFile(options.playbook_path, kMaxPlaybookBytes));
    Diagnostics diagnostics;
    auto loaded = LoadPlaybook(text, InputName(options.playbook_path), &diagnostics);
    ReportWarnings(diagnostics);
    if (!loaded.ok()) return loaded.status();
    playbook = std::move(loaded).value();
  }
  if (auto stale = StalePlaybookWarning(playbook, Today())) {
    std::fprintf(stderr, "firsthire: warning: %s\n", stale->c_str());
  }
  return playbook;
}

std::string RenderRecord(OutputFormat format, const nlohmann::json& json, const Report& report) {
  switch (format) {
    case OutputFormat::kJson:
      // Invalid UTF-8 in user text is replaced rather than aborting the dump.
      return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    case OutputFormat::kMarkdown:
      return report.RenderMarkdown();
    case OutputFormat::kText:
      break;
  }
  return report.RenderText({80, StdoutWantsColor()});
}

Result<VerbSetup> PrepareVerb(const GlobalOptions& options, const std::string& path) {
  auto format = ParseOutputFormat(options.format);
  if (!format) {
    return Status::InvalidInput("unknown --format '" + options.format + "'; expected text, json or md");
  }
  FH_ASSIGN_OR_RETURN(Playbook playbook, SelectPlaybook(options));
  FH_ASSIGN_OR_RETURN(std::string text, ReadInputFile(path, kMaxInputFileBytes));
  return VerbSetup{*format, std::move(playbook), std::move(text), InputName(path)};
}

}  // namespace firsthire

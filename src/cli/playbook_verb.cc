// firsthire playbook show|validate FILE|export
#include <cstdio>

#include "cli/verbs.h"
#include "firsthire/input_file.h"
#include "report/playbook_report.h"

namespace firsthire {
namespace {

int Show(const GlobalOptions& options) {
  auto format = ParseOutputFormat(options.format);
  if (!format) return ReportFailure(Status::InvalidInput("unknown --format '" + options.format + "'"));
  auto playbook = SelectPlaybook(options);
  if (!playbook.ok()) return ReportFailure(playbook.status());
  return WriteOutput(RenderRecord(*format, PlaybookToJson(*playbook), PlaybookReport(*playbook)));
}

int Export(const GlobalOptions& options) {
  auto playbook = SelectPlaybook(options);
  if (!playbook.ok()) return ReportFailure(playbook.status());
  return WriteOutput(playbook->source_text);
}

int Validate(const std::string& path) {
  auto text = ReadInputFile(path, kMaxPlaybookBytes);
  if (!text.ok()) return ReportFailure(text.status());
  Diagnostics diagnostics;
  auto loaded = LoadPlaybook(*text, InputName(path), &diagnostics);
  for (const Diagnostic& e : diagnostics.errors()) {
    std::fprintf(stderr, "firsthire: error: %s\n", e.ToString().c_str());
  }
  if (diagnostics.error_count() > diagnostics.errors().size()) {
    std::fprintf(stderr, "firsthire: error: ... and %zu more problems\n",
                 diagnostics.error_count() - diagnostics.errors().size());
  }
  ReportWarnings(diagnostics);
  if (!loaded.ok()) {
    if (diagnostics.errors().empty()) return ReportFailure(loaded.status());
    std::fprintf(stderr, "%s: %zu problem%s found\n", InputName(path).c_str(),
                 diagnostics.error_count(), diagnostics.error_count() == 1 ? "" : "s");
    return 2;
  }
  std::string msg = InputName(path) + ": valid playbook, version " + loaded->version + " (reviewed " +
                    loaded->reviewed + ")";
  if (!diagnostics.warnings().empty()) {
    msg += ", " + std::to_string(diagnostics.warnings().size()) + " warning(s)";
  }
  if (auto stale = StalePlaybookWarning(*loaded, Today())) {
    std::fprintf(stderr, "firsthire: warning: %s\n", stale->c_str());
  }
  return WriteOutput(msg + "\n");
}

}  // namespace

void AddPlaybookVerb(CLI::App& app, GlobalOptions& options) {
  CLI::App* verb = app.add_subcommand("playbook", "Inspect, check or dump the playbook");
  verb->require_subcommand(1);
  verb->add_subcommand("show", "Show the playbook's rules and texts (honours --format)")
      ->callback([&options] { options.exit_code = Show(options); });
  verb->add_subcommand("export", "Print the playbook's YAML (the default, or --playbook FILE)")
      ->callback([&options] { options.exit_code = Export(options); });
  static std::string path;  // one parse per process
  CLI::App* validate = verb->add_subcommand("validate", "Check a playbook file and list every problem with its line");
  validate->add_option("FILE", path, "Playbook YAML file ('-' for stdin)")->required();
  validate->callback([&options] { options.exit_code = Validate(path); });
}

}  // namespace firsthire

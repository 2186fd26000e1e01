// The shared flow of a verb that reads one input document and prints one
// decision record: global options, playbook selection, reading the input,
// reporting warnings and errors, rendering in the chosen format.
#ifndef FIRSTHIRE_CLI_VERB_RUNNER_H_
#define FIRSTHIRE_CLI_VERB_RUNNER_H_

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <utility>

#include "cli/cli_output.h"
#include "firsthire/diagnostics.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "report/report.h"

namespace firsthire {

// Options every verb accepts (registered on the top-level app, usable after
// the verb too): --format text|json|md, --playbook FILE.
// Size limits for input files: a brief, scorecards or proposal is a page or
// two; 16 MiB is far beyond any real one and still cheap to refuse.
inline constexpr size_t kMaxInputFileBytes = 16u << 20;
inline constexpr size_t kMaxPlaybookBytes = 4u << 20;

struct GlobalOptions {
  std::string format = "text";
  std::string playbook_path;  // empty = the embedded default
  int exit_code = 0;          // set by the verb that ran
};

// Loads the playbook named by --playbook, or the default. Prints the stale
// warning on stderr when it is past its max age (today from the clock).
Result<Playbook> SelectPlaybook(const GlobalOptions& options);

// Today's date as YYYY-MM-DD in UTC; FIRSTHIRE_TODAY overrides it (tests).
std::string Today();

// Renders a record: JSON (pretty, with a trailing newline), Markdown, or text
// (80 columns, colour when stdout wants it).
std::string RenderRecord(OutputFormat format, const nlohmann::json& json, const Report& report);

// Runs the usual flow: parse the format, load the playbook, read `path` (or
// stdin for "-"), load it with `load`, print warnings, then `decide` and
// render. Returns the exit code (0, 1 or 2 as documented).
template <typename Input>
using InputLoader = std::function<Result<Input>(std::string_view text, const std::string& source,
                                                const Playbook& playbook, Diagnostics* diagnostics)>;

// `decide_and_render` gets the loaded input and returns the JSON and the
// Report of the record it decides.
template <typename Input>
int RunRecordVerb(const GlobalOptions& options, const std::string& path, InputLoader<Input> load,
                  std::function<std::pair<nlohmann::json, Report>(const Playbook&, const Input&)>
                      decide_and_render);

// Non-template part of RunRecordVerb: everything up to the loaded text.
struct VerbSetup {
  OutputFormat format;
  Playbook playbook;
  std::string text;
  std::string source;
};
Result<VerbSetup> PrepareVerb(const GlobalOptions& options, const std::string& path);

template <typename Input>
int RunRecordVerb(const GlobalOptions& options, const std::string& path, InputLoader<Input> load,
                  std::function<std::pair<nlohmann::json, Report>(const Playbook&, const Input&)>
                      decide_and_render) {
  auto setup = PrepareVerb(options, path);
  if (!setup.ok()) return ReportFailure(setup.status());
  Diagnostics diagnostics;
  Result<Input> input = load(setup->text, setup->source, setup->playbook, &diagnostics);
  ReportWarnings(diagnostics);
  if (!input.ok()) return ReportFailure(input.status());
  auto [json, report] = decide_and_render(setup->playbook, input.value());
  return WriteOutput(RenderRecord(setup->format, json, report));
}

// What the help shows for a verb that takes one input file.
struct RecordVerbHelp {
  const char* name;         // e.g. "score"
  const char* description;  // one paragraph for `firsthire NAME --help`
  const char* file;         // the positional argument, e.g. "SCORECARDS"
  const char* file_help;    // e.g. "Scorecards file (YAML or JSON), or - for standard input"
};

// Adds the verb `help.name FILE` to `app`: when it runs, RunRecordVerb with
// `load` and `decide_and_render`, its exit code stored in options.exit_code.
// `check`, when given, runs first: a failure is reported (exit 2 for bad
// settings) and nothing else runs. `options` must outlive `app`. Returns the
// verb, for extra options.
template <typename Input>
CLI::App* AddRecordVerb(
    CLI::App& app, GlobalOptions& options, const RecordVerbHelp& help, InputLoader<Input> load,
    std::function<std::pair<nlohmann::json, Report>(const Playbook&, const Input&)>
        decide_and_render,
    std::function<Status()> check = {}) {
  auto path = std::make_shared<std::string>();
  CLI::App* verb = app.add_subcommand(help.name, help.description);
  verb->add_option(help.file, *path, help.file_help)->required();
  verb->callback([&options, path, load = std::move(load), decide = std::move(decide_and_render),
                  check = std::move(check)] {
    if (check) {
      Status status = check();
      if (!status.ok()) {
        options.exit_code = ReportFailure(status);
        return;
      }
    }
    options.exit_code = RunRecordVerb<Input>(options, *path, load, decide);
  });
  return verb;
}

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_VERB_RUNNER_H_

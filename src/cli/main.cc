// firsthire: the command-line program. Each verb lives in its own file.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/verbs.h"

namespace {

constexpr const char* kFooter = R"(Exit codes:
  0  success
  1  internal or I/O error (output could not be written, database unavailable)
  2  bad input or usage: syntax error, wrong type, unknown id or value, score out
     of range, missing, empty, unreadable or oversized file (the message names
     the file, line and column and what was expected; nothing is written)

Environment:
  NO_COLOR   disables colour (colour is only used on a terminal anyway)

Inputs are YAML or JSON files; '-' reads standard input. See examples/.)";

}  // namespace

int main(int argc, char** argv) {
  using namespace firsthire;
  CLI::App app{"firsthire: structured hiring for teams that build LLM products.\n"
               "Decides whether to hire, who first and through which route, runs structured\n"
               "interviews and plans the first 90 days, with the playbook rule behind each\n"
               "conclusion.",
               "firsthire"};
  app.footer(kFooter);
  app.require_subcommand(1);
  app.fallthrough();
  GlobalOptions options;
  app.add_option("--format", options.format, "Output: text (default), json or md")
      ->check(CLI::IsMember({"text", "json", "md", "markdown"}));
  app.add_option("--playbook", options.playbook_path,
                 "Use this playbook file instead of the embedded default");
  app.set_version_flag("--version", "firsthire 0.1.0");

  AddPlaybookVerb(app, options);
  AddDemoVerb(app, options);
  AddUserVerb(app, options);
  AddTokenVerb(app, options);
  AddMigrateVerb(app, options);
  AddBackupVerb(app, options);
  AddRestoreVerb(app, options);
  AddServeVerb(app, options);
  AddTeamVerb(app, options);
  AddAssessVerb(app, options);
  AddKitVerb(app, options);
  AddPlanVerb(app, options);
  AddScoreVerb(app, options);
  AddEvidenceVerb(app, options);
  AddCalibrateVerb(app, options);
  AddReviewVerb(app, options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // Help and version are successes; every usage error is bad input (2).
    return code == 0 ? 0 : 2;
  }
  return options.exit_code;
}

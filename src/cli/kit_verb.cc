// firsthire kit BRIEF [--for interviewer|candidate]: the interview kit for
// the role the brief calls for.
#include <memory>
#include <string>

#include "cli/verbs.h"
#include "firsthire/brief.h"
#include "firsthire/kit.h"
#include "report/kit_report.h"

namespace firsthire {

void AddKitVerb(CLI::App& app, GlobalOptions& options) {
  struct Args {
    std::string path;
    std::string audience = "interviewer";
  };
  auto args = std::make_shared<Args>();
  CLI::App* verb = app.add_subcommand(
      "kit",
      "Interview kit for the role the brief calls for: categories scored 1-5, questions with "
      "strong and weak answers, signal map, red flags, the gate and a 30-60-90 plan question");
  verb->add_option("BRIEF", args->path, "Brief file (YAML or JSON), or - for standard input")
      ->required();
  verb->add_option("--for", args->audience,
                   "interviewer (default): the full kit; candidate: the questions only, without "
                   "scoring anchors, red flags or the gate")
      ->check(CLI::IsMember({"interviewer", "candidate"}));
  verb->callback([&options, args] {
    // CLI11 has checked the value; the fallback never triggers.
    KitAudience audience = ParseKitAudience(args->audience).value_or(KitAudience::kInterviewer);
    options.exit_code = RunRecordVerb<Brief>(
        options, args->path, LoadBrief, [audience](const Playbook& playbook, const Brief& brief) {
          InterviewKit kit = BuildKit(playbook, brief);
          return std::make_pair(KitToJson(kit, audience), KitReport(kit, audience));
        });
  });
}

}  // namespace firsthire

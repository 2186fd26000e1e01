// firsthire demo: the whole journey on a bundled example brief (support
// ticket triage): its assessment, interview kit and 30-60-90 plan.
#include "cli/verbs.h"
#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "firsthire/kit.h"
#include "firsthire/plan.h"
#include "report/assessment_report.h"
#include "report/kit_report.h"
#include "report/plan_report.h"

namespace firsthire {

extern const unsigned char kDemoBriefYaml[];
extern const unsigned long kDemoBriefYaml_size;

namespace {

int RunDemo(const GlobalOptions& options) {
  auto format = ParseOutputFormat(options.format);
  if (!format) return ReportFailure(Status::InvalidInput("unknown --format '" + options.format + "'"));
  auto playbook = SelectPlaybook(options);
  if (!playbook.ok()) return ReportFailure(playbook.status());
  std::string_view text(reinterpret_cast<const char*>(kDemoBriefYaml), kDemoBriefYaml_size);
  Diagnostics diagnostics;
  auto brief = LoadBrief(text, "examples/briefs/support_ticket_triage.yaml", *playbook, &diagnostics);
  if (!brief.ok()) return ReportFailure(brief.status());

  Assessment assessment = Assess(*playbook, *brief);
  InterviewKit kit = BuildKit(*playbook, *brief);
  Plan plan = BuildPlan(*playbook, *brief);
  if (*format == OutputFormat::kJson) {
    nlohmann::json json = {{"brief", brief->workflow.name},
                           {"assessment", AssessmentToJson(assessment)},
                           {"kit", KitToJson(kit)},
                           {"plan", PlanToJson(plan)}};
    return WriteOutput(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  }
  std::string out;
  const std::string rule(80, '-');
  const Report parts[] = {AssessmentReport(assessment, *playbook, brief->workflow.name),
                          KitReport(kit), PlanReport(plan)};
  for (const Report& part : parts) {
    if (!out.empty()) out += *format == OutputFormat::kMarkdown ? "\n---\n\n" : "\n" + rule + "\n\n";
    out += RenderRecord(*format, nullptr, part);
  }
  if (*format == OutputFormat::kText) {
    out += "\n" + rule +
           "\nThat was the demo brief (examples/briefs/support_ticket_triage.yaml). Try your own:\n"
           "  build/src/firsthire assess examples/briefs/policy_search_assistant.yaml\n"
           "  build/src/firsthire score examples/scorecards/<file>.yaml\n"
           "  build/src/firsthire --help\n";
  }
  return WriteOutput(out);
}

}  // namespace

void AddDemoVerb(CLI::App& app, GlobalOptions& options) {
  app.add_subcommand("demo", "Assess a bundled example brief and print its kit and plan")
      ->callback([&options] { options.exit_code = RunDemo(options); });
}

}  // namespace firsthire

// firsthire assess BRIEF: should we hire, who first, through which route.
#include <string>

#include "cli/verbs.h"
#include "firsthire/assess.h"
#include "firsthire/brief.h"
#include "report/assessment_report.h"

namespace firsthire {

void AddAssessVerb(CLI::App& app, GlobalOptions& options) {
  AddRecordVerb<Brief>(
      app, options,
      {"assess",
       "Assess a brief: hire, discovery first or buy a platform; the buyer's problem; the first "
       "hire; the route (freelancer, agency, direct hire, contract-to-hire); risks; next steps",
       "BRIEF", "Brief file (YAML or JSON), or - for standard input"},
      LoadBrief, [](const Playbook& playbook, const Brief& brief) {
        Assessment assessment = Assess(playbook, brief);
        return std::make_pair(AssessmentToJson(assessment),
                              AssessmentReport(assessment, playbook, brief.workflow.name));
      });
}

}  // namespace firsthire

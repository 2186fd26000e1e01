// firsthire plan BRIEF: the 30-60-90 day plan for the hire.
#include <string>

#include "cli/verbs.h"
#include "firsthire/brief.h"
#include "firsthire/plan.h"
#include "report/plan_report.h"

namespace firsthire {

void AddPlanVerb(CLI::App& app, GlobalOptions& options) {
  AddRecordVerb<Brief>(
      app, options,
      {"plan",
       "30-60-90 day plan for the hire, built from the brief's workflow, metric, data and risks, "
       "with an explicit go/no-go for scale",
       "BRIEF", "Brief file (YAML or JSON), or - for standard input"},
      LoadBrief, [](const Playbook& playbook, const Brief& brief) {
        Plan plan = BuildPlan(playbook, brief);
        return std::make_pair(PlanToJson(plan), PlanReport(plan));
      });
}

}  // namespace firsthire

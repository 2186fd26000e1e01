// firsthire score SCORECARDS: one candidate, several interviewers' scorecards.
#include <string>

#include "cli/model_evidence_step.h"
#include "cli/verbs.h"
#include "firsthire/scorecard.h"
#include "report/evaluation_report.h"

namespace firsthire {

void AddScoreVerb(CLI::App& app, GlobalOptions& options) {
  AddRecordVerb<CandidateScorecards>(
      app, options,
      {"score",
       "Aggregate one candidate's scorecards from several interviewers: per-category means, the "
       "gate for a production first hire, red flags, disagreements, weak evidence and a "
       "recommendation (no_hire, risky_first_hire, hire, strong_hire)",
       "SCORECARDS", "Scorecards file (YAML or JSON), or - for standard input"},
      LoadScorecards,
      [](const Playbook& playbook, const CandidateScorecards& input) {
        Evaluation evaluation = Evaluate(playbook, input);
        std::optional<ModelUse> model =
            AddConfiguredModelEvidence(playbook, input, &evaluation.evidence);
        auto record = std::make_pair(EvaluationToJson(evaluation), EvaluationReport(evaluation));
        AddModelUse(model, &record.first["evidence"], &record.second);
        return record;
      },
      CheckModelSettings);
}

}  // namespace firsthire

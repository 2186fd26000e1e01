// firsthire evidence SCORECARDS: what each interviewer's notes say, quoted.
#include <string>

#include "cli/model_evidence_step.h"
#include "cli/verbs.h"
#include "firsthire/evidence.h"
#include "firsthire/scorecard.h"
#include "report/evidence_report.h"

namespace firsthire {

void AddEvidenceVerb(CLI::App& app, GlobalOptions& options) {
  AddRecordVerb<CandidateScorecards>(
      app, options,
      {"evidence",
       "Read one candidate's scorecards for evidence: per interviewer, the quoted words in the "
       "notes and summary that support (strong) or undercut (fail) each category, the red flags "
       "the notes suggest, and mismatches (a high score with only fail evidence, a low score "
       "with only strong evidence, a score without a note, a suggested red flag not ticked). "
       "Optionally a local model adds checked quotes: see FIRSTHIRE_LLM_ENDPOINT in docs/llm.md",
       "SCORECARDS", "Scorecards file (YAML or JSON), or - for standard input"},
      LoadScorecards,
      [](const Playbook& playbook, const CandidateScorecards& input) {
        std::vector<ScorecardEvidence> evidence = ReviewEvidence(playbook, input);
        std::optional<ModelUse> model = AddConfiguredModelEvidence(playbook, input, &evidence);
        std::string who = input.candidate_name.empty() ? input.candidate_id : input.candidate_name;
        auto record = std::make_pair(EvidenceToJson(evidence),
                                     EvidenceReport(playbook, who, evidence));
        AddModelUse(model, &record.first, &record.second);
        return record;
      },
      CheckModelSettings);
}

}  // namespace firsthire

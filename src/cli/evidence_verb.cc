// firsthire evidence SCORECARDS: what each interviewer's notes say, quoted.
#include <string>

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
       "with only strong evidence, a score without a note, a suggested red flag not ticked)",
       "SCORECARDS", "Scorecards file (YAML or JSON), or - for standard input"},
      LoadScorecards, [](const Playbook& playbook, const CandidateScorecards& input) {
        std::vector<ScorecardEvidence> evidence = ReviewEvidence(playbook, input);
        std::string who = input.candidate_name.empty() ? input.candidate_id : input.candidate_name;
        return std::make_pair(EvidenceToJson(evidence), EvidenceReport(playbook, who, evidence));
      });
}

}  // namespace firsthire

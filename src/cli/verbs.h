// Each verb registers itself on the top-level app; main.cc calls these.
// A verb sets options->exit_code from its callback.
#ifndef FIRSTHIRE_CLI_VERBS_H_
#define FIRSTHIRE_CLI_VERBS_H_

#include <CLI/CLI.hpp>

#include "cli/verb_runner.h"

namespace firsthire {

void AddPlaybookVerb(CLI::App& app, GlobalOptions& options);   // playbook_verb.cc
void AddDemoVerb(CLI::App& app, GlobalOptions& options);       // demo_verb.cc
// Added by each verb's file as it lands:
void AddAssessVerb(CLI::App& app, GlobalOptions& options);     // assess_verb.cc
void AddKitVerb(CLI::App& app, GlobalOptions& options);       // kit_verb.cc
void AddPlanVerb(CLI::App& app, GlobalOptions& options);      // plan_verb.cc
void AddScoreVerb(CLI::App& app, GlobalOptions& options);     // score_verb.cc
void AddEvidenceVerb(CLI::App& app, GlobalOptions& options);  // evidence_verb.cc
void AddCalibrateVerb(CLI::App& app, GlobalOptions& options); // calibrate_verb.cc
void AddReviewVerb(CLI::App& app, GlobalOptions& options);    // review_verb.cc
void AddTeamVerb(CLI::App& app, GlobalOptions& options);       // team_verb.cc
void AddServeVerb(CLI::App& app, GlobalOptions& options);      // serve_verb.cc
void AddUserVerb(CLI::App& app, GlobalOptions& options);       // user_verb.cc
void AddTokenVerb(CLI::App& app, GlobalOptions& options);      // token_verb.cc
void AddMigrateVerb(CLI::App& app, GlobalOptions& options);    // migrate_verb.cc
void AddBackupVerb(CLI::App& app, GlobalOptions& options);     // backup_verb.cc
void AddRestoreVerb(CLI::App& app, GlobalOptions& options);    // backup_verb.cc

}  // namespace firsthire

#endif  // FIRSTHIRE_CLI_VERBS_H_

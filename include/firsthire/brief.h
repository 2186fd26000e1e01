// The brief: a one-page description of the workflow, written before any
// interview (docs/product.md section 2). Input of `assess`, `kit` and `plan`.
//
// Every field is optional except workflow.name: what is missing makes
// readiness criteria fail, it never makes the engine fail. std::nullopt and
// empty strings mean "not given". Closed vocabularies are enums
// (firsthire/vocabulary.h).
#ifndef FIRSTHIRE_BRIEF_H_
#define FIRSTHIRE_BRIEF_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "firsthire/diagnostics.h"
#include "firsthire/playbook.h"
#include "firsthire/status.h"
#include "firsthire/vocabulary.h"

namespace firsthire {

struct DataSource {
  std::string name;
  std::optional<DataAccess> access;            // not given: nullopt
  std::optional<DataSensitivity> sensitivity;  // not given: nullopt
};

struct Brief {
  struct Workflow {
    std::string name;
    std::string description;
    std::optional<int64_t> runs_per_week;
    std::optional<bool> standard_product_exists;
    std::optional<WorkflowStage> stage;  // extension
    // The workflow is specific to the business (an off-the-shelf product
    // would flatten what makes it work): an argument for building.
    std::optional<bool> differentiated;
    // Prompting and retrieval were tried and fell short, so model-level work
    // is justified by evidence rather than by the description's words.
    std::optional<bool> baseline_tried;
  } workflow;
  struct Metric {
    std::string name;
    std::optional<double> baseline;
    std::optional<double> target;
    std::string unit;
    // What reaching the target is worth a month, in USD
    // (metric.monthly_value_usd).
    std::optional<double> monthly_value_usd;
  } metric;
  std::vector<DataSource> sources;  // data.sources
  std::optional<bool> data_proprietary;  // data.proprietary: the data is the business's own asset
  struct Constraints {
    std::optional<bool> regulated;
    std::optional<MistakeCost> mistake_cost;
    std::optional<bool> human_review;
    std::optional<int64_t> timeline_weeks;
    std::optional<double> budget_usd;
    // Extensions used by the failure-mode warnings:
    std::optional<double> post_launch_budget_usd;  // model calls, eval upkeep, monitoring
    std::optional<SecurityReview> security_review;
    // What running the system may cost a month (model calls, evaluation
    // upkeep, monitoring). post_launch_budget_usd is read as the same budget
    // when this is absent.
    std::optional<double> monthly_run_budget_usd;
    std::optional<double> cost_per_run_usd;  // overrides the playbook's default per shape
    // The system changes records, sends messages or moves money itself.
    std::optional<bool> takes_actions;
  } constraints;
  // What stays out of the system (scope.out), shown wherever the brief is.
  struct Scope {
    std::vector<std::string> out;
  } scope;
  struct Owner {
    std::string name;
    std::string role;
  } owner;
  std::string shape;  // one of the playbook's shapes, "" = infer
  struct Organisation {
    std::optional<bool> technical_leadership;
    std::optional<bool> ai_is_core_advantage;
    std::optional<Urgency> urgency;
    std::vector<OrganisationNeed> needs;  // no duplicates
    std::optional<bool> want_trial;
  } organisation;
  // Extension: the role being planned, for the failure-mode warnings.
  struct Role {
    std::string title;
    std::optional<RoleLevel> level;
    std::optional<int64_t> hires;
    std::vector<InterviewFocus> interview_focus;  // no duplicates
  } role;
};

// Parses a brief (YAML or JSON text). Shape ids are checked against
// `playbook`. Every problem goes to `diagnostics` (unknown keys as warnings);
// the result is the first error when there is any.
Result<Brief> LoadBrief(std::string_view text, const std::string& source_name,
                        const Playbook& playbook, Diagnostics* diagnostics);

}  // namespace firsthire

#endif  // FIRSTHIRE_BRIEF_H_

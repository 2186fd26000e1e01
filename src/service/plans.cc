#include "service/plans.h"

#include <algorithm>
#include <set>

namespace firsthire::service {
namespace {

nlohmann::json Parsed(const std::string& text) {
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

// The deliverable ids of a plan as PlanToJson writes it.
std::set<std::string> DeliverableIds(const nlohmann::json& plan) {
  std::set<std::string> ids;
  if (!plan.is_object() || !plan.contains("windows") || !plan["windows"].is_array()) return ids;
  for (const auto& window : plan["windows"]) {
    if (!window.is_object() || !window.contains("deliverables")) continue;
    for (const auto& deliverable : window["deliverables"]) {
      if (deliverable.is_object() && deliverable.value("id", nlohmann::json()).is_string()) {
        ids.insert(deliverable["id"].get<std::string>());
      }
    }
  }
  return ids;
}

bool IsState(const nlohmann::json& state) {
  const std::vector<std::string>& states = DeliverableStates();
  return state.is_string() &&
         std::find(states.begin(), states.end(), state.get<std::string>()) != states.end();
}

// The stage a hire decision moves a candidate to ("hired" when the
// playbook's pipeline names none).
std::string HiredStage(const PipelineRules& pipeline) {
  const DecisionKind* hire = pipeline.FindDecision("hire");
  return hire != nullptr && !hire->stage.empty() ? hire->stage : "hired";
}

std::string StageTitle(const PipelineRules& pipeline, const std::string& id) {
  const PipelineStage* stage = pipeline.FindStage(id);
  return stage != nullptr ? stage->title : id;
}

// kInvalidInput on "candidate_id" unless the plan's candidate exists and is
// at the hired stage: a 90-day decision is about someone who was hired.
Status CheckHired(Store& store, const PipelineRules& pipeline, const std::string& candidate_id) {
  const Location where{.field = "candidate_id"};
  Result<store::StoredCandidate> candidate = store.GetCandidate(candidate_id);
  if (!candidate.ok() && candidate.status().code() != Code::kNotFound) return candidate.status();
  if (!candidate.ok() || candidate->erased) {
    return Status::InvalidInput(
        "the candidate this plan was made for no longer exists, so there is no hire to decide "
        "about",
        where);
  }
  const std::string hired = HiredStage(pipeline);
  if (candidate->stage == hired) return Status::Ok();
  return Status::InvalidInput(
      "a 90-day decision is about someone who was hired, and " + candidate->name +
          " is at the stage '" + StageTitle(pipeline, candidate->stage) + "', not '" +
          StageTitle(pipeline, hired) +
          "': record the hire decision on their page (or move them to that stage) first",
      where);
}

}  // namespace

Result<store::StoredPlan> CreatePlan(Store& store, const NewPlan& plan, const std::string& actor) {
  store::StoredPlan record;
  record.opening_id = plan.opening_id;
  record.candidate_id = plan.candidate_id;
  record.plan_json = plan.plan_json;
  record.status_json = "{}";
  if (!plan.opening_id.empty()) {
    auto opening = store.GetOpening(plan.opening_id);
    if (!opening.ok()) {
      if (opening.status().code() != Code::kNotFound) return opening.status();
      return Status::InvalidInput("no such opening", {.field = "opening_id"});
    }
    if (record.plan_json.empty()) record.plan_json = opening->plan_json;
  }
  if (!plan.candidate_id.empty()) {
    auto candidate = store.GetCandidate(plan.candidate_id);
    if (!candidate.ok() && candidate.status().code() != Code::kNotFound) return candidate.status();
    if (!candidate.ok() || candidate->erased) {
      return Status::InvalidInput("no such candidate", {.field = "candidate_id"});
    }
  }
  if (record.plan_json.empty()) {
    return Status::InvalidInput("give the plan, or an opening_id whose brief gives one",
                                {.field = "plan"});
  }
  return store.CreatePlan(record, actor);
}

const std::vector<std::string>& DeliverableStates() {
  static const std::vector<std::string> kStates = {"todo", "in_progress", "done", "blocked"};
  return kStates;
}

Result<store::StoredPlan> SetDeliverableStates(Store& store, const std::string& plan_id,
                                               const nlohmann::json& updates,
                                               const std::string& actor) {
  store::StoredPlan updated;
  FH_RETURN_IF_ERROR(store.InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(store::StoredPlan plan, tx.GetPlan(plan_id));
    const std::set<std::string> known = DeliverableIds(Parsed(plan.plan_json));
    nlohmann::json status = Parsed(plan.status_json);
    if (!status.is_object()) status = nlohmann::json::object();
    for (const auto& [id, state] : updates.items()) {
      const Location where{.field = "status." + id};
      if (!known.empty() && known.count(id) == 0) {
        return Status::InvalidInput("the plan has no deliverable '" + id + "'", where);
      }
      if (!IsState(state)) {
        return Status::InvalidInput("status must be todo, in_progress, done or blocked", where);
      }
      status[id] = state;
    }
    plan.status_json = status.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    FH_ASSIGN_OR_RETURN(updated, tx.UpdatePlan(plan, actor));
    return Status::Ok();
  }));
  return updated;
}

const std::vector<std::string>& PlanOutcomes() {
  static const std::vector<std::string> kOutcomes = {"go", "no_go"};
  return kOutcomes;
}

Result<store::StoredPlan> RecordPlanOutcome(Store& store, const PipelineRules& pipeline,
                                            const std::string& plan_id, const std::string& decision,
                                            const std::string& reason, const std::string& actor,
                                            Millis now) {
  const std::vector<std::string>& outcomes = PlanOutcomes();
  if (std::find(outcomes.begin(), outcomes.end(), decision) == outcomes.end()) {
    return Status::InvalidInput("decision must be go or no_go", Location{.field = "decision"});
  }
  if (reason.empty() || reason.size() > 2000) {
    return Status::InvalidInput("give the reason for the decision (up to 2000 characters)",
                                Location{.field = "reason"});
  }
  store::StoredPlan updated;
  FH_RETURN_IF_ERROR(store.InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(store::StoredPlan plan, tx.GetPlan(plan_id));
    if (plan.candidate_id.empty()) {
      return Status::InvalidInput(
          "a 90-day decision belongs to a hire: link the plan to the candidate first",
          Location{.field = "candidate_id"});
    }
    FH_RETURN_IF_ERROR(CheckHired(tx, pipeline, plan.candidate_id));
    plan.outcome = decision;
    plan.outcome_reason = reason;
    plan.outcome_by = actor;
    plan.outcome_at = now;
    FH_ASSIGN_OR_RETURN(updated, tx.UpdatePlan(plan, actor));
    return Status::Ok();
  }));
  return updated;
}

Result<Listing<store::StoredPlan>> ListPlans(Store& store, const PlanFilter& filter, Page page) {
  return store.ListPlans(filter, page);
}

Result<store::StoredPlan> GetPlan(Store& store, const std::string& plan_id) {
  return store.GetPlan(plan_id);
}

Status DeletePlan(Store& store, const std::string& plan_id, const std::string& actor) {
  return store.DeletePlan(plan_id, actor);
}

}  // namespace firsthire::service

// LoadBrief: brief YAML/JSON → Brief.
#include "firsthire/brief.h"
#include "input/document.h"

namespace firsthire {

const std::vector<std::string>& DataAccessLevels() {
  static const std::vector<std::string> v = {"available", "requested", "unavailable"};
  return v;
}
const std::vector<std::string>& DataSensitivities() {
  static const std::vector<std::string> v = {"public", "internal", "confidential", "regulated"};
  return v;
}
const std::vector<std::string>& MistakeCosts() {
  static const std::vector<std::string> v = {"low", "medium", "high", "critical"};
  return v;
}
const std::vector<std::string>& UrgencyLevels() {
  static const std::vector<std::string> v = {"low", "medium", "high"};
  return v;
}
const std::vector<std::string>& OrganisationNeeds() {
  static const std::vector<std::string> v = {"ai",     "backend", "deployment", "qa",
                                             "design", "data",    "product",    "change_management"};
  return v;
}
const std::vector<std::string>& WorkflowStages() {
  static const std::vector<std::string> v = {"idea", "prototype", "live"};
  return v;
}
const std::vector<std::string>& SecurityReviewStages() {
  static const std::vector<std::string> v = {"design", "before_launch", "after_launch", "none"};
  return v;
}
const std::vector<std::string>& RoleLevels() {
  static const std::vector<std::string> v = {"junior", "mid", "senior", "staff"};
  return v;
}
const std::vector<std::string>& InterviewFocusAreas() {
  static const std::vector<std::string> v = {"model_familiarity", "tools", "system_ownership",
                                             "evaluation", "security", "cost", "product"};
  return v;
}

namespace {

std::string OptEnum(const InputNode& n, const std::vector<std::string>& allowed, std::string_view what) {
  return n.Enum(allowed, what).value_or("");
}

std::vector<std::string> EnumList(const InputNode& n, const std::vector<std::string>& allowed,
                                  std::string_view what) {
  std::vector<std::string> out;
  std::vector<InputNode> items = n.IsScalar() ? std::vector<InputNode>{n} : n.Items();
  for (const InputNode& item : items) {
    if (auto v = item.Enum(allowed, what)) {
      bool dup = false;
      for (const auto& o : out) dup = dup || o == *v;
      if (!dup) out.push_back(*v);
    }
  }
  return out;
}

}  // namespace

Result<Brief> LoadBrief(std::string_view text, const std::string& source_name,
                        const Playbook& playbook, Diagnostics* diagnostics) {
  auto doc = Document::Parse(text, source_name);
  if (!doc.ok()) return doc.status();
  InputNode root = doc->root(diagnostics);
  Brief b;
  if (!root.ExpectMap({"workflow", "metric", "data", "constraints", "owner", "shape",
                       "organisation", "role", "scope"})) {
    return diagnostics->FirstError();
  }

  InputNode w = root.Get("workflow");
  if (w.Require() && w.ExpectMap({"name", "description", "runs_per_week",
                                  "standard_product_exists", "stage", "differentiated",
                                  "baseline_tried"})) {
    if (w.Get("name").Require()) b.workflow.name = w.Get("name").String().value_or("");
    b.workflow.description = w.Get("description").String().value_or("");
    b.workflow.runs_per_week = w.Get("runs_per_week").Integer(0, 100'000'000);
    b.workflow.standard_product_exists = w.Get("standard_product_exists").Bool();
    b.workflow.stage = OptEnum(w.Get("stage"), WorkflowStages(), "workflow stage");
    b.workflow.differentiated = w.Get("differentiated").Bool();
    b.workflow.baseline_tried = w.Get("baseline_tried").Bool();
  }

  InputNode m = root.Get("metric");
  if (m.ExpectMap({"name", "baseline", "target", "unit", "monthly_value_usd"})) {
    b.metric.name = m.Get("name").String().value_or("");
    b.metric.baseline = m.Get("baseline").Number(-1e15, 1e15);
    b.metric.target = m.Get("target").Number(-1e15, 1e15);
    b.metric.unit = m.Get("unit").String().value_or("");
    b.metric.monthly_value_usd = m.Get("monthly_value_usd").Number(0, 1e12);
  }

  InputNode data = root.Get("data");
  if (data.ExpectMap({"sources", "proprietary"})) {
    b.data_proprietary = data.Get("proprietary").Bool();
    for (const InputNode& s : data.Get("sources").Items()) {
      if (!s.ExpectMap({"name", "access", "sensitivity"})) {
        if (s.present()) continue;
      }
      DataSource src;
      if (s.Get("name").Require()) src.name = s.Get("name").String().value_or("");
      src.access = OptEnum(s.Get("access"), DataAccessLevels(), "access level");
      src.sensitivity = OptEnum(s.Get("sensitivity"), DataSensitivities(), "sensitivity");
      b.sources.push_back(std::move(src));
    }
  }

  InputNode c = root.Get("constraints");
  if (c.ExpectMap({"regulated", "mistake_cost", "human_review", "timeline_weeks", "budget_usd",
                   "post_launch_budget_usd", "security_review", "monthly_run_budget_usd",
                   "cost_per_run_usd", "takes_actions"})) {
    b.constraints.regulated = c.Get("regulated").Bool();
    b.constraints.mistake_cost = OptEnum(c.Get("mistake_cost"), MistakeCosts(), "mistake cost");
    b.constraints.human_review = c.Get("human_review").Bool();
    b.constraints.timeline_weeks = c.Get("timeline_weeks").Integer(0, 520);
    b.constraints.budget_usd = c.Get("budget_usd").Number(0, 1e12);
    b.constraints.post_launch_budget_usd = c.Get("post_launch_budget_usd").Number(0, 1e12);
    b.constraints.security_review =
        OptEnum(c.Get("security_review"), SecurityReviewStages(), "security review stage");
    b.constraints.monthly_run_budget_usd = c.Get("monthly_run_budget_usd").Number(0, 1e12);
    b.constraints.cost_per_run_usd = c.Get("cost_per_run_usd").Number(0, 1e6);
    b.constraints.takes_actions = c.Get("takes_actions").Bool();
  }

  InputNode o = root.Get("owner");
  if (o.IsScalar()) {
    b.owner.name = o.String().value_or("");  // "owner: Dana" is accepted too
  } else if (o.ExpectMap({"name", "role"})) {
    b.owner.name = o.Get("name").String().value_or("");
    b.owner.role = o.Get("role").String().value_or("");
  }

  b.shape = OptEnum(root.Get("shape"), playbook.ShapeIds(), "project shape");

  InputNode org = root.Get("organisation");
  if (org.ExpectMap({"technical_leadership", "ai_is_core_advantage", "urgency", "needs",
                     "want_trial"})) {
    b.organisation.technical_leadership = org.Get("technical_leadership").Bool();
    b.organisation.ai_is_core_advantage = org.Get("ai_is_core_advantage").Bool();
    b.organisation.urgency = OptEnum(org.Get("urgency"), UrgencyLevels(), "urgency");
    b.organisation.needs = EnumList(org.Get("needs"), OrganisationNeeds(), "need");
    b.organisation.want_trial = org.Get("want_trial").Bool();
  }

  InputNode scope = root.Get("scope");
  if (scope.ExpectMap({"out"})) b.scope.out = scope.Get("out").Strings();

  InputNode role = root.Get("role");
  if (role.ExpectMap({"title", "level", "hires", "interview_focus"})) {
    b.role.title = role.Get("title").String().value_or("");
    b.role.level = OptEnum(role.Get("level"), RoleLevels(), "role level");
    b.role.hires = role.Get("hires").Integer(1, 1000);
    b.role.interview_focus = EnumList(role.Get("interview_focus"), InterviewFocusAreas(), "interview focus");
  }

  if (diagnostics->has_errors()) return diagnostics->FirstError();
  return b;
}

}  // namespace firsthire

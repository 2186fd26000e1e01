// LoadBrief: brief YAML/JSON → Brief.
#include <algorithm>

#include "firsthire/brief.h"
#include "input/document.h"
#include "input/record_readers.h"

namespace firsthire {

namespace {

// One id of E's vocabulary; `what` names it in messages ("access level").
template <typename E>
std::optional<E> OptEnum(const InputNode& n, std::string_view what) {
  const NameTable<E>& names = NamesOf<E>();
  std::optional<std::string> id = n.Enum(names.Ids(), what);
  return id ? names.Find(*id) : std::nullopt;
}

// A list of E's ids (a single id is a list of one); duplicates are dropped.
template <typename E>
std::vector<E> EnumList(const InputNode& n, std::string_view what) {
  std::vector<E> out;
  std::vector<InputNode> items = n.IsScalar() ? std::vector<InputNode>{n} : n.Items();
  for (const InputNode& item : items) {
    std::optional<E> v = OptEnum<E>(item, what);
    if (v && std::find(out.begin(), out.end(), *v) == out.end()) out.push_back(*v);
  }
  return out;
}

}  // namespace

Result<Brief> LoadBrief(std::string_view text, const std::string& source_name,
                        const Playbook& playbook, Diagnostics* diagnostics) {
  FH_ASSIGN_OR_RETURN(Document doc, Document::Parse(text, source_name));
  return ReadBrief(doc.root(diagnostics), playbook);
}

Result<Brief> ReadBrief(const InputNode& root, const Playbook& playbook) {
  Diagnostics* diagnostics = root.diagnostics();
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
    b.workflow.stage = OptEnum<WorkflowStage>(w.Get("stage"), "workflow stage");
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
      src.access = OptEnum<DataAccess>(s.Get("access"), "access level");
      src.sensitivity = OptEnum<DataSensitivity>(s.Get("sensitivity"), "sensitivity");
      b.sources.push_back(std::move(src));
    }
  }

  InputNode c = root.Get("constraints");
  if (c.ExpectMap({"regulated", "mistake_cost", "human_review", "timeline_weeks", "budget_usd",
                   "post_launch_budget_usd", "security_review", "monthly_run_budget_usd",
                   "cost_per_run_usd", "takes_actions"})) {
    b.constraints.regulated = c.Get("regulated").Bool();
    b.constraints.mistake_cost = OptEnum<MistakeCost>(c.Get("mistake_cost"), "mistake cost");
    b.constraints.human_review = c.Get("human_review").Bool();
    b.constraints.timeline_weeks = c.Get("timeline_weeks").Integer(0, 520);
    b.constraints.budget_usd = c.Get("budget_usd").Number(0, 1e12);
    b.constraints.post_launch_budget_usd = c.Get("post_launch_budget_usd").Number(0, 1e12);
    b.constraints.security_review =
        OptEnum<SecurityReview>(c.Get("security_review"), "security review stage");
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

  b.shape = root.Get("shape").Enum(playbook.ShapeIds(), "project shape").value_or("");

  InputNode org = root.Get("organisation");
  if (org.ExpectMap({"technical_leadership", "ai_is_core_advantage", "urgency", "needs",
                     "want_trial"})) {
    b.organisation.technical_leadership = org.Get("technical_leadership").Bool();
    b.organisation.ai_is_core_advantage = org.Get("ai_is_core_advantage").Bool();
    b.organisation.urgency = OptEnum<Urgency>(org.Get("urgency"), "urgency");
    b.organisation.needs = EnumList<OrganisationNeed>(org.Get("needs"), "need");
    b.organisation.want_trial = org.Get("want_trial").Bool();
  }

  InputNode scope = root.Get("scope");
  if (scope.ExpectMap({"out"})) b.scope.out = scope.Get("out").Strings();

  InputNode role = root.Get("role");
  if (role.ExpectMap({"title", "level", "hires", "interview_focus"})) {
    b.role.title = role.Get("title").String().value_or("");
    b.role.level = OptEnum<RoleLevel>(role.Get("level"), "role level");
    b.role.hires = role.Get("hires").Integer(1, 1000);
    b.role.interview_focus = EnumList<InterviewFocus>(role.Get("interview_focus"), "interview focus");
  }

  if (diagnostics->has_errors()) return diagnostics->FirstError();
  return b;
}

}  // namespace firsthire

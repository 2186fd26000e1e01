// LoadProposal: vendor proposal YAML/JSON -> Proposal.
#include "firsthire/review.h"
#include "input/document.h"
#include "input/record_readers.h"

namespace firsthire {

Result<Proposal> LoadProposal(std::string_view text, const std::string& source_name,
                              const Playbook& playbook, Diagnostics* diagnostics) {
  FH_ASSIGN_OR_RETURN(Document doc, Document::Parse(text, source_name));
  return ReadProposal(doc.root(diagnostics), playbook);
}

Result<Proposal> ReadProposal(const InputNode& root, const Playbook& playbook) {
  Diagnostics* diagnostics = root.diagnostics();
  Proposal p;
  if (!root.ExpectMap({"vendor", "summary", "answers", "deliverables", "handoff", "pricing"})) {
    if (!diagnostics->has_errors()) root.Error("expected a proposal mapping with a 'vendor'");
    return diagnostics->FirstError();
  }

  InputNode vendor = root.Get("vendor");
  if (vendor.Require() && vendor.ExpectMap({"name", "route"})) {
    InputNode name = vendor.Get("name");
    if (name.Require()) p.vendor.name = name.String().value_or("");
    if (name.IsScalar() && p.vendor.name.find_first_not_of(" \t\r\n") == std::string::npos) {
      name.Error("the vendor's name is empty; say who the proposal is from");
    }
    p.vendor.route = vendor.Get("route").Enum(playbook.RouteIds(), "route").value_or("");
  }

  p.summary = root.Get("summary").String().value_or("");

  InputNode answers = root.Get("answers");
  std::vector<std::string> question_ids;
  for (const RiskQuestion& q : playbook.risk_questions) question_ids.push_back(q.id);
  if (answers.ExpectMap(question_ids)) {
    for (const std::string& id : question_ids) {
      if (auto answer = answers.Get(id).String()) p.answers[id] = *answer;
    }
  }

  for (const InputNode& item : root.Get("deliverables").Items()) {
    if (auto d = item.String()) p.deliverables.push_back(*d);
  }

  InputNode handoff = root.Get("handoff");
  if (handoff.ExpectMap({"repository", "prompts", "eval_logic", "operating_notes",
                         "knowledge_transfer_clause"})) {
    p.handoff.repository = handoff.Get("repository").Bool();
    p.handoff.prompts = handoff.Get("prompts").Bool();
    p.handoff.eval_logic = handoff.Get("eval_logic").Bool();
    p.handoff.operating_notes = handoff.Get("operating_notes").Bool();
    p.handoff.knowledge_transfer_clause = handoff.Get("knowledge_transfer_clause").Bool();
  }

  InputNode pricing = root.Get("pricing");
  if (pricing.ExpectMap({"build_usd", "monthly_run_usd"})) {
    p.pricing.build_usd = pricing.Get("build_usd").Number(0, 1e12);
    p.pricing.monthly_run_usd = pricing.Get("monthly_run_usd").Number(0, 1e12);
  }

  if (diagnostics->has_errors()) return diagnostics->FirstError();
  return p;
}

}  // namespace firsthire

#include "service/openings.h"

namespace firsthire::service {
namespace {

Status FieldError(const std::string& field, std::string message) {
  return Status::InvalidInput(std::move(message), {.field = field});
}

// Sets the opening's brief and what is derived from it; the archetype too
// unless the change chose one.
Status AttachBrief(Store& store, store::StoredOpening& opening, const std::string& brief_id,
                   bool keep_archetype, const OpeningDeriver& derive) {
  opening.brief_id = brief_id;
  if (brief_id.empty()) return Status::Ok();
  auto brief = store.GetBrief(brief_id);
  if (!brief.ok()) {
    if (brief.status().code() == Code::kNotFound) return FieldError("brief_id", "no such brief");
    return brief.status();
  }
  FH_ASSIGN_OR_RETURN(OpeningParts parts, derive(brief->input_json, "brief_id"));
  opening.kit_json = std::move(parts.kit_json);
  opening.plan_json = std::move(parts.plan_json);
  if (!keep_archetype) opening.archetype = std::move(parts.archetype);
  return Status::Ok();
}

Status Apply(Store& store, const Playbook& playbook, const OpeningChange& change,
             const OpeningDeriver& derive, store::StoredOpening& opening) {
  if (change.title) opening.title = *change.title;
  if (change.status) opening.status = *change.status;
  if (change.archetype) {
    bool known = change.archetype->empty();
    for (const auto& entry : playbook.archetypes) known = known || entry.id == *change.archetype;
    if (!known) return FieldError("archetype", "unknown archetype '" + *change.archetype + "'");
    opening.archetype = *change.archetype;
  }
  if (change.brief_id) {
    return AttachBrief(store, opening, *change.brief_id, change.archetype.has_value(), derive);
  }
  return Status::Ok();
}

}  // namespace

Result<store::StoredOpening> CreateOpening(Store& store, const Playbook& playbook,
                                           const OpeningChange& change,
                                           const OpeningDeriver& derive, const std::string& actor) {
  store::StoredOpening opening;
  opening.status = "open";
  FH_RETURN_IF_ERROR(Apply(store, playbook, change, derive, opening));
  return store.CreateOpening(opening, actor);
}

Result<store::StoredOpening> UpdateOpening(Store& store, const Playbook& playbook,
                                           const std::string& id,
                                           const ChangeReader<OpeningChange>& read,
                                           const OpeningDeriver& derive, const std::string& actor) {
  FH_ASSIGN_OR_RETURN(store::StoredOpening opening, store.GetOpening(id));
  FH_ASSIGN_OR_RETURN(OpeningChange change, read());
  FH_RETURN_IF_ERROR(Apply(store, playbook, change, derive, opening));
  return store.UpdateOpening(opening, actor);
}

}  // namespace firsthire::service

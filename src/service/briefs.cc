#include "service/briefs.h"

namespace firsthire::service {
namespace {

Status RefreshOpeningsOf(Store& tx, const std::string& brief_id, const Result<OpeningParts>& parts,
                         const std::string& actor) {
  OpeningFilter filter;
  filter.brief_id = brief_id;
  Page page{.limit = 500, .offset = 0};
  while (true) {
    FH_ASSIGN_OR_RETURN(Listing<store::StoredOpening> openings, tx.ListOpenings(filter, page));
    for (store::StoredOpening& opening : openings.items) {
      FH_RETURN_IF_ERROR(parts.status());
      opening.kit_json = parts->kit_json;
      opening.plan_json = parts->plan_json;
      FH_RETURN_IF_ERROR(tx.UpdateOpening(opening, actor).status());
    }
    page.offset += static_cast<std::int64_t>(openings.items.size());
    if (openings.items.empty() || page.offset >= openings.total) return Status::Ok();
  }
}

void Apply(const BriefChange& change, store::StoredBrief& brief) {
  if (change.title) brief.title = *change.title;
  if (change.input_json) {
    brief.input_json = *change.input_json;
    brief.assessment_json = change.assessment_json;
  }
}

}  // namespace

Result<store::StoredBrief> CreateBrief(Store& store, const BriefChange& change,
                                       const std::string& actor) {
  if (!change.input_json) return Status::InvalidInput("brief is required", {.field = "brief"});
  store::StoredBrief brief;
  Apply(change, brief);
  if (!change.title) {
    std::string name = NameInDocument(brief.input_json, "workflow");
    brief.title = name.empty() ? "Untitled brief" : name;
  }
  return store.CreateBrief(brief, actor);
}

Result<store::StoredBrief> UpdateBrief(Store& store, const std::string& id,
                                       const ChangeReader<BriefChange>& read,
                                       const OpeningDeriver& derive, const std::string& actor) {
  FH_ASSIGN_OR_RETURN(store::StoredBrief brief, store.GetBrief(id));
  FH_ASSIGN_OR_RETURN(BriefChange change, read());
  Apply(change, brief);
  // What the brief's openings carry, computed once, outside the transaction.
  Result<OpeningParts> parts = derive(brief.input_json, "brief");
  return UpdateBriefAndOpenings(store, brief, parts, actor);
}

Result<store::StoredBrief> UpdateBriefAndOpenings(Store& store, const store::StoredBrief& brief,
                                                  const Result<OpeningParts>& parts,
                                                  const std::string& actor) {
  store::StoredBrief updated;
  FH_RETURN_IF_ERROR(store.InTransaction([&](Store& tx) {
    FH_ASSIGN_OR_RETURN(updated, tx.UpdateBrief(brief, actor));
    return RefreshOpeningsOf(tx, updated.id, parts, actor);
  }));
  return updated;
}

}  // namespace firsthire::service

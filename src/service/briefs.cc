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

}  // namespace

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

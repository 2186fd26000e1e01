#include "http/opening_view.h"

#include "http/api_request.h"

namespace firsthire::http {

nlohmann::json KitWithoutBriefFacts(nlohmann::json kit) {
  if (kit.is_object()) {
    if (auto question = kit.find("plan_question");
        question != kit.end() && question->is_object()) {
      question->erase("expected");
    }
  }
  return kit;
}

void ShapeOpeningFor(const Request& request, store::StoredOpening& opening) {
  if (IsManager(request)) return;
  opening.plan_json.clear();
  if (!opening.kit_json.empty()) {
    opening.kit_json = JsonText(KitWithoutBriefFacts(StoredJson(opening.kit_json)));
  }
}

}  // namespace firsthire::http

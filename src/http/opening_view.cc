#include "http/opening_view.h"

#include <initializer_list>

#include "http/api_request.h"

namespace firsthire::http {
namespace {

using nlohmann::json;

// `object` with only the members named in `keep` (those it has).
json Only(const json& object, std::initializer_list<const char*> keep) {
  json out = json::object();
  if (!object.is_object()) return out;
  for (const char* name : keep) {
    if (auto it = object.find(name); it != object.end()) out[name] = *it;
  }
  return out;
}

// Each element of an array reduced to the members in `keep`.
json EachOnly(const json& array, std::initializer_list<const char*> keep) {
  json out = json::array();
  if (!array.is_array()) return out;
  for (const json& item : array) out.push_back(Only(item, keep));
  return out;
}

}  // namespace

json CandidateFacingKit(const json& kit) {
  if (!kit.is_object()) return nullptr;
  json out = json::object();
  if (kit.contains("playbook")) out["playbook"] = kit["playbook"];
  out["audience"] = "candidate";
  out["role"] = Only(kit.value("role", json()), {"archetype", "title", "description"});
  if (kit.contains("scale")) out["scale"] = kit["scale"];
  out["categories"] = EachOnly(kit.value("categories", json()), {"id", "title"});
  out["questions"] = EachOnly(kit.value("questions", json()), {"id", "text", "categories"});
  out["plan_question"] = Only(kit.value("plan_question", json()), {"text"});
  return out;
}

void ShapeOpeningFor(const Request& request, Opening& opening) {
  if (IsManager(request)) return;
  opening.plan_json.clear();
  if (!opening.kit_json.empty()) {
    json kit = CandidateFacingKit(StoredJson(opening.kit_json));
    opening.kit_json = kit.is_null() ? std::string() : JsonText(kit);
  }
}

}  // namespace firsthire::http

#include "service/record_change.h"

#include <nlohmann/json.hpp>

namespace firsthire::service {

std::string NameInDocument(std::string_view json_text, std::string_view object) {
  nlohmann::json document = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object()) return "";
  auto part = document.find(object);
  if (part == document.end() || !part->is_object()) return "";
  auto name = part->find("name");
  return name != part->end() && name->is_string() ? name->get<std::string>() : "";
}

}  // namespace firsthire::service

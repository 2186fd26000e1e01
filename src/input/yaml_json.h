// Converting a parsed YAML value to JSON, for documents shown to machines
// as they were written (the playbook at GET /api/v1/playbook).
#ifndef FIRSTHIRE_INPUT_YAML_JSON_H_
#define FIRSTHIRE_INPUT_YAML_JSON_H_

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

namespace firsthire {

// Mappings become objects (keys in document order are not kept: JSON objects
// are unordered), sequences arrays; plain scalars that read as integers,
// numbers or true/false become those, everything else (quoted scalars too)
// strings; null stays null.
nlohmann::json YamlToJson(const YAML::Node& node);

}  // namespace firsthire

#endif  // FIRSTHIRE_INPUT_YAML_JSON_H_

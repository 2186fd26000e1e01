// For the tests only: checks a JSON value against a schema of the OpenAPI
// document (openapi.h), so a test can show that what the server really sends
// is what the document says. It understands the subset the document uses:
// $ref (into the same document), anyOf (a branch must fit), oneOf (exactly
// one branch must fit), type (a name or a list of names), enum, const,
// properties, required, additionalProperties and items. It is stricter than JSON Schema in one way:
// in a schema that lists properties, an object key that is neither one of
// them nor covered by additionalProperties is a violation, so an
// undocumented key in an answer fails the test that sends it.
#ifndef FIRSTHIRE_HTTP_SCHEMA_CHECK_H_
#define FIRSTHIRE_HTTP_SCHEMA_CHECK_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace firsthire::http::testing {

namespace schema_check_internal {

inline bool HasType(const nlohmann::json& value, const std::string& type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  if (type == "number") return value.is_number();
  if (type == "integer") return value.is_number_integer();
  return false;
}

inline void Check(const nlohmann::json& document, const nlohmann::json& schema,
                  const nlohmann::json& value, const std::string& path,
                  std::vector<std::string>& out) {
  if (!schema.is_object()) {
    out.push_back(path + ": the schema is not an object");
    return;
  }
  if (auto ref = schema.find("$ref"); ref != schema.end()) {
    nlohmann::json::json_pointer pointer(ref->get<std::string>().substr(1));
    if (!document.contains(pointer)) {
      out.push_back(path + ": unresolved " + ref->get<std::string>());
      return;
    }
    Check(document, document.at(pointer), value, path, out);
    return;
  }
  // anyOf: at least one branch fits; oneOf: exactly one does.
  for (const char* combinator : {"anyOf", "oneOf"}) {
    auto branches = schema.find(combinator);
    if (branches == schema.end()) continue;
    const bool exactly_one = std::string(combinator) == "oneOf";
    std::vector<std::string> first;
    int fitting = 0;
    for (const auto& branch : *branches) {
      std::vector<std::string> found;
      Check(document, branch, value, path, found);
      if (found.empty()) {
        ++fitting;
        if (!exactly_one) break;
      } else if (first.empty()) {
        first = std::move(found);
      }
    }
    if (fitting == 0) {
      out.push_back(path + ": fits none of " + combinator +
                    " (first: " + (first.empty() ? std::string("?") : first.front()) + ")");
      return;
    }
    if (exactly_one && fitting > 1) {
      out.push_back(path + ": fits " + std::to_string(fitting) + " branches of oneOf, not one");
      return;
    }
  }
  if (auto type = schema.find("type"); type != schema.end()) {
    bool fits = false;
    if (type->is_string()) {
      fits = HasType(value, type->get<std::string>());
    } else {
      for (const auto& name : *type) fits = fits || HasType(value, name.get<std::string>());
    }
    if (!fits) {
      out.push_back(path + ": expected " + type->dump() + ", got " + value.type_name());
      return;
    }
  }
  if (auto values = schema.find("enum"); values != schema.end()) {
    bool known = false;
    for (const auto& allowed : *values) known = known || allowed == value;
    if (!known) out.push_back(path + ": " + value.dump() + " is not one of " + values->dump());
  }
  if (auto constant = schema.find("const"); constant != schema.end() && *constant != value) {
    out.push_back(path + ": expected " + constant->dump());
  }
  if (value.is_object()) {
    if (auto required = schema.find("required"); required != schema.end()) {
      for (const auto& name : *required) {
        if (!value.contains(name.get<std::string>())) {
          out.push_back(path + ": missing required key " + name.get<std::string>());
        }
      }
    }
    const auto properties = schema.find("properties");
    const auto additional = schema.find("additionalProperties");
    for (const auto& [key, item] : value.items()) {
      if (properties != schema.end() && properties->contains(key)) {
        Check(document, (*properties)[key], item, path + "." + key, out);
      } else if (additional != schema.end() && additional->is_object()) {
        Check(document, *additional, item, path + "." + key, out);
      } else if (properties != schema.end() &&
                 (additional == schema.end() || *additional != true)) {
        out.push_back(path + ": undeclared key " + key);
      }
    }
  }
  if (value.is_array()) {
    if (auto items = schema.find("items"); items != schema.end()) {
      for (size_t i = 0; i < value.size(); ++i) {
        Check(document, *items, value[i], path + "[" + std::to_string(i) + "]", out);
      }
    }
  }
}

}  // namespace schema_check_internal

// Every way `value` departs from `schema` (resolved in `document`), each as
// "path: what is wrong"; empty when it fits. `path` names the value's root.
inline std::vector<std::string> SchemaViolations(const nlohmann::json& document,
                                                 const nlohmann::json& schema,
                                                 const nlohmann::json& value,
                                                 const std::string& path = "$") {
  std::vector<std::string> out;
  schema_check_internal::Check(document, schema, value, path, out);
  return out;
}

}  // namespace firsthire::http::testing

#endif  // FIRSTHIRE_HTTP_SCHEMA_CHECK_H_

#include "llm/json_schema.h"

#include <set>

namespace firsthire::llm {
namespace {

using nlohmann::json;

const std::set<std::string>& KnownKeywords() {
  static const std::set<std::string> kKnown = {"title",
                                               "description",
                                               "type",
                                               "enum",
                                               "required",
                                               "properties",
                                               "items",
                                               "minLength",
                                               "maxLength",
                                               "maxItems",
                                               "additionalProperties"};
  return kKnown;
}

// JSON Schema's type names are nlohmann's type_name() ("object", "array",
// "string", "number", "boolean", "null"), plus "integer".
bool HasType(const json& value, const std::string& type) {
  return type == "integer" ? value.is_number_integer() : type == value.type_name();
}

std::string Join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

std::string At(const std::string& path) { return path.empty() ? "the answer" : path; }

class Checker {
 public:
  explicit Checker(SchemaCheck* out) : out_(out) {}

  void Check(const json& schema, const json& value, const std::string& path) {
    for (const auto& [keyword, ignored] : schema.items()) {
      if (!KnownKeywords().count(keyword)) Fail(path, "the schema uses unknown keyword " + keyword);
    }
    if (auto type = schema.find("type"); type != schema.end()) {
      if (!HasType(value, type->get<std::string>())) {
        Fail(path, "expected " + type->get<std::string>() + ", got " + value.type_name());
        return;
      }
    }
    if (auto options = schema.find("enum"); options != schema.end()) {
      bool found = false;
      for (const json& option : *options) found = found || option == value;
      if (!found) Fail(path, "not one of " + options->dump());
    }
    if (value.is_string()) CheckString(schema, value.get_ref<const std::string&>(), path);
    if (value.is_array()) CheckArray(schema, value, path);
    if (value.is_object()) CheckObject(schema, value, path);
  }

 private:
  void Fail(const std::string& path, const std::string& what) {
    out_->violations.push_back(At(path) + ": " + what);
  }

  void CheckString(const json& schema, const std::string& s, const std::string& path) {
    if (schema.contains("minLength") && s.size() < schema["minLength"].get<size_t>()) {
      Fail(path, "shorter than " + schema["minLength"].dump() + " bytes");
    }
    if (schema.contains("maxLength") && s.size() > schema["maxLength"].get<size_t>()) {
      Fail(path, "longer than " + schema["maxLength"].dump() + " bytes");
    }
  }

  void CheckArray(const json& schema, const json& value, const std::string& path) {
    if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<size_t>()) {
      Fail(path, "more than " + schema["maxItems"].dump() + " items");
    }
    if (auto items = schema.find("items"); items != schema.end()) {
      for (size_t i = 0; i < value.size(); ++i) {
        Check(*items, value[i], path + "[" + std::to_string(i) + "]");
      }
    }
  }

  void CheckObject(const json& schema, const json& value, const std::string& path) {
    if (auto required = schema.find("required"); required != schema.end()) {
      for (const json& key : *required) {
        if (!value.contains(key.get<std::string>())) {
          Fail(Join(path, key.get<std::string>()), "missing");
        }
      }
    }
    static const json kNone = json::object();
    const json& properties = schema.contains("properties") ? schema["properties"] : kNone;
    bool closed = schema.value("additionalProperties", true) == false;
    for (const auto& [key, member] : value.items()) {
      if (properties.contains(key)) {
        Check(properties[key], member, Join(path, key));
      } else if (closed) {
        Fail(Join(path, key), "not allowed");
      } else {
        out_->unread.push_back(Join(path, key));
      }
    }
  }

  SchemaCheck* out_;
};

}  // namespace

SchemaCheck CheckAgainstSchema(const nlohmann::json& schema, const nlohmann::json& value) {
  SchemaCheck out;
  Checker(&out).Check(schema, value, "");
  return out;
}

}  // namespace firsthire::llm

// The OpenAPI document and the router describe the same API: every route the
// service registers is documented, and every documented operation is routed.
#include "http/openapi.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "firsthire/playbook.h"
#include "http/api_app.h"
#include "http/schema_check.h"
#include "store/store_test_env.h"

namespace firsthire::http {
namespace {

using Operation = std::pair<std::string, std::string>;

std::set<Operation> RoutedOperations() {
  TestDatabase database(Backend::kSqlite);
  auto store = OpenStore(database.url());
  EXPECT_TRUE(store.ok());
  Sessions sessions(**store);
  LoginThrottle throttle(**store);
  Router router;
  Status added = AddServiceRoutes(router, **store, DefaultPlaybook(), sessions, throttle, {});
  EXPECT_TRUE(added.ok()) << added.ToString();
  std::set<Operation> routed;
  for (const Route& route : router.routes()) {
    EXPECT_TRUE(route.access.declared()) << route.method << " " << route.pattern;
    routed.emplace(route.method, route.pattern);
  }
  return routed;
}

TEST(OpenApiTest, EveryRouteIsDocumentedAndEveryOperationRouted) {
  std::set<Operation> documented;
  for (const Operation& operation : OpenApiOperations()) {
    EXPECT_TRUE(documented.insert(operation).second)
        << "documented twice: " << operation.first << " " << operation.second;
  }
  std::set<Operation> routed = RoutedOperations();
  for (const Operation& operation : routed) {
    EXPECT_TRUE(documented.count(operation))
        << "undocumented: " << operation.first << " " << operation.second;
  }
  for (const Operation& operation : documented) {
    EXPECT_TRUE(routed.count(operation))
        << "not routed: " << operation.first << " " << operation.second;
  }
}

TEST(OpenApiTest, EveryOperationDescribesItsErrorsAndEveryRefResolves) {
  const nlohmann::json& document = OpenApiDocument();
  EXPECT_EQ(document["openapi"], "3.1.0");
  for (const auto& [path, item] : document["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      const auto& responses = operation["responses"];
      bool has_error = false;
      for (const auto& [status, response] : responses.items()) has_error |= status[0] >= '4';
      // Protected operations name their security; public ones an empty list.
      bool is_public = operation["x-firsthire-roles"][0] == "anyone";
      if (!is_public || operation.contains("requestBody")) {
        EXPECT_TRUE(has_error) << method << " " << path;
      }
      EXPECT_EQ(operation["security"].empty(), is_public) << method << " " << path;
      if (!is_public) {
        EXPECT_TRUE(responses.contains("401")) << method << " " << path;
      }
    }
  }
  // Every $ref points at something that exists.
  std::function<void(const nlohmann::json&)> check = [&](const nlohmann::json& node) {
    if (node.is_object()) {
      if (auto ref = node.find("$ref"); ref != node.end()) {
        nlohmann::json::json_pointer pointer(ref->get<std::string>().substr(1));
        EXPECT_TRUE(document.contains(pointer)) << *ref;
      }
      for (const auto& [key, value] : node.items()) check(value);
    } else if (node.is_array()) {
      for (const auto& value : node) check(value);
    }
  };
  check(document);
}

// Every schema under components, and every schema nested in one (properties,
// items, additionalProperties, anyOf/oneOf/allOf branches), says what it is:
// a type, a $ref, a combination, an enum or a const. An untyped schema turns
// into `any`/`unknown` in the clients' generated types.
void CollectUntyped(const nlohmann::json& schema, const std::string& where,
                    std::vector<std::string>& untyped) {
  if (!schema.is_object()) {
    untyped.push_back(where + " (not an object: " + schema.dump() + ")");
    return;
  }
  bool typed = false;
  for (const char* key : {"type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const"}) {
    typed = typed || schema.contains(key);
  }
  if (!typed) untyped.push_back(where);
  if (auto properties = schema.find("properties"); properties != schema.end()) {
    for (const auto& [name, property] : properties->items()) {
      CollectUntyped(property, where + ".properties." + name, untyped);
    }
  }
  if (auto items = schema.find("items"); items != schema.end()) {
    CollectUntyped(*items, where + ".items", untyped);
  }
  if (auto more = schema.find("additionalProperties");
      more != schema.end() && !more->is_boolean()) {
    CollectUntyped(*more, where + ".additionalProperties", untyped);
  }
  for (const char* key : {"oneOf", "anyOf", "allOf"}) {
    if (auto branches = schema.find(key); branches != schema.end()) {
      for (size_t i = 0; i < branches->size(); ++i) {
        CollectUntyped((*branches)[i], where + "." + key + "[" + std::to_string(i) + "]", untyped);
      }
    }
  }
}

TEST(OpenApiTest, EverySchemaIsTyped) {
  const nlohmann::json& document = OpenApiDocument();
  std::vector<std::string> untyped;
  for (const auto& [name, schema] : document["components"]["schemas"].items()) {
    CollectUntyped(schema, name, untyped);
  }
  for (const auto& [path, item] : document["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      for (const auto& [status, response] : operation["responses"].items()) {
        if (!response.contains("content")) continue;
        CollectUntyped(response["content"]["application/json"]["schema"],
                       method + " " + path + " " + status, untyped);
      }
    }
  }
  EXPECT_TRUE(untyped.empty()) << "untyped schemas: " << ::testing::PrintToString(untyped);
}

TEST(OpenApiTest, TheUntypedCheckFindsAnUntypedSchema) {
  std::vector<std::string> untyped;
  CollectUntyped(
      {{"type", "object"}, {"properties", {{"kit", nullptr}, {"plan", nlohmann::json::object()}}}},
      "Opening", untyped);
  EXPECT_EQ(untyped, (std::vector<std::string>{"Opening.properties.kit (not an object: null)",
                                               "Opening.properties.plan"}));
}

// Every required key of an object schema is one of its properties.
TEST(OpenApiTest, RequiredKeysAreDeclaredProperties) {
  std::function<void(const nlohmann::json&, const std::string&)> check =
      [&](const nlohmann::json& node, const std::string& where) {
        if (node.is_object()) {
          if (auto required = node.find("required");
              required != node.end() && required->is_array() && node.contains("properties")) {
            for (const auto& name : *required) {
              EXPECT_TRUE(node["properties"].contains(name.get<std::string>()))
                  << where << " requires undeclared " << name;
            }
          }
          for (const auto& [key, value] : node.items()) check(value, where + "/" + key);
        } else if (node.is_array()) {
          for (const auto& value : node) check(value, where);
        }
      };
  check(OpenApiDocument()["components"]["schemas"], "#/components/schemas");
}

// The checker the API tests use (schema_check.h) on hand-made values.
TEST(OpenApiTest, SchemaCheckFindsUndeclaredKeysWrongTypesAndMissingKeys) {
  const nlohmann::json& document = OpenApiDocument();
  const nlohmann::json schema = {{"$ref", "#/components/schemas/Decision"}};
  nlohmann::json decision = {{"id", "d1"},
                             {"candidate_id", "c1"},
                             {"decision", "hire"},
                             {"reason", "strong"},
                             {"rule", "manual"},
                             {"decided_by", "u1"},
                             {"created_at", 1700000000000},
                             {"decided_at", 1700000000000}};
  EXPECT_TRUE(testing::SchemaViolations(document, schema, decision).empty());
  nlohmann::json extra = decision;
  extra["mood"] = "happy";
  EXPECT_EQ(testing::SchemaViolations(document, schema, extra),
            std::vector<std::string>{"$: undeclared key mood"});
  nlohmann::json wrong = decision;
  wrong["decision"] = "maybe";
  wrong["created_at"] = "yesterday";
  EXPECT_EQ(testing::SchemaViolations(document, schema, wrong).size(), 2u);
  nlohmann::json missing = decision;
  missing.erase("rule");
  EXPECT_EQ(testing::SchemaViolations(document, schema, missing),
            std::vector<std::string>{"$: missing required key rule"});
  // Nullable references accept null and the referenced shape only.
  const nlohmann::json opening = document["components"]["schemas"]["Opening"];
  EXPECT_TRUE(testing::SchemaViolations(document, opening["properties"]["kit"], nullptr).empty());
  EXPECT_FALSE(testing::SchemaViolations(document, opening["properties"]["kit"], 3).empty());
  const nlohmann::json profile =
      document["components"]["schemas"]["Candidate"]["properties"]["profile"];
  EXPECT_TRUE(
      testing::SchemaViolations(document, profile, {{"role", "x"}, {"github", "y"}}).empty());
  EXPECT_FALSE(
      testing::SchemaViolations(document, profile, {{"traits", {{"evals", "high"}}}}).empty());
}

}  // namespace
}  // namespace firsthire::http

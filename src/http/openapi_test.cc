// The OpenAPI document and the router both follow the operation declarations,
// and the schema checker the API tests use (schema_check.h) is exact.
#include "http/openapi.h"

#include <gtest/gtest.h>

#include <cctype>
#include <functional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "firsthire/playbook.h"
#include "firsthire/vocabulary.h"
#include "http/api_app.h"
#include "http/schema_check.h"
#include "store/store_test_env.h"

namespace firsthire::http {
namespace {

// (method, path, roles allowed, public): what a route or a declaration says.
using Declared = std::tuple<std::string, std::string, std::vector<std::string>, bool>;

Declared Describe(const std::string& method, const std::string& path, const Access& access) {
  std::vector<std::string> roles;
  for (Role role : {Role::kAdmin, Role::kHiringManager, Role::kInterviewer}) {
    if (access.Allows(role)) roles.push_back(RoleName(role));
  }
  return {method, path, roles, access.is_public()};
}

std::set<Declared> Routed() {
  TestDatabase database(Backend::kSqlite);
  auto store = OpenStore(database.url());
  EXPECT_TRUE(store.ok());
  Sessions sessions(**store);
  LoginThrottle throttle(**store);
  Router router;
  Status added = AddServiceRoutes(router, **store, DefaultPlaybook(), sessions, throttle, {});
  EXPECT_TRUE(added.ok()) << added.ToString();
  std::set<Declared> routed;
  for (const Route& route : router.routes()) {
    EXPECT_TRUE(route.access.declared()) << route.method << " " << route.pattern;
    routed.insert(Describe(route.method, route.pattern, route.access));
  }
  return routed;
}

// The router registers exactly the declared operations, each with its
// declared access, and the document describes each once.
TEST(OpenApiTest, TheRouterAndTheDocumentFollowTheDeclarations) {
  std::set<Declared> declared;
  for (const Operation& op : ApiOperations()) {
    EXPECT_TRUE(declared.insert(Describe(op.method, op.path, op.access)).second)
        << "declared twice: " << op.method << " " << op.path;
  }
  EXPECT_EQ(Routed(), declared);
  const nlohmann::json& paths = OpenApiDocument()["paths"];
  size_t described = 0;
  for (const auto& [path, item] : paths.items()) described += item.size();
  EXPECT_EQ(described, ApiOperations().size());
  for (const Operation& op : ApiOperations()) {
    std::string method = op.method;
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(paths.contains(op.path) && paths[op.path].contains(method))
        << op.method << " " << op.path;
    const nlohmann::json& operation = paths[op.path][method];
    EXPECT_EQ(operation["summary"], op.summary);
    nlohmann::json roles = operation["x-firsthire-roles"];
    auto [m, p, allowed, is_public] = Describe(op.method, op.path, op.access);
    EXPECT_EQ(roles, is_public ? nlohmann::json::array({"anyone"}) : nlohmann::json(allowed))
        << op.method << " " << op.path;
  }
}

// Every schema an operation names is in api_schemas.json.
TEST(OpenApiTest, EveryDeclaredSchemaExists) {
  const nlohmann::json& schemas = OpenApiDocument()["components"]["schemas"];
  for (const Operation& op : ApiOperations()) {
    for (const std::string& name : {op.request, op.response}) {
      if (!name.empty()) {
        EXPECT_TRUE(schemas.contains(name)) << op.path << ": " << name;
      }
    }
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

// The schema file names a closed vocabulary ({"x-firsthire-vocabulary":
// name}) and the document lists the ids of its name table. A name with no
// table (a misspelling) would give an enum with no values: none may be empty,
// and the brief's stage lists exactly its table's ids.
TEST(OpenApiTest, EveryEnumListsValuesAndVocabulariesComeFromTheirTables) {
  std::function<void(const nlohmann::json&, const std::string&)> check =
      [&](const nlohmann::json& node, const std::string& where) {
        if (node.is_object()) {
          EXPECT_FALSE(node.contains("x-firsthire-vocabulary")) << where << " was not filled";
          if (auto values = node.find("enum"); values != node.end()) {
            EXPECT_FALSE(values->empty()) << where << " has an enum with no values";
          }
          for (const auto& [key, value] : node.items()) check(value, where + "/" + key);
        } else if (node.is_array()) {
          for (const auto& value : node) check(value, where);
        }
      };
  check(OpenApiDocument()["components"]["schemas"], "#/components/schemas");
  const nlohmann::json& stage = OpenApiDocument()["components"]["schemas"]["BriefDocument"]
                                                 ["properties"]["workflow"]["properties"]["stage"];
  EXPECT_EQ(stage["enum"], nlohmann::json(VocabularyIds("workflow_stage")));
  EXPECT_FALSE(VocabularyIds("workflow_stage").empty());
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

// oneOf means exactly one branch fits (anyOf: at least one).
TEST(OpenApiTest, SchemaCheckOneOfNeedsExactlyOneBranch) {
  const nlohmann::json document = nlohmann::json::object();
  const nlohmann::json branches = {{{"type", "number"}}, {{"type", "integer"}}};
  const nlohmann::json one_of = {{"oneOf", branches}};
  const nlohmann::json any_of = {{"anyOf", branches}};
  EXPECT_TRUE(testing::SchemaViolations(document, one_of, 2.5).empty());  // number only
  EXPECT_EQ(testing::SchemaViolations(document, one_of, 3),               // both fit
            std::vector<std::string>{"$: fits 2 branches of oneOf, not one"});
  EXPECT_EQ(testing::SchemaViolations(document, one_of, "x").size(), 1u);  // neither fits
  EXPECT_TRUE(testing::SchemaViolations(document, any_of, 3).empty());
  EXPECT_EQ(testing::SchemaViolations(document, any_of, "x").size(), 1u);
}

}  // namespace
}  // namespace firsthire::http

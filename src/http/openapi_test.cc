// The OpenAPI document and the router describe the same API: every route the
// service registers is documented, and every documented operation is routed.
#include "http/openapi.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "firsthire/playbook.h"
#include "http/api_app.h"
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

}  // namespace
}  // namespace firsthire::http

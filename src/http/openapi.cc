#include "http/openapi.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "firsthire/vocabulary.h"
#include "http/api_app.h"

namespace firsthire {
// src/http/api_schemas.json, embedded at build time (src/CMakeLists.txt).
extern const unsigned char kApiSchemasJson[];
extern const unsigned long kApiSchemasJson_size;
}  // namespace firsthire

namespace firsthire::http {
namespace {

using nlohmann::json;

const json& SchemaFile() {
  static const json kFile = json::parse(
      std::string_view(reinterpret_cast<const char*>(kApiSchemasJson), kApiSchemasJson_size));
  return kFile;
}

// The schema file names a closed vocabulary instead of listing its ids
// ({"x-firsthire-vocabulary": "data_access"}); the document lists the ids of
// its one name table (firsthire/vocabulary.h), so they cannot drift.
void FillVocabularies(json& node) {
  if (node.is_object()) {
    if (auto it = node.find("x-firsthire-vocabulary"); it != node.end()) {
      std::string name = it->get<std::string>();
      node = {{"type", "string"}, {"enum", VocabularyIds(name)}};
      return;
    }
    for (auto& [key, value] : node.items()) FillVocabularies(value);
  } else if (node.is_array()) {
    for (json& value : node) FillVocabularies(value);
  }
}

json Ref(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }

// A query parameter as the schema file describes it; a name the file does not
// know is a list filter on the record field of that name.
json QueryParameter(const std::string& name) {
  json parameter = {{"name", name}, {"in", "query"}, {"required", false}};
  const json& known = SchemaFile()["query_parameters"];
  if (auto it = known.find(name); it != known.end()) {
    parameter["description"] = (*it)["description"];
    parameter["schema"] = (*it)["schema"];
  } else {
    parameter["description"] = "only records with this " + name;
    parameter["schema"] = {{"type", "string"}};
  }
  return parameter;
}

json Security(const Access& access) {
  if (access.is_public()) return json::array();
  return json::array({{{"sessionCookie", json::array()}}, {{"bearerToken", json::array()}}});
}

json Roles(const Access& access) {
  if (access.is_public()) return json::array({"anyone"});
  json roles = json::array();
  for (Role role : {Role::kAdmin, Role::kHiringManager, Role::kInterviewer}) {
    if (access.Allows(role)) roles.push_back(RoleName(role));
  }
  return roles;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

// getApiV1CandidatesId: the method, then the path's words capitalised.
std::string OperationId(const Operation& op) {
  std::string id = Lower(op.method);
  bool upper = true;
  for (char c : op.path) {
    if (c == '/' || c == '-' || c == '.' || c == '_' || c == '{' || c == '}') {
      upper = true;
      continue;
    }
    id += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return id;
}

json Responses(const Operation& op) {
  json responses = json::object();
  std::string success = std::to_string(op.success);
  if (op.response.empty()) {
    responses[success] = {{"description", "Done"}};
  } else {
    json schema = Ref(op.response);
    if (op.list) {
      json integer = {{"type", "integer"}};
      schema = {{"type", "object"},
                {"properties",
                 {{"items", {{"type", "array"}, {"items", std::move(schema)}}},
                  {"total", integer},
                  {"limit", integer},
                  {"offset", integer}}},
                {"required", {"items", "total", "limit", "offset"}}};
    }
    responses[success] = {{"description", op.success == 201 ? "Created" : "OK"},
                          {"content", {{"application/json", {{"schema", std::move(schema)}}}}}};
  }
  std::vector<int> errors = op.errors;
  if (!op.access.is_public() && std::find(errors.begin(), errors.end(), 401) == errors.end()) {
    errors.push_back(401);
  }
  for (int status : errors) {
    responses[std::to_string(status)] = {
        {"$ref", "#/components/responses/E" + std::to_string(status)}};
  }
  return responses;
}

json Describe(const Operation& op) {
  json operation = {{"operationId", OperationId(op)},
                    {"summary", op.summary},
                    {"tags", json::array({op.tag})},
                    {"security", Security(op.access)},
                    {"x-firsthire-roles", Roles(op.access)}};
  json parameters = json::array();
  if (op.path.find("{id}") != std::string::npos) {
    parameters.push_back({{"name", "id"},
                          {"in", "path"},
                          {"required", true},
                          {"description", "the record's id (32 hex characters)"},
                          {"schema", {{"type", "string"}}}});
  }
  for (const std::string& name : op.query) parameters.push_back(QueryParameter(name));
  if (!parameters.empty()) operation["parameters"] = std::move(parameters);
  if (!op.request.empty()) {
    operation["requestBody"] = {{"required", true},
                                {"content", {{"application/json", {{"schema", Ref(op.request)}}}}}};
    if (!op.text_body.empty()) {
      operation["requestBody"]["content"][op.text_body] = {{"schema", {{"type", "string"}}}};
    }
  }
  operation["responses"] = Responses(op);
  return operation;
}

json Build() {
  json document = SchemaFile()["document"];
  FillVocabularies(document);
  json paths = json::object();
  for (const Operation& op : ApiOperations()) paths[op.path][Lower(op.method)] = Describe(op);
  document["paths"] = std::move(paths);
  return document;
}

}  // namespace

const nlohmann::json& OpenApiDocument() {
  static const json kDocument = Build();
  return kDocument;
}

}  // namespace firsthire::http

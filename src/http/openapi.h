// The OpenAPI 3.1 document of the service, served at GET /api/v1/openapi.json
// and printed by `firsthire serve --print-openapi`.
//
// It is written in code, in openapi.cc, as one table of operations (method,
// path, who may call it, request and response schemas, error statuses) plus
// the component schemas; that table is the single source of truth of the
// document. A test checks that the table and the router list the same
// (method, path) pairs, and tests/openapi validates the document with a
// third-party validator.
#ifndef FIRSTHIRE_HTTP_OPENAPI_H_
#define FIRSTHIRE_HTTP_OPENAPI_H_

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace firsthire::http {

// The document (built once; thread-safe).
const nlohmann::json& OpenApiDocument();

// Every (method, path pattern) the document describes, e.g.
// ("GET", "/api/v1/candidates/{id}"); methods upper-case.
std::vector<std::pair<std::string, std::string>> OpenApiOperations();

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_OPENAPI_H_

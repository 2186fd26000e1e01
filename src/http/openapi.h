// The OpenAPI 3.1 document of the service, served at GET /api/v1/openapi.json
// and printed by `firsthire serve --print-openapi`.
//
// It is assembled from two sources and nothing else: the operations each
// route group declares next to its handlers (operation.h, listed by
// ApiOperations in api_app.h) give the paths, and src/http/api_schemas.json
// (embedded at build time) gives the rest of the document — info, the
// component schemas, error responses and security schemes — and the query
// parameters' descriptions. tests/openapi validates the document with a
// third-party validator.
#ifndef FIRSTHIRE_HTTP_OPENAPI_H_
#define FIRSTHIRE_HTTP_OPENAPI_H_

#include <nlohmann/json.hpp>

namespace firsthire::http {

// The document (built once; thread-safe).
const nlohmann::json& OpenApiDocument();

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_OPENAPI_H_

// Operation: one HTTP operation of the API, declared once, next to the
// handler that answers it. Both the router (method, path, access) and the
// OpenAPI document (openapi.h: summary, schemas, statuses, query parameters)
// are derived from the declaration, so neither can drift from the other.
//
// A route group declares a table of Endpoints (an Operation and the member of
// the group's handler object that answers it); AddEndpoints registers the
// table on a Router and OperationsOf lists its declarations for the document.
// Schema names refer to the component schemas of src/http/api_schemas.json.
#ifndef FIRSTHIRE_HTTP_OPERATION_H_
#define FIRSTHIRE_HTTP_OPERATION_H_

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "firsthire/status.h"
#include "http/access.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace firsthire::http {

struct Operation {
  std::string method;              // upper case: GET, POST, PUT, PATCH, DELETE
  std::string path;                // the router pattern, e.g. /api/v1/candidates/{id}
  Access access;                   // who may call it; undeclared: refused to everyone
  std::string tag;                 // the document's group of the operation
  std::string summary;             // one line for the document
  std::string request;             // component schema of the JSON body; empty: no body
  std::string text_body;           // another media type the body may have, read as text
                                   // (e.g. text/csv); empty: JSON only
  int success = 200;               // 200, 201 or 204
  std::string response;            // component schema of the answer; empty: no body
  std::vector<int> errors;         // error statuses; 401 is added when not public
  std::vector<std::string> query;  // query parameter names
  bool list = false;               // the answer is a page {items, total, limit, offset}
};

// Error statuses shared by many operations.
inline const std::vector<int> kReadErrors = {401, 403, 404};
inline const std::vector<int> kListErrors = {401, 403, 422};
inline const std::vector<int> kWriteErrors = {400, 401, 403, 404, 413, 415, 422};
inline const std::vector<int> kCreateErrors = {400, 401, 403, 409, 413, 415, 422};
inline const std::vector<int> kDeleteErrors = {401, 403, 404, 409};
inline const std::vector<int> kEngineErrors = {400, 401, 403, 413, 415, 422, 503};

// An operation and how `Endpoints` (the group's handler object) answers it.
template <typename Endpoints>
struct Endpoint {
  Operation operation;
  std::function<Response(Endpoints&, const Request&)> handle;
};

template <typename Endpoints>
using EndpointTable = std::vector<Endpoint<Endpoints>>;

// Registers every endpoint of `table` on `router`, answered by `endpoints`
// (shared by the handlers, so it lives as long as the router).
// Failure: the router refused a declaration (a programming error).
template <typename Endpoints>
Status AddEndpoints(Router& router, std::shared_ptr<Endpoints> endpoints,
                    const EndpointTable<Endpoints>& table) {
  for (const Endpoint<Endpoints>& endpoint : table) {
    auto handle = endpoint.handle;
    const Operation& op = endpoint.operation;
    FH_RETURN_IF_ERROR(router.Add(
        op.method, op.path, op.access,
        [endpoints, handle](const Request& request) { return handle(*endpoints, request); }));
  }
  return Status::Ok();
}

// The declarations of `table`, in order.
template <typename Endpoints>
std::vector<Operation> OperationsOf(const EndpointTable<Endpoints>& table) {
  std::vector<Operation> operations;
  operations.reserve(table.size());
  for (const Endpoint<Endpoints>& endpoint : table) operations.push_back(endpoint.operation);
  return operations;
}

}  // namespace firsthire::http

#endif  // FIRSTHIRE_HTTP_OPERATION_H_

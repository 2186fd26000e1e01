#include "http/response.h"

#include <nlohmann/json.hpp>

#include "http/json_writer.h"
#include "http/request.h"

namespace firsthire::http {

void Response::SetHeader(std::string_view name, std::string value) {
  std::erase_if(headers, [&](const auto& field) { return EqualsIgnoreCase(field.first, name); });
  headers.emplace_back(std::string(name), std::move(value));
}

void Response::AddHeader(std::string name, std::string value) {
  headers.emplace_back(std::move(name), std::move(value));
}

const std::string* Response::FindHeader(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return &value;
  }
  return nullptr;
}

Response JsonResponse(int status, const nlohmann::json& body) {
  return JsonTextResponse(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response JsonTextResponse(int status, std::string body) {
  Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = std::move(body);
  return response;
}

Response NoContentResponse() {
  Response response;
  response.status = 204;
  return response;
}

int HttpStatusFor(Code code) {
  switch (code) {
    case Code::kOk:
      return 200;
    case Code::kInvalidInput:
      return 422;
    case Code::kNotFound:
      return 404;
    case Code::kAlreadyExists:
      return 409;
    case Code::kUnauthenticated:
      return 401;
    case Code::kPermissionDenied:
      return 403;
    case Code::kTooLarge:
      return 413;
    case Code::kUnavailable:
      return 503;
    case Code::kIoError:
    case Code::kInternal:
      return 500;
  }
  return 500;
}

namespace {

// The "error" member of every error body. Keys in alphabetical order, as the
// body has always been written.
void WriteError(JsonWriter& out, std::string_view code, std::string_view message,
                std::string_view field, const Location* where) {
  out.Key("error");
  out.BeginObject();
  out.Key("code");
  out.String(code);
  // Where in the request body the problem is, for bodies read through the
  // input layer (line and column of the body's text).
  if (where && where->line > 0 && where->column > 0) {
    out.Key("column");
    out.Int(where->column);
  }
  out.Key("field");
  out.StringOrNull(field);
  if (where && where->line > 0) {
    out.Key("line");
    out.Int(where->line);
  }
  out.Key("message");
  out.String(message);
  out.EndObject();
}

}  // namespace

Response ErrorResponse(const Status& status, int http_status,
                       const std::function<void(JsonWriter&)>& more) {
  int code = http_status != 0 ? http_status : HttpStatusFor(status.code());
  // Internal details (file paths, SQL) are for the log, not for clients.
  bool hide = code >= 500 && status.code() != Code::kUnavailable;
  std::string_view message = hide ? std::string_view("internal error") : status.message();
  JsonWriter out;
  out.BeginObject();
  WriteError(out, CodeName(status.code()), message, status.location().field,
             hide ? nullptr : &status.location());
  if (more) more(out);
  out.EndObject();
  Response response = JsonTextResponse(code, out.Take());
  if (code >= 500) {
    response.cause_code = status.code();
    response.cause = status.message();
  }
  return response;
}

Response ErrorResponse(const Status& status, int http_status) {
  return ErrorResponse(status, http_status, nullptr);
}

Response ErrorResponse(int http_status, std::string_view code, std::string_view message,
                       std::string_view field) {
  JsonWriter out;
  out.BeginObject();
  WriteError(out, code, message, field, nullptr);
  out.EndObject();
  return JsonTextResponse(http_status, out.Take());
}

void AddSecurityHeaders(Response& response) {
  auto set_default = [&](std::string_view name, const char* value) {
    if (response.FindHeader(name) == nullptr) response.AddHeader(std::string(name), value);
  };
  set_default("Content-Security-Policy",
              "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
  set_default("X-Content-Type-Options", "nosniff");
  set_default("Referrer-Policy", "no-referrer");
  set_default("X-Frame-Options", "DENY");
  set_default("Cache-Control", "no-store");
}

}  // namespace firsthire::http

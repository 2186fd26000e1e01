#include "http/json_body.h"

#include "http/json_limits.h"

namespace firsthire::http {

namespace {

// 415 for another media type than JSON, 413/422 for a body over a JSON limit.
std::optional<Response> CheckJsonRequest(const Request& request) {
  if (const std::string* type = request.Header("content-type")) {
    std::string_view media = std::string_view(*type).substr(0, type->find(';'));
    while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
    if (!EqualsIgnoreCase(media, "application/json")) {
      return ErrorResponse(415, "unsupported_media_type", "send the body as application/json");
    }
  }
  if (auto violation = CheckJsonLimits(request.body)) {
    return ErrorResponse(violation->too_large ? 413 : 422,
                         violation->too_large ? "too_large" : "invalid_input", violation->message,
                         violation->field);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Response> ParseJsonObject(const Request& request, nlohmann::json& out) {
  if (auto error = CheckJsonRequest(request)) return error;
  out = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (out.is_discarded()) return ErrorResponse(400, "invalid_input", "the body is not valid JSON");
  if (!out.is_object())
    return ErrorResponse(400, "invalid_input", "the body must be a JSON object");
  return std::nullopt;
}

std::optional<Response> ParseJsonDocument(const Request& request, std::optional<Document>& out) {
  if (auto error = CheckJsonRequest(request)) return error;
  Result<Document> parsed = Document::ParseJson(request.body, "body");
  if (!parsed.ok()) return ErrorResponse(parsed.status(), 400);
  Diagnostics diagnostics;
  if (!parsed->root(&diagnostics).IsMap()) {
    return ErrorResponse(400, "invalid_input", "the body must be a JSON object");
  }
  out.emplace(std::move(parsed).value());
  return std::nullopt;
}

Status ReadString(const nlohmann::json& object, std::string_view name, std::string& out,
                  bool required) {
  Location where;
  where.field = std::string(name);
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) {
    if (!required) return Status::Ok();
    return Status::InvalidInput(std::string(name) + " is required", where);
  }
  if (!it->is_string()) return Status::InvalidInput(std::string(name) + " must be a string", where);
  std::string value = it->get<std::string>();
  if (value.find('\0') != std::string::npos) {
    return Status::InvalidInput(std::string(name) + " must not contain NUL characters", where);
  }
  out = std::move(value);
  return Status::Ok();
}

}  // namespace firsthire::http

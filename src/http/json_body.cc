#include "http/json_body.h"

#include "http/json_limits.h"

namespace firsthire::http {

std::optional<Response> ParseJsonObject(const Request& request, nlohmann::json& out) {
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
  out = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (out.is_discarded()) return ErrorResponse(400, "invalid_input", "the body is not valid JSON");
  if (!out.is_object())
    return ErrorResponse(400, "invalid_input", "the body must be a JSON object");
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

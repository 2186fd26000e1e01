#include "http/api_request.h"

#include <charconv>
#include <utility>

#include "http/json_limits.h"

namespace firsthire::http {
namespace {

Location Field(std::string_view name) {
  Location where;
  where.field = std::string(name);
  return where;
}

// A whole number in [min, max] from a query parameter, or the error.
Result<std::int64_t> QueryInteger(const Request& request, std::string_view name,
                                  std::int64_t fallback, std::int64_t min, std::int64_t max) {
  std::optional<std::string> text = request.QueryParam(name);
  if (!text) return fallback;
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size() || value < min || value > max) {
    return Status::InvalidInput(std::string(name) + " must be a whole number from " +
                                    std::to_string(min) + " to " + std::to_string(max),
                                Field(name));
  }
  return value;
}

}  // namespace

std::string ActorOf(const Request& request) {
  return request.principal ? request.principal->user_id : std::string("anonymous");
}

bool IsManager(const Request& request) {
  return request.principal && (request.principal->role == Role::kAdmin ||
                               request.principal->role == Role::kHiringManager);
}

Result<Page> ReadPage(const Request& request) {
  Page page;
  FH_ASSIGN_OR_RETURN(std::int64_t limit, QueryInteger(request, "limit", 50, 1, 500));
  FH_ASSIGN_OR_RETURN(page.offset, QueryInteger(request, "offset", 0, 0, std::int64_t{1} << 40));
  page.limit = static_cast<int>(limit);
  return page;
}

nlohmann::json StoredJson(const std::string& text) {
  if (text.empty()) return nullptr;
  // A row written before the JSON limits existed is kept as text.
  if (CheckJsonLimits(text)) return text;
  nlohmann::json value = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return text;
  return value;
}

std::string JsonText(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool BodyFields::Has(std::string_view name) const {
  auto it = body_.find(name);
  return it != body_.end() && !it->is_null();
}

const nlohmann::json* BodyFields::Find(std::string_view name, bool required) {
  if (!status_.ok()) return nullptr;
  auto it = body_.find(name);
  if (it == body_.end() || it->is_null()) {
    if (required) Fail(name, std::string(name) + " is required");
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> BodyFields::String(std::string_view name, bool required,
                                              std::size_t max_bytes) {
  const nlohmann::json* value = Find(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) {
    Fail(name, std::string(name) + " must be a string");
    return std::nullopt;
  }
  std::string text = value->get<std::string>();
  if (text.find('\0') != std::string::npos) {
    Fail(name, std::string(name) + " must not contain NUL characters");
    return std::nullopt;
  }
  if (text.size() > max_bytes) {
    Fail(name, std::string(name) + " is longer than " + std::to_string(max_bytes) + " bytes");
    return std::nullopt;
  }
  if (required && text.find_first_not_of(" \t\r\n") == std::string::npos) {
    Fail(name, std::string(name) + " must not be empty");
    return std::nullopt;
  }
  return text;
}

std::optional<bool> BodyFields::Bool(std::string_view name) {
  const nlohmann::json* value = Find(name, false);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    Fail(name, std::string(name) + " must be true or false");
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<std::int64_t> BodyFields::Integer(std::string_view name) {
  const nlohmann::json* value = Find(name, false);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer() ||
      (value->is_number_unsigned() && value->get<std::uint64_t>() > (std::uint64_t{1} << 62))) {
    Fail(name, std::string(name) + " must be a whole number");
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

std::optional<nlohmann::json> BodyFields::Object(std::string_view name, bool required) {
  const nlohmann::json* value = Find(name, required);
  if (value == nullptr) return std::nullopt;
  if (!value->is_object()) {
    Fail(name, std::string(name) + " must be a JSON object");
    return std::nullopt;
  }
  return *value;
}

void BodyFields::Fail(std::string_view name, std::string message) {
  if (status_.ok()) status_ = Status::InvalidInput(std::move(message), Field(name));
}

}  // namespace firsthire::http

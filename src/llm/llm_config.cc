#include "llm/llm_config.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace firsthire::llm {
namespace {

constexpr const char* kEndpointVar = "FIRSTHIRE_LLM_ENDPOINT";
constexpr const char* kModelVar = "FIRSTHIRE_LLM_MODEL";
constexpr const char* kApiKeyVar = "FIRSTHIRE_LLM_API_KEY";
constexpr const char* kTimeoutVar = "FIRSTHIRE_LLM_TIMEOUT";

std::string Get(const EnvironmentLookup& lookup, const char* name) {
  const char* value = lookup(name);
  return value ? std::string(value) : std::string();
}

Status Bad(const char* variable, const std::string& what) {
  return Status::InvalidInput(std::string(variable) + ": " + what + " (docs/llm.md)");
}

bool HasControlCharacter(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
  }
  return false;
}

bool ParsePort(std::string_view text, std::string* port) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > 65535) {
    return false;
  }
  *port = std::string(text);
  return true;
}

// Fills host, port and base_path from "http://HOST[:PORT][/PATH]".
Status ParseEndpoint(const std::string& url, LlmConfig* config) {
  const std::string example = "expected an http:// URL such as http://127.0.0.1:8080/v1";
  if (url.rfind("https://", 0) == 0) {
    return Bad(kEndpointVar,
               "https is not supported: firsthire speaks plain http to a model server on this "
               "machine or a network you trust; got \"" +
                   url + "\"");
  }
  if (url.rfind("http://", 0) != 0) return Bad(kEndpointVar, example + ", got \"" + url + "\"");
  if (HasControlCharacter(url) || url.find_first_of("?#@ ") != std::string::npos) {
    return Bad(kEndpointVar, example + " (no user, query or fragment), got \"" + url + "\"");
  }
  std::string_view rest = std::string_view(url).substr(7);
  size_t slash = rest.find('/');
  std::string_view authority = rest.substr(0, slash);
  config->base_path = slash == std::string_view::npos ? "" : std::string(rest.substr(slash));
  while (!config->base_path.empty() && config->base_path.back() == '/')
    config->base_path.pop_back();
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {  // [IPv6]:port
    size_t close = authority.find(']');
    if (close == std::string_view::npos)
      return Bad(kEndpointVar, example + ", got \"" + url + "\"");
    config->host = std::string(authority.substr(1, close - 1));
    std::string_view after = authority.substr(close + 1);
    if (!after.empty() && after.front() != ':') {
      return Bad(kEndpointVar, example + ", got \"" + url + "\"");
    }
    port = after.empty() ? std::string_view() : after.substr(1);
  } else {
    size_t colon = authority.find(':');
    config->host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
  }
  if (config->host.empty()) return Bad(kEndpointVar, example + ", got \"" + url + "\" (no host)");
  if (port.data() != nullptr && !ParsePort(port, &config->port)) {
    return Bad(kEndpointVar, "the port must be a number from 1 to 65535, got \"" + url + "\"");
  }
  return Status::Ok();
}

Status ParseTimeout(const std::string& text, LlmConfig* config) {
  int seconds = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc() || end != text.data() + text.size() || seconds < kMinLlmTimeoutSeconds ||
      seconds > kMaxLlmTimeoutSeconds) {
    return Bad(kTimeoutVar, "expected whole seconds from " + std::to_string(kMinLlmTimeoutSeconds) +
                                " to " + std::to_string(kMaxLlmTimeoutSeconds) + ", got \"" + text +
                                "\"");
  }
  config->timeout = std::chrono::seconds(seconds);
  return Status::Ok();
}

}  // namespace

Result<std::optional<LlmConfig>> LlmConfigFromEnvironment(const EnvironmentLookup& lookup) {
  LlmConfig config;
  config.endpoint = Get(lookup, kEndpointVar);
  config.model = Get(lookup, kModelVar);
  config.api_key = Get(lookup, kApiKeyVar);
  std::string timeout = Get(lookup, kTimeoutVar);
  if (config.endpoint.empty() && config.model.empty()) {
    if (!config.api_key.empty() || !timeout.empty()) {
      return Bad(config.api_key.empty() ? kTimeoutVar : kApiKeyVar,
                 "set, but the model is off: set FIRSTHIRE_LLM_ENDPOINT and FIRSTHIRE_LLM_MODEL "
                 "too, or unset it");
    }
    return std::optional<LlmConfig>();
  }
  if (config.endpoint.empty()) {
    return Bad(kEndpointVar, "unset, but FIRSTHIRE_LLM_MODEL is set: " +
                                 std::string("name the server, e.g. http://127.0.0.1:8080/v1"));
  }
  if (config.model.empty()) {
    return Bad(kModelVar, "unset, but FIRSTHIRE_LLM_ENDPOINT is set: name the model to ask");
  }
  FH_RETURN_IF_ERROR(ParseEndpoint(config.endpoint, &config));
  if (HasControlCharacter(config.model)) return Bad(kModelVar, "contains a control character");
  if (HasControlCharacter(config.api_key) || config.api_key.find(' ') != std::string::npos) {
    return Bad(kApiKeyVar, "contains a space or a control character");
  }
  if (!timeout.empty()) FH_RETURN_IF_ERROR(ParseTimeout(timeout, &config));
  return std::optional<LlmConfig>(std::move(config));
}

Result<std::optional<LlmConfig>> LlmConfigFromEnvironment() {
  return LlmConfigFromEnvironment([](const char* name) { return std::getenv(name); });
}

}  // namespace firsthire::llm

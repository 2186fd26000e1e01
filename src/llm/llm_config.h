// The optional local model's settings, from the environment (docs/llm.md).
//
//   FIRSTHIRE_LLM_ENDPOINT  an OpenAI-compatible base URL ending in /v1, e.g.
//                           http://127.0.0.1:8080/v1 (llama.cpp server) or
//                           http://127.0.0.1:11434/v1 (Ollama). http only.
//   FIRSTHIRE_LLM_MODEL     the model's name as that server knows it.
//   FIRSTHIRE_LLM_API_KEY   optional; sent as "Authorization: Bearer KEY".
//   FIRSTHIRE_LLM_TIMEOUT   optional; whole seconds for one answer, from
//                           kMinLlmTimeoutSeconds to kMaxLlmTimeoutSeconds,
//                           kDefaultLlmTimeoutSeconds when unset.
// The model is off when neither ENDPOINT nor MODEL is set (an empty value is
// unset). Any other combination that cannot be used is an error naming the
// variable, so a typo never silently turns the model off.
#ifndef FIRSTHIRE_LLM_LLM_CONFIG_H_
#define FIRSTHIRE_LLM_LLM_CONFIG_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "firsthire/status.h"

namespace firsthire::llm {

inline constexpr int kDefaultLlmTimeoutSeconds = 60;
inline constexpr int kMinLlmTimeoutSeconds = 1;
inline constexpr int kMaxLlmTimeoutSeconds = 600;
// An answer listing quotes from a page of notes is a few KiB; past this the
// server is not answering the question asked.
inline constexpr size_t kMaxLlmAnswerBytes = 1u << 20;

struct LlmConfig {
  std::string endpoint;  // as configured, for messages (it holds no secret)
  std::string host;      // name or address; an IPv6 address without brackets
  std::string port = "80";
  std::string base_path;  // e.g. "/v1", no trailing slash; may be empty
  std::string model;
  std::string api_key;  // empty: no Authorization header
  std::chrono::milliseconds timeout{kDefaultLlmTimeoutSeconds * 1000};
  size_t max_answer_bytes = kMaxLlmAnswerBytes;
};

// Returns the value of an environment variable, or null when unset.
using EnvironmentLookup = std::function<const char*(const char* name)>;

// The settings, nullopt when the model is off, or an InvalidInput status
// whose message names the variable and what was expected.
Result<std::optional<LlmConfig>> LlmConfigFromEnvironment(const EnvironmentLookup& lookup);

// The same from the process environment.
Result<std::optional<LlmConfig>> LlmConfigFromEnvironment();

}  // namespace firsthire::llm

#endif  // FIRSTHIRE_LLM_LLM_CONFIG_H_

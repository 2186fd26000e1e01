#include "llm/llm_config.h"

#include <gtest/gtest.h>

#include <map>

namespace firsthire::llm {
namespace {

Result<std::optional<LlmConfig>> From(const std::map<std::string, std::string>& env) {
  return LlmConfigFromEnvironment([&env](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  });
}

std::string Error(const std::map<std::string, std::string>& env) {
  auto config = From(env);
  EXPECT_FALSE(config.ok());
  if (!config.ok()) {
    EXPECT_EQ(config.status().code(), Code::kInvalidInput);
  }
  return config.ok() ? "" : config.status().message();
}

TEST(LlmConfig, OffWhenNothingIsSet) {
  auto config = From({});
  ASSERT_TRUE(config.ok());
  EXPECT_FALSE(config->has_value());
  auto empty = From({{"FIRSTHIRE_LLM_ENDPOINT", ""}, {"FIRSTHIRE_LLM_MODEL", ""}});
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->has_value());
}

TEST(LlmConfig, ReadsEndpointModelKeyAndTimeout) {
  auto config = From({{"FIRSTHIRE_LLM_ENDPOINT", "http://127.0.0.1:8080/v1/"},
                      {"FIRSTHIRE_LLM_MODEL", "qwen2.5-7b-instruct"},
                      {"FIRSTHIRE_LLM_API_KEY", "sk-local"},
                      {"FIRSTHIRE_LLM_TIMEOUT", "15"}});
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  ASSERT_TRUE(config->has_value());
  const LlmConfig& c = **config;
  EXPECT_EQ(c.host, "127.0.0.1");
  EXPECT_EQ(c.port, "8080");
  EXPECT_EQ(c.base_path, "/v1");
  EXPECT_EQ(c.model, "qwen2.5-7b-instruct");
  EXPECT_EQ(c.api_key, "sk-local");
  EXPECT_EQ(c.timeout, std::chrono::seconds(15));
}

TEST(LlmConfig, DefaultsPortAndTimeout) {
  auto config = From(
      {{"FIRSTHIRE_LLM_ENDPOINT", "http://models.lan/v1"}, {"FIRSTHIRE_LLM_MODEL", "llama3.1"}});
  ASSERT_TRUE(config.ok());
  EXPECT_EQ((*config)->host, "models.lan");
  EXPECT_EQ((*config)->port, "80");
  EXPECT_EQ((*config)->timeout, std::chrono::seconds(kDefaultLlmTimeoutSeconds));
  EXPECT_EQ((*config)->api_key, "");
}

TEST(LlmConfig, ReadsABracketedIpv6Address) {
  auto config = From(
      {{"FIRSTHIRE_LLM_ENDPOINT", "http://[::1]:11434/v1"}, {"FIRSTHIRE_LLM_MODEL", "llama3.1"}});
  ASSERT_TRUE(config.ok());
  EXPECT_EQ((*config)->host, "::1");
  EXPECT_EQ((*config)->port, "11434");
}

TEST(LlmConfig, HttpsIsRefusedWithTheReason) {
  std::string error = Error(
      {{"FIRSTHIRE_LLM_ENDPOINT", "https://api.example.com/v1"}, {"FIRSTHIRE_LLM_MODEL", "m"}});
  EXPECT_NE(error.find("FIRSTHIRE_LLM_ENDPOINT: https is not supported"), std::string::npos)
      << error;
}

TEST(LlmConfig, BadEndpointsNameTheVariable) {
  for (const char* url :
       {"127.0.0.1:8080/v1", "http://", "http://host:0/v1", "http://host:x/v1", "http://host:/v1",
        "http://user@host/v1", "http://host/v1?x=1", "http://[::1/v1"}) {
    std::string error = Error({{"FIRSTHIRE_LLM_ENDPOINT", url}, {"FIRSTHIRE_LLM_MODEL", "m"}});
    EXPECT_EQ(error.rfind("FIRSTHIRE_LLM_ENDPOINT: ", 0), 0u) << url << ": " << error;
  }
}

TEST(LlmConfig, OneWithoutTheOtherIsAnError) {
  EXPECT_EQ(Error({{"FIRSTHIRE_LLM_MODEL", "m"}}).rfind("FIRSTHIRE_LLM_ENDPOINT: unset", 0), 0u);
  EXPECT_EQ(
      Error({{"FIRSTHIRE_LLM_ENDPOINT", "http://h/v1"}}).rfind("FIRSTHIRE_LLM_MODEL: unset", 0),
      0u);
  EXPECT_EQ(Error({{"FIRSTHIRE_LLM_TIMEOUT", "30"}}).rfind("FIRSTHIRE_LLM_TIMEOUT: ", 0), 0u);
  EXPECT_EQ(Error({{"FIRSTHIRE_LLM_API_KEY", "k"}}).rfind("FIRSTHIRE_LLM_API_KEY: ", 0), 0u);
}

TEST(LlmConfig, TimeoutIsWholeSecondsWithinBounds) {
  for (const char* bad : {"0", "601", "-5", "1.5", "ten", "30s"}) {
    std::string error = Error({{"FIRSTHIRE_LLM_ENDPOINT", "http://h/v1"},
                               {"FIRSTHIRE_LLM_MODEL", "m"},
                               {"FIRSTHIRE_LLM_TIMEOUT", bad}});
    EXPECT_EQ(error.rfind("FIRSTHIRE_LLM_TIMEOUT: expected whole seconds from 1 to 600", 0), 0u)
        << bad << ": " << error;
  }
  for (const char* good : {"1", "600"}) {
    EXPECT_TRUE(From({{"FIRSTHIRE_LLM_ENDPOINT", "http://h/v1"},
                      {"FIRSTHIRE_LLM_MODEL", "m"},
                      {"FIRSTHIRE_LLM_TIMEOUT", good}})
                    .ok());
  }
}

TEST(LlmConfig, AKeyThatWouldBreakTheHeaderIsRefused) {
  std::string error = Error({{"FIRSTHIRE_LLM_ENDPOINT", "http://h/v1"},
                             {"FIRSTHIRE_LLM_MODEL", "m"},
                             {"FIRSTHIRE_LLM_API_KEY", "abc\r\nX-Evil: 1"}});
  EXPECT_EQ(error.rfind("FIRSTHIRE_LLM_API_KEY: ", 0), 0u) << error;
}

}  // namespace
}  // namespace firsthire::llm

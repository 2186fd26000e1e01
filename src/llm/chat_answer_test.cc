#include "llm/chat_answer.h"

#include <gtest/gtest.h>

#include "llm/chat_stand_in_for_test.h"

namespace firsthire::llm {
namespace {

using testing::ChatCompletionBody;

constexpr const char* kGood = R"({"signals": [{"note": "summary", "category": "eval_discipline",
  "polarity": "strong", "quote": "golden set"}],
  "red_flags": [{"note": "summary", "id": "manual_validation_only", "quote": "by eye"}]})";

TEST(ChatAnswer, ReadsSignalsAndRedFlags) {
  Result<ModelAnswer> answer = ParseChatAnswer(ChatCompletionBody(kGood));
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  ASSERT_EQ(answer->signals.size(), 1u);
  EXPECT_EQ(answer->signals[0].category, "eval_discipline");
  EXPECT_EQ(answer->signals[0].polarity, "strong");
  EXPECT_EQ(answer->signals[0].quote, "golden set");
  ASSERT_EQ(answer->red_flags.size(), 1u);
  EXPECT_EQ(answer->red_flags[0].id, "manual_validation_only");
  EXPECT_TRUE(answer->ignored_fields.empty());
}

TEST(ChatAnswer, ToleratesACodeFence) {
  Result<ModelAnswer> answer =
      ParseChatAnswer(ChatCompletionBody(std::string("```json\n") + kGood + "\n```\n"));
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  EXPECT_EQ(answer->signals.size(), 1u);
}

TEST(ChatAnswer, ScoresAndRecommendationsAreIgnoredAndNamed) {
  Result<ModelAnswer> answer = ParseChatAnswer(ChatCompletionBody(R"({
    "score": 5, "recommendation": "strong_hire",
    "signals": [{"note": "summary", "category": "eval_discipline", "polarity": "strong",
                 "quote": "golden set", "score": 4}],
    "red_flags": []})"));
  ASSERT_TRUE(answer.ok()) << answer.status().ToString();
  EXPECT_EQ(answer->signals.size(), 1u);
  EXPECT_EQ(answer->ignored_fields,
            (std::vector<std::string>{"recommendation", "score", "signals[0].score"}));
}

TEST(ChatAnswer, SchemaViolationsRejectTheWholeAnswer) {
  for (const char* message :
       {R"({"signals": []})",
        R"({"signals": [{"note": "summary", "category": "eval_discipline",
               "polarity": "excellent", "quote": "golden set"}], "red_flags": []})",
        R"({"signals": [{"note": "summary", "category": "eval_discipline",
               "polarity": "strong"}], "red_flags": []})",
        R"({"signals": "golden set", "red_flags": []})", R"(["golden set"])"}) {
    Result<ModelAnswer> answer = ParseChatAnswer(ChatCompletionBody(message));
    ASSERT_FALSE(answer.ok()) << message;
    EXPECT_EQ(answer.status().code(), Code::kInvalidInput);
    EXPECT_EQ(answer.status().message().rfind("the model's answer does not match its schema: ", 0),
              0u)
        << answer.status().message();
  }
}

TEST(ChatAnswer, ABrokenEnvelopeOrMessageIsSaidPlainly) {
  EXPECT_EQ(ParseChatAnswer("<html>").status().message().rfind(
                "the model server's answer is not JSON", 0),
            0u);
  EXPECT_EQ(ParseChatAnswer(R"({"choices": []})")
                .status()
                .message()
                .rfind("the model server's answer has no choices[0].message.content", 0),
            0u);
  EXPECT_EQ(ParseChatAnswer(ChatCompletionBody("I think they are great!"))
                .status()
                .message()
                .rfind("the model's message is not JSON", 0),
            0u);
}

}  // namespace
}  // namespace firsthire::llm

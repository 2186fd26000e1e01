#include "engine/brief_wording.h"

#include <gtest/gtest.h>

namespace firsthire::assess_text {
namespace {

TEST(BriefWording, NumbersReadAsPeopleWriteThem) {
  EXPECT_EQ(Number(400), "400");
  EXPECT_EQ(Number(2.5), "2.5");
  EXPECT_EQ(Number(0.125), "0.125");
  EXPECT_EQ(Number(-3), "-3");
  EXPECT_EQ(Number(-0.0), "0");
  EXPECT_EQ(Number(1500000), "1500000");
  EXPECT_EQ(Number(0.1), "0.1");
}

TEST(BriefWording, ListsJoinWithAnd) {
  EXPECT_EQ(JoinWithAnd({}), "");
  EXPECT_EQ(JoinWithAnd({"a"}), "a");
  EXPECT_EQ(JoinWithAnd({"a", "b"}), "a and b");
  EXPECT_EQ(JoinWithAnd({"a", "b", "c"}), "a, b and c");
}

TEST(BriefWording, FilledTextIsTidied) {
  EXPECT_EQ(TidyFilledText("a target of 80 %."), "a target of 80%.");
  EXPECT_EQ(TidyFilledText("a target of 2 ."), "a target of 2.");
  EXPECT_EQ(TidyFilledText(" One  hire ( x ) , ok "), "One hire ( x), ok");
  EXPECT_EQ(TidyFilledText("10:30 and 3.5"), "10:30 and 3.5");
}

TEST(BriefWording, WordsAreRunsOfNonSpace) {
  EXPECT_EQ(WordCount(""), 0);
  EXPECT_EQ(WordCount("   "), 0);
  EXPECT_EQ(WordCount(" Route  tickets,\nfast. "), 3);
}

TEST(BriefWording, NormalizedTextFramesWholeWords) {
  EXPECT_EQ(NormalizeForMatching("Route  Tickets!"), " route tickets ");
  EXPECT_EQ(NormalizeForMatching("fine-tune (RAG)"), " fine-tune rag ");
  EXPECT_EQ(NormalizeForMatching(""), " ");
}

}  // namespace
}  // namespace firsthire::assess_text

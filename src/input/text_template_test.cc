#include "input/text_template.h"

#include <gtest/gtest.h>

namespace firsthire {
namespace {

TEST(FillTemplate, ReplacesKnownPlaceholders) {
  EXPECT_EQ(FillTemplate("runs {n} times a week ({min} needed)", {{"n", "12"}, {"min", "20"}}),
            "runs 12 times a week (20 needed)");
}

TEST(FillTemplate, KeepsUnknownPlaceholdersAndEscapes) {
  EXPECT_EQ(FillTemplate("{missing} and {{literal}", {{"n", "1"}}), "{missing} and {literal}");
  EXPECT_EQ(FillTemplate("open { brace", {}), "open { brace");
}

TEST(FillTemplate, ChoosesTheWordForOneOrMany) {
  const char* text = "with {n} distinct {n|red flag|red flags}";
  EXPECT_EQ(FillTemplate(text, {{"n", "1"}}), "with 1 distinct red flag");
  EXPECT_EQ(FillTemplate(text, {{"n", "2"}}), "with 2 distinct red flags");
  EXPECT_EQ(FillTemplate(text, {{"n", "0"}}), "with 0 distinct red flags");
  // Only exactly "1" is singular; an empty word is allowed.
  EXPECT_EQ(FillTemplate("{w} week{w||s}", {{"w", "1.5"}}), "1.5 weeks");
  EXPECT_EQ(FillTemplate("{w} week{w||s}", {{"w", "1"}}), "1 week");
}

TEST(FillTemplate, LeavesAnUnfilledOrMalformedChoiceAsWritten) {
  EXPECT_EQ(FillTemplate("{n|flag|flags}", {{"m", "1"}}), "{n|flag|flags}");
  EXPECT_EQ(FillTemplate("{n|flag}", {{"n", "1"}}), "{n|flag}");
}

}  // namespace
}  // namespace firsthire

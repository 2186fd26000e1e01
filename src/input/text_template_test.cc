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

}  // namespace
}  // namespace firsthire

#include "report/report.h"

#include <gtest/gtest.h>

#include <sstream>

namespace firsthire {
namespace {

int LongestLine(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  int longest = 0;
  while (std::getline(in, line)) {
    int w = 0;
    for (unsigned char c : line) w += (c & 0xC0) != 0x80;
    longest = std::max(longest, w);
  }
  return longest;
}

Report Sample() {
  Report r;
  r.Title("Assessment: support triage");
  r.Heading("Readiness");
  r.Bullet("The workflow runs 400 times a week, at least the 10 that make an AI system worth "
           "building and maintaining, which is a long sentence that must wrap.",
           Tone::kGood, "PASS");
  r.Note("rule: readiness.workflow_frequency");
  r.KeyValue("Verdict", "hire", Tone::kGood);
  r.Table({"Route", "Score", "Why"},
          {{"agency", "6", "Several disciplines are needed together, which an agency supplies "
                           "as one team, and the need is urgent."},
           {"freelancer", "-3", "No technical leadership."}});
  r.Paragraph(std::string(120, 'x'));
  return r;
}

TEST(Report, TextFitsEightyColumns) {
  std::string text = Sample().RenderText({80, false});
  EXPECT_LE(LongestLine(text), 80) << text;
  EXPECT_NE(text.find("- PASS The workflow runs 400"), std::string::npos) << text;
  EXPECT_EQ(text.find("\033["), std::string::npos) << "no colour unless asked";
}

TEST(Report, ColourOnlyWhenAsked) {
  std::string text = Sample().RenderText({80, true});
  EXPECT_NE(text.find("\033[32m"), std::string::npos);
}

TEST(Report, NarrowWidthStillWraps) {
  EXPECT_LE(LongestLine(Sample().RenderText({40, false})), 40);
}

TEST(Report, TerminalEscapesInUserTextAreNeutralised) {
  Report r;
  r.Bullet("name \033[2J\033]0;pwned\007 end");
  r.KeyValue("Candidate", "evil\rname");
  std::string text = r.RenderText({80, false});
  EXPECT_EQ(text.find('\033'), std::string::npos);
  EXPECT_EQ(text.find('\007'), std::string::npos);
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_NE(text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Report, MarkdownEscapesUserText) {
  Report r;
  r.Title("Kit");
  r.Bullet("<script>alert(1)</script> *bold* | pipe");
  r.Table({"a", "b"}, {{"x|y", "[link](javascript:x)"}});
  std::string md = r.RenderMarkdown();
  EXPECT_EQ(md.find("<script>"), std::string::npos) << md;
  EXPECT_NE(md.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(md.find("x\\|y"), std::string::npos) << md;
  EXPECT_NE(md.find("\\[link\\]"), std::string::npos) << md;
  EXPECT_EQ(md.rfind("# Kit", 0), 0u);
}

TEST(Report, MarkdownStructure) {
  std::string md = Sample().RenderMarkdown();
  EXPECT_NE(md.find("## Readiness"), std::string::npos);
  EXPECT_NE(md.find("- **PASS** The workflow"), std::string::npos);
  EXPECT_NE(md.find("| Route | Score | Why |"), std::string::npos);
  EXPECT_NE(md.find("| --- | --- | --- |"), std::string::npos);
  EXPECT_NE(md.find("- **Verdict:** hire"), std::string::npos);
}

TEST(WrapText, SplitsWordsLongerThanTheWidth) {
  std::string wrapped = WrapText(std::string(25, 'a'), 10, "", "");
  EXPECT_EQ(wrapped, "aaaaaaaaaa\naaaaaaaaaa\naaaaa\n");
}

TEST(WrapText, KeepsIndentOnContinuationLines) {
  EXPECT_EQ(WrapText("one two three", 9, "- ", "  "), "- one two\n  three\n");
}

}  // namespace
}  // namespace firsthire

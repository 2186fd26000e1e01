#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "firsthire/playbook.h"

namespace firsthire {
namespace {

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The first error whose message contains `needle`, with its line; 0 if none.
int ErrorLine(const std::string& text, const std::string& needle) {
  Diagnostics d;
  auto r = LoadPlaybook(text, "pb.yaml", &d);
  EXPECT_FALSE(r.ok());
  for (const auto& e : d.errors()) {
    if (e.message.find(needle) != std::string::npos) return e.where.line;
  }
  ADD_FAILURE() << "no error containing " << needle;
  return 0;
}

TEST(PlaybookEvidence, DefaultCarriesCuesForEveryCategoryPolarityAndRedFlag) {
  const Playbook& pb = DefaultPlaybook();
  for (const auto& id : pb.CategoryIds()) {
    for (const char* polarity : {"strong", "fail"}) {
      bool found = false;
      for (const auto& cue : pb.evidence.signals) {
        found = found || (cue.category == id && cue.polarity == NamesOf<EvidencePolarity>().Find(polarity) &&
                          !cue.phrases.empty());
      }
      EXPECT_TRUE(found) << id << "/" << polarity;
    }
  }
  for (const auto& id : pb.RedFlagIds()) {
    bool found = false;
    for (const auto& cue : pb.evidence.red_flags) found = found || cue.category == id;
    EXPECT_TRUE(found) << id;
  }
  EXPECT_EQ(pb.calibration.min_interviews, 4);
  ASSERT_EQ(pb.calibration.bands.size(), 3u);
  EXPECT_DOUBLE_EQ(*pb.calibration.bands[0].below, 0.667);
  EXPECT_FALSE(pb.calibration.bands[2].below.has_value());
}

TEST(PlaybookEvidence, AMalformedCuePatternIsALocatedError) {
  std::string text = std::string(DefaultPlaybookText());
  text = Replace(text, "phrases: [\"in production\",", "phrases: [\".. in production\",");
  EXPECT_GT(ErrorLine(text, "starts or ends with '..'"), 0);
  text = Replace(std::string(DefaultPlaybookText()), "\"eyeball*\", \"spot check*\"",
                 "\"eyeball*|\", \"spot check*\"");
  EXPECT_GT(ErrorLine(text, "empty alternative"), 0);
  text = Replace(std::string(DefaultPlaybookText()), "phrases: [\"in production\",",
                 "phrases: [\"in production ...\",");
  EXPECT_GT(ErrorLine(text, "starts or ends with '...'"), 0);
}

TEST(PlaybookEvidence, TermsExpandIntoEveryEntryWhereTheyStandForAWord) {
  std::string text = Replace(std::string(DefaultPlaybookText()), "  terms:\n",
                             "  terms:\n    pair: [a b, c]\n    tail: [x, y*]\n");
  text = Replace(text, "phrases: [\"in production\",",
                 "phrases: [\"@pair @tail .. z|@tail\", \"in production\",");
  Diagnostics d;
  auto pb = LoadPlaybook(text, "pb.yaml", &d);
  ASSERT_TRUE(pb.ok()) << pb.status().ToString();
  EXPECT_EQ(pb->evidence.signals[0].phrases[0], "a b x|a b y*|c x|c y* .. z|x|y*");
  // "recall@*" is a word with an '@' in it, not a term.
  bool kept = false;
  for (const auto& cue : pb->evidence.signals) {
    for (const auto& p : cue.phrases) kept = kept || p.find("recall@*") != std::string::npos;
  }
  EXPECT_TRUE(kept);
}

TEST(PlaybookEvidence, AnUnknownTermIsALocatedErrorWithASuggestion) {
  std::string text = Replace(std::string(DefaultPlaybookText()), "phrases: [\"in production\",",
                             "phrases: [\"read* .. @outptus\", \"in production\",");
  EXPECT_GT(ErrorLine(text, "unknown term '@outptus' (did you mean 'outputs'?)"), 0);
  text =
      Replace(std::string(DefaultPlaybookText()), "  terms:\n", "  terms:\n    bad: [\"a|b\"]\n");
  EXPECT_GT(ErrorLine(text, "term 'bad' entry 'a|b'"), 0);
}

TEST(PlaybookEvidence, UnknownCategoryOrPolarityIsAnError) {
  std::string text = Replace(std::string(DefaultPlaybookText()),
                             "    - category: production_shipping\n      polarity: strong",
                             "    - category: production_shiping\n      polarity: great");
  Diagnostics d;
  ASSERT_FALSE(LoadPlaybook(text, "pb.yaml", &d).ok());
  std::string all;
  for (const auto& e : d.errors()) all += e.message + "\n";
  EXPECT_NE(all.find("production_shiping"), std::string::npos) << all;
  EXPECT_NE(all.find("great"), std::string::npos) << all;
}

TEST(PlaybookEvidence, HeadingsAndImpliedFlagsAreLoadedAndCheckedWhereWritten) {
  const EvidenceRules& rules = DefaultPlaybook().evidence;
  EXPECT_FALSE(rules.headings.topics.empty());
  ASSERT_FALSE(rules.implied_flags.empty());
  EXPECT_EQ(rules.implied_flags[0].signal_category, "eval_discipline");
  std::string text = std::string(DefaultPlaybookText());
  std::string bad_signal =
      Replace(text, "signal: eval_discipline/fail", "signal: eval_discipline/great");
  int line = ErrorLine(bad_signal, "eval_discipline/great");
  EXPECT_EQ(line, ErrorLine(bad_signal, "must be category/polarity"));
  EXPECT_GT(line, 0);
  std::string bad_topic = Replace(text, "      eval_discipline: [eval*", "      evals: [eval*");
  EXPECT_GT(ErrorLine(bad_topic, "unknown category 'evals'"), 0);
}

TEST(PlaybookEvidence, BandsMustIncrease) {
  std::string text = Replace(std::string(DefaultPlaybookText()), "      below: 0.8\n",
                             "      below: 0.5\n");
  EXPECT_GT(ErrorLine(text, "above the previous band"), 0);
}

TEST(PlaybookEvidence, MentionsAreReadAsPatternsAndMayBeLeftOut) {
  std::string text = std::string(DefaultPlaybookText());
  std::size_t from = text.find("  mentions: [");
  ASSERT_NE(from, std::string::npos);
  std::size_t to = text.find('\n', from);
  Diagnostics d;
  auto own = LoadPlaybook(text.substr(0, from) + "  mentions: [\"heard of|read about\"]" +
                              text.substr(to),
                          "pb.yaml", &d);
  ASSERT_TRUE(own.ok()) << own.status().ToString();
  EXPECT_EQ(own->evidence.mentions, std::vector<std::string>{"heard of|read about"});
  Diagnostics d2;
  auto none = LoadPlaybook(text.substr(0, from) + text.substr(to + 1), "pb.yaml", &d2);
  ASSERT_TRUE(none.ok()) << none.status().ToString();
  EXPECT_TRUE(none->evidence.mentions.empty());
  EXPECT_FALSE(DefaultPlaybook().evidence.mentions.empty());
}

TEST(PlaybookEvidence, NegationStopsAreReadAsPatternsWithTheirTermsCheckedWhereWritten) {
  EXPECT_FALSE(DefaultPlaybook().evidence.negation_stops.empty());
  std::string text = std::string(DefaultPlaybookText());
  std::string bad = Replace(text, "  negation_stops: [drop,", "  negation_stops: [\"@nosuch\", drop,");
  std::size_t at = bad.find("  negation_stops:");
  ASSERT_NE(at, std::string::npos);
  int expected = 1 + static_cast<int>(std::count(bad.begin(), bad.begin() + at, '\n'));
  EXPECT_EQ(ErrorLine(bad, "unknown term '@nosuch'"), expected);
}

TEST(PlaybookEvidence, NotYetAndReportedAreLoadedAndCheckedWhereWritten) {
  const EvidenceRules& rules = DefaultPlaybook().evidence;
  EXPECT_EQ(rules.not_yet_rule, "evidence.not_yet");
  EXPECT_FALSE(rules.not_yet.empty());
  EXPECT_FALSE(rules.reported.empty());
  std::string text = std::string(DefaultPlaybookText());
  std::string no_rule = Replace(text, "    rule: evidence.not_yet\n", "");
  EXPECT_GT(ErrorLine(no_rule, "rule"), 0);
  std::string bad_term = Replace(text, "    phrases: [\"none|nothing", "    phrases: [\"@nothing_yet\", \"none|nothing");
  std::size_t at = bad_term.find("    phrases: [\"@nothing_yet");
  EXPECT_EQ(ErrorLine(bad_term, "unknown term '@nothing_yet'"),
            1 + static_cast<int>(std::count(bad_term.begin(), bad_term.begin() + at, '\n')));
}

TEST(PlaybookEvidence, APlaybookWithoutTheSectionsLoadsWithDefaults) {
  std::string text = std::string(DefaultPlaybookText());
  // Cut the evidence and calibration sections (they stand together), keep
  // whatever follows them.
  std::size_t from = text.find("\nevidence:");
  std::size_t to = text.find("\npipeline:");
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  ASSERT_LT(from, to);
  ASSERT_NE(text.find("\ncalibration:", from), std::string::npos);
  ASSERT_LT(text.find("\ncalibration:", from), to);
  text.erase(from, to - from);
  Diagnostics d;
  auto pb = LoadPlaybook(text, "pb.yaml", &d);
  ASSERT_TRUE(pb.ok()) << pb.status().ToString();
  EXPECT_TRUE(pb->evidence.signals.empty());
  EXPECT_EQ(pb->calibration.min_interviews, 4);
}

}  // namespace
}  // namespace firsthire

#include "firsthire/vocabulary.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "firsthire/playbook.h"

namespace firsthire {
namespace {

TEST(Vocabulary, NameTablesMapIdsBothWays) {
  const NameTable<SecurityReview>& names = NamesOf<SecurityReview>();
  EXPECT_EQ(names.vocabulary(), "security_review");
  EXPECT_EQ(names.Find("before_launch"), SecurityReview::kBeforeLaunch);
  EXPECT_EQ(names.Find("Before_launch"), std::nullopt);  // ids are exact
  EXPECT_EQ(names.Find(""), std::nullopt);
  EXPECT_EQ(IdOf(SecurityReview::kAfterLaunch), "after_launch");
  EXPECT_EQ(IdOr(std::optional<MistakeCost>(), "unstated"), "unstated");
  EXPECT_EQ(IdOr(std::optional(MistakeCost::kHigh), "unstated"), "high");
  EXPECT_EQ(names.Ids(),
            (std::vector<std::string>{"design", "before_launch", "after_launch", "none"}));
}

TEST(Vocabulary, EveryClosedVocabularyIsListedOnceWithItsIds) {
  std::set<std::string> names;
  for (const ClosedVocabulary& vocabulary : ClosedVocabularies()) {
    EXPECT_TRUE(names.insert(std::string(vocabulary.name)).second) << vocabulary.name;
    EXPECT_FALSE(vocabulary.ids->empty()) << vocabulary.name;
    EXPECT_EQ(&VocabularyIds(vocabulary.name), vocabulary.ids);
  }
  EXPECT_EQ(names.size(), 10u);
  EXPECT_EQ(VocabularyIds("organisation_need").back(), "change_management");
  EXPECT_TRUE(VocabularyIds("no_such_vocabulary").empty());
}

TEST(Vocabulary, TheDefaultPlaybookWordsEveryIdOfEveryVocabulary) {
  const Playbook& pb = DefaultPlaybook();
  ASSERT_EQ(pb.vocabularies.size(), ClosedVocabularies().size());
  for (size_t v = 0; v < pb.vocabularies.size(); ++v) {
    const Vocabulary& vocabulary = pb.vocabularies[v];
    EXPECT_EQ(vocabulary.name, ClosedVocabularies()[v].name);
    ASSERT_EQ(vocabulary.terms.size(), ClosedVocabularies()[v].ids->size()) << vocabulary.name;
    for (const VocabularyTerm& term : vocabulary.terms) {
      EXPECT_FALSE(term.label.empty()) << vocabulary.name << "." << term.id;
      EXPECT_NE(term.label, term.id) << "a readable label, not the id: " << term.id;
    }
  }
  EXPECT_EQ(pb.Phrase(OrganisationNeed::kAi), "AI");
  EXPECT_EQ(pb.Phrase(OrganisationNeed::kBackend), "backend");  // no phrase: the id
  EXPECT_EQ(pb.Phrase(RoleLevel::kMid), "mid-level");
  EXPECT_EQ(pb.FindVocabulary("security_review")->Find("design")->label, "From the design stage");
}

std::string WithVocabularies(const std::string& section) {
  std::string text(DefaultPlaybookText());
  size_t at = text.find("\nvocabularies:");
  EXPECT_NE(at, std::string::npos);
  return text.substr(0, at + 1) + section;
}

TEST(Vocabulary, APlaybookWithoutTheSectionLabelsIdsWithThemselves) {
  Diagnostics d;
  auto pb = LoadPlaybook(WithVocabularies(""), "pb.yaml", &d);
  ASSERT_TRUE(pb.ok()) << pb.status().ToString();
  EXPECT_EQ(pb->FindVocabulary("mistake_cost")->Find("high")->label, "high");
  EXPECT_EQ(pb->Phrase(OrganisationNeed::kAi), "ai");
}

TEST(Vocabulary, UnknownRepeatedAndMissingIdsAreLocatedErrors) {
  const std::string urgency =
      "vocabularies:\n  urgency:\n    - {id: low, label: Low}\n    - {id: meduim, label: M}\n"
      "    - {id: high, label: High}\n";
  Diagnostics d;
  auto unknown = LoadPlaybook(WithVocabularies(urgency), "pb.yaml", &d);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("did you mean 'medium'"), std::string::npos)
      << unknown.status().message();
  EXPECT_GT(unknown.status().location().line, 1000);
  bool missing = false;
  for (const Diagnostic& e : d.errors()) missing |= e.message.find("no entry for 'medium'") != std::string::npos;
  EXPECT_TRUE(missing);

  Diagnostics twice;
  EXPECT_FALSE(LoadPlaybook(WithVocabularies("vocabularies:\n  urgency:\n"
                                             "    - {id: low, label: Low}\n"
                                             "    - {id: low, label: Low}\n"
                                             "    - {id: medium, label: M}\n"
                                             "    - {id: high, label: H}\n"),
                            "pb.yaml", &twice)
                   .ok());
  Diagnostics typo;
  auto name = LoadPlaybook(WithVocabularies("vocabularies:\n  urgancy: []\n"), "pb.yaml", &typo);
  EXPECT_TRUE(name.ok());  // an unknown vocabulary is a warning
  ASSERT_FALSE(typo.warnings().empty());
  EXPECT_NE(typo.warnings().front().message.find("urgency"), std::string::npos);
}

}  // namespace
}  // namespace firsthire

// docs/playbook.md maps every rule id of the default playbook to its idea and
// source: a rule id added to the playbook without a line there fails here.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "firsthire/playbook.h"

namespace firsthire {
namespace {

std::string ReadDoc() {
  std::ifstream in(std::string(FIRSTHIRE_SOURCE_DIR) + "/docs/playbook.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every rule id the default playbook defines or the engine derives from it:
// the values of `rule` and `*_rule` keys, the route factors' ids, and the ids
// built from criteria (readiness.<id>) and shapes (first_hire.<id>).
std::set<std::string> PlaybookRuleIds() {
  std::set<std::string> ids;
  std::string yaml(DefaultPlaybookText());
  std::regex rule_line(R"((?:^|\n)\s*(?:-\s+)?\w*rule:\s*([a-z_]+(?:\.[a-z_]+)+)\s*(?=\n))");
  for (std::sregex_iterator it(yaml.begin(), yaml.end(), rule_line), end; it != end; ++it) {
    ids.insert((*it)[1]);
  }
  const Playbook& pb = DefaultPlaybook();
  for (const auto& f : pb.routes.factors) ids.insert(f.id);
  for (const auto& c : pb.criteria) ids.insert("readiness." + c.id);
  for (const auto& s : pb.shapes) ids.insert("first_hire." + s.id);
  ids.insert("scorecard.single_interviewer");
  return ids;
}

TEST(PlaybookDocs, EveryRuleIdIsMappedInDocsPlaybookMd) {
  std::string doc = ReadDoc();
  ASSERT_FALSE(doc.empty()) << "docs/playbook.md is missing";
  std::set<std::string> ids = PlaybookRuleIds();
  EXPECT_GT(ids.size(), 80u);  // the extraction itself works
  EXPECT_TRUE(ids.count("recommendation.red_flags"));
  EXPECT_TRUE(ids.count("route.agency.broad"));
  for (const auto& id : ids) {
    EXPECT_NE(doc.find("| `" + id + "` |"), std::string::npos)
        << "rule id " << id << " has no row in docs/playbook.md";
  }
}

}  // namespace
}  // namespace firsthire

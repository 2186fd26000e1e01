#include "input/record_readers.h"

#include <gtest/gtest.h>

#include <string>

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

Document Json(const std::string& text) {
  auto document = Document::ParseJson(text, "body");
  EXPECT_TRUE(document.ok()) << document.status().ToString();
  return std::move(document).value();
}

TEST(RecordReaders, OneScorecardWithoutAnInterviewer) {
  Document body = Json(R"({"scores": {"eval_discipline": 4}, "submit": false})");
  Diagnostics d;
  auto card = ReadOneScorecard(body.root(&d), Pb(), /*interviewer_given=*/false, {"submit"});
  ASSERT_TRUE(card.ok()) << card.status().ToString();
  EXPECT_EQ(card->scores.at("eval_discipline"), 4);
  EXPECT_TRUE(d.warnings().empty());  // submit is the caller's key
}

TEST(RecordReaders, AScorecardErrorNamesThePathLineAndColumnOfTheBody) {
  Document body = Json("{\"scores\": {\n  \"eval_discipline\": 4,\n  \"charisma\": 3}}");
  Diagnostics d;
  auto card = ReadOneScorecard(body.root(&d), Pb(), false);
  ASSERT_FALSE(card.ok());
  EXPECT_EQ(card.status().location().field, "scores.charisma");
  EXPECT_EQ(card.status().location().line, 3);
  EXPECT_EQ(card.status().location().column, 15);
  Diagnostics missing;
  EXPECT_EQ(ReadOneScorecard(Json("{\"notes\": {}}").root(&missing), Pb(), false)
                .status()
                .location()
                .field,
            "scores");
  // With interviewer_given the card must name one.
  Diagnostics named;
  EXPECT_FALSE(
      ReadOneScorecard(Json(R"({"scores": {"eval_discipline": 4}})").root(&named), Pb(), true).ok());
}

TEST(RecordReaders, OneTeamMember) {
  Diagnostics d;
  auto member = ReadTeamMember(Json(R"({"name": "Ada", "traits": {"design": 4}})").root(&d), Pb());
  ASSERT_TRUE(member.ok());
  EXPECT_EQ(member->name, "Ada");
  Diagnostics bad;
  auto wrong = ReadTeamMember(Json(R"({"name": "Ada", "traits": {"desing": 4}})").root(&bad), Pb());
  EXPECT_EQ(wrong.status().location().field, "traits.desing");
}

TEST(RecordReaders, ATeamBodyMayCarryThePoolBesideIt) {
  Document body = Json(
      R"({"members": [{"name": "Ada", "traits": {"design": 4}}],
          "candidates": [{"id": "c1", "traits": {"meta": 3}}, {"id": "c1"}]})");
  Diagnostics d;
  InputNode root = body.root(&d);
  auto team = ReadTeam(root, Pb(), {"candidates"});
  ASSERT_TRUE(team.ok());
  EXPECT_TRUE(d.warnings().empty());
  auto pool = ReadPoolCandidates(root.Get("candidates"), Pb(), {});
  ASSERT_FALSE(pool.ok());  // the duplicate id
  EXPECT_EQ(pool.status().location().line, 2);
  PoolLoadOptions skip;
  skip.skip_bad_rows = true;
  Diagnostics again;
  auto kept = ReadPoolCandidates(body.root(&again).Get("candidates"), Pb(), skip);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->size(), 1u);
}

TEST(RecordReaders, ParseJsonRefusesWhatIsNotJson) {
  auto yaml = Document::ParseJson("workflow: {name: x}", "body");
  ASSERT_FALSE(yaml.ok());
  EXPECT_EQ(yaml.status().location().line, 1);
  EXPECT_NE(yaml.status().message().find("JSON syntax error"), std::string::npos);
  auto comma = Document::ParseJson("{\"a\": 1,\n}", "body");
  ASSERT_FALSE(comma.ok());  // YAML would take the trailing comma; JSON does not
  EXPECT_EQ(comma.status().location().line, 2);
  EXPECT_FALSE(Document::ParseJson("", "body").ok());
  EXPECT_TRUE(Document::ParseJson("{\"a\": [1, 2.5, \"\\u00e9\"]}", "body").ok());
}

}  // namespace
}  // namespace firsthire

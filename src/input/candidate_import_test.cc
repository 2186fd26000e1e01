#include "input/candidate_import.h"

#include <gtest/gtest.h>

#include <string>

namespace firsthire {
namespace {

const Playbook& Pb() { return DefaultPlaybook(); }

TEST(CandidateImportCsv, ReadsTheColumnsATeamKeeps) {
  auto read = ReadCandidatesCsv(
      "\xEF\xBB\xBFName,EMAIL,Role,cost,codes,id,stage,Software engineering,design,referrer\r\n"
      "\"Park, Lena\",lena@example.com,Designer,\"110,000\",,lena,,1,4,\"a\nfriend\"\r\n"
      "\r\n"
      "Omar,,,125000,yes,,screen,,,\r\n",
      "f.csv", Pb());
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->problems.size(), 1u);  // "110,000" is not a number
  EXPECT_EQ(read->problems[0].line, 2);
  EXPECT_EQ(read->problems[0].field, "cost");
  ASSERT_EQ(read->rows.size(), 1u);
  const ImportRow& omar = read->rows[0];
  EXPECT_EQ(omar.line, 5);  // after a quoted line break and a blank line
  EXPECT_EQ(omar.name, "Omar");
  EXPECT_EQ(omar.stage, "screen");
  EXPECT_EQ(omar.profile["cost"], 125000);
  EXPECT_EQ(omar.profile["codes"], true);
  EXPECT_FALSE(omar.profile.contains("traits"));  // no level given
  EXPECT_EQ(omar.profile["source"], "csv");
}

TEST(CandidateImportCsv, KeepsOtherColumnsAndTraitsByTitle) {
  auto read = ReadCandidatesCsv("name,Product sense,team,source\nAda,3,platform,linkedin\n", "f",
                                Pb());
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->rows.size(), 1u);
  EXPECT_EQ(read->rows[0].profile["traits"]["product_sense"], 3);
  EXPECT_EQ(read->rows[0].profile["team"], "platform");
  EXPECT_EQ(read->rows[0].profile["source"], "csv");  // the import's own key is kept
}

TEST(CandidateImportCsv, EachBadRowNamesItsLineAndColumn) {
  auto read = ReadCandidatesCsv(
      "name,email,stage,meta,id\n"
      "A,not-an-email,,,\n"
      ",,,,\n"
      "C,,hird,,\n"
      "D,,,6,\n"
      "E,,,,x\n"
      "F,,,,x\n"
      "G,,\n",
      "f", Pb());
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->problems.size(), 6u);
  EXPECT_EQ(read->problems[0].line, 2);
  EXPECT_EQ(read->problems[0].field, "email");
  EXPECT_EQ(read->problems[1].field, "name");
  EXPECT_EQ(read->problems[2].field, "stage");
  EXPECT_NE(read->problems[2].message.find("did you mean 'hired'"), std::string::npos)
      << read->problems[2].message;
  EXPECT_EQ(read->problems[3].field, "meta");
  EXPECT_EQ(read->problems[4].line, 7);  // the second x
  EXPECT_EQ(read->problems[4].field, "id");
  EXPECT_NE(read->problems[4].message.find("line 6"), std::string::npos);
  EXPECT_EQ(read->problems[5].field, "");  // too few fields: the row as a whole
  ASSERT_EQ(read->rows.size(), 1u);
  EXPECT_EQ(read->rows[0].name, "E");
}

TEST(CandidateImportCsv, AFileThatCannotBeReadFailsWithItsLine) {
  auto no_name = ReadCandidatesCsv("email\nx@example.com\n", "f", Pb());
  EXPECT_EQ(no_name.status().location().field, "name");
  EXPECT_EQ(no_name.status().location().line, 1);
  EXPECT_FALSE(ReadCandidatesCsv("", "f", Pb()).ok());
  EXPECT_FALSE(ReadCandidatesCsv("name\n\n", "f", Pb()).ok());  // no rows
  EXPECT_FALSE(ReadCandidatesCsv("name\n\xff\n", "f", Pb()).ok());  // not UTF-8
  std::string many = "name\n";
  for (size_t i = 0; i < kMaxImportRows; ++i) many += "p\n";
  EXPECT_TRUE(ReadCandidatesCsv(many, "f", Pb()).ok());  // exactly the cap
  EXPECT_EQ(ReadCandidatesCsv(many + "p\n", "f", Pb()).status().code(), Code::kTooLarge);
}

TEST(CandidateImportJson, ReadsOneResumeOrAnArrayWithLines) {
  auto array = ReadCandidatesJsonResume(
      "[\n"
      "  {\"basics\": {\"name\": \"Ravi\", \"email\": \"ravi@example.com\", \"label\": \"ML\"},\n"
      "   \"skills\": [{\"name\": \"Python\", \"level\": \"Master\"}],\n"
      "   \"meta\": {\"id\": \"r1\", \"cost\": 180000}},\n"
      "  {\"basics\": {\"email\": \"x@example.com\"}},\n"
      "  {\"basics\": {\"name\": \"Neg\"}, \"meta\": {\"cost\": -1}},\n"
      "  7\n"
      "]",
      "f.json", Pb());
  ASSERT_TRUE(array.ok()) << array.status().ToString();
  ASSERT_EQ(array->rows.size(), 1u);
  const ImportRow& ravi = array->rows[0];
  EXPECT_EQ(ravi.line, 2);
  EXPECT_EQ(ravi.email, "ravi@example.com");
  EXPECT_EQ(ravi.profile["role"], "ML");
  EXPECT_EQ(ravi.profile["external_id"], "r1");
  EXPECT_EQ(ravi.profile["traits"]["software_engineering"], 5);
  EXPECT_EQ(ravi.profile["traits"]["design"], 0);
  EXPECT_EQ(ravi.profile["resume"]["basics"]["name"], "Ravi");
  ASSERT_EQ(array->problems.size(), 3u);
  EXPECT_EQ(array->problems[0].line, 5);
  EXPECT_EQ(array->problems[0].field, "basics.name");
  EXPECT_EQ(array->problems[1].field, "meta.cost");
  EXPECT_EQ(array->problems[2].line, 7);

  auto one = ReadCandidatesJsonResume("{\"basics\": {\"name\": \"Solo\"}}", "f", Pb());
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->rows.size(), 1u);
}

TEST(CandidateImportJson, SyntaxErrorsNameLineAndColumn) {
  auto bad = ReadCandidatesJsonResume("[\n  {\"basics\": }\n]", "f", Pb());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().location().line, 2);
  EXPECT_EQ(bad.status().location().column, 14);  // the closing brace
  EXPECT_FALSE(ReadCandidatesJsonResume("[]", "f", Pb()).ok());  // no resumes
  // YAML that is not JSON is refused: the body must be JSON.
  EXPECT_FALSE(ReadCandidatesJsonResume("basics: {name: A}", "f", Pb()).ok());
}

}  // namespace
}  // namespace firsthire

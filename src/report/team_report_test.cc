#include "report/team_report.h"

#include <gtest/gtest.h>

#include <sstream>

namespace firsthire {
namespace {

TeamRecord SampleRecord(bool with_pool, bool optimal) {
  const Playbook& pb = DefaultPlaybook();
  Team team;
  TeamMember ana;
  ana.name = "Ana";
  ana.levels.assign(pb.traits.size(), 0);
  ana.levels[0] = 4;
  team.members.push_back(ana);
  CandidatePool pool(pb.TraitIds());
  std::vector<uint8_t> lv(pb.traits.size(), 4);
  pool.Add("c1", "Cleo", lv.data(), 10);
  TeamRequest req;
  if (with_pool) req.pool = &pool;
  TeamRecord r = EvaluateTeam(pb, team, req);
  if (with_pool && !optimal) {
    r.best_hires->optimal = false;
    r.best_hires->bound = r.best_hires->objective + 1;
  }
  return r;
}

TEST(TeamReportTest, JsonHasTheSpecKeys) {
  nlohmann::json j = TeamToJson(SampleRecord(true, true));
  for (const char* key : {"coverage", "gaps", "warnings", "best_hires"}) EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_TRUE(j["coverage"]["score"].is_number());
  EXPECT_EQ(j["coverage"]["traits"]["product_sense"], 4);
  EXPECT_EQ(j["coverage"]["traits"].size(), 6u);
  const auto& b = j["best_hires"];
  EXPECT_EQ(b["picks"], nlohmann::json::array({"c1"}));
  EXPECT_TRUE(b["objective"].is_number());
  EXPECT_EQ(b["cost"], 10);
  EXPECT_EQ(b["optimal"], true);
  EXPECT_FALSE(b.contains("bound"));
  EXPECT_FALSE(j["gaps"].empty());
  EXPECT_EQ(j["gaps"][0]["rule"], "team.gap");
}

TEST(TeamReportTest, BoundOnlyWhenNotOptimalAndNullWithoutPool) {
  nlohmann::json j = TeamToJson(SampleRecord(true, false));
  EXPECT_EQ(j["best_hires"]["optimal"], false);
  EXPECT_TRUE(j["best_hires"]["bound"].is_number());
  EXPECT_TRUE(TeamToJson(SampleRecord(false, true))["best_hires"].is_null());
}

TEST(TeamReportTest, TextFitsEightyColumnsAndNamesGapsAndPicks) {
  std::string text = TeamReport(SampleRecord(true, true)).RenderText({80, false});
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    // Bytes, not columns: the text is ASCII apart from user names here.
    EXPECT_LE(line.size(), 80u) << line;
  }
  EXPECT_NE(text.find("Cleo"), std::string::npos);
  EXPECT_NE(text.find("team.gap"), std::string::npos);
  EXPECT_NE(text.find("Proven best"), std::string::npos);
  std::string md = TeamReport(SampleRecord(true, true)).RenderMarkdown();
  EXPECT_NE(md.find("# Team coverage"), std::string::npos);
}

}  // namespace
}  // namespace firsthire

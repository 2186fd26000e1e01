#include "report/plan_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "firsthire/plan.h"
#include "firsthire/playbook.h"

namespace firsthire {
namespace {

using ::testing::HasSubstr;

Plan SamplePlan() {
  Brief b;
  b.workflow.name = "Invoice matching";
  b.metric = {"invoices matched without a person", 20, 80, "%"};
  b.sources = {{"ERP", DataAccess::kAvailable, DataSensitivity::kConfidential}};
  b.owner = {"Lee", "Finance ops lead"};
  b.constraints.mistake_cost = MistakeCost::kHigh;
  b.constraints.human_review = true;
  return BuildPlan(DefaultPlaybook(), b);
}

std::string Flat(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') continue;
    bool space = c == ' ' || c == '\n';
    if (space && !out.empty() && out.back() == ' ') continue;
    out += space ? ' ' : c;
  }
  return out;
}

TEST(PlanToJsonTest, KeysAndValues) {
  Plan plan = SamplePlan();
  nlohmann::json j = PlanToJson(plan);
  std::set<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.insert(key);
  EXPECT_EQ(keys, (std::set<std::string>{"playbook", "workflow", "owner", "windows", "go_no_go",
                                         "judgement_note", "warnings", "scope"}));
  EXPECT_EQ(j["workflow"], "Invoice matching");
  EXPECT_EQ(j["owner"], "Lee, Finance ops lead");
  EXPECT_EQ(j["playbook"]["version"], DefaultPlaybook().version);
  ASSERT_EQ(j["windows"].size(), 3u);
  EXPECT_EQ(j["windows"][0]["id"], "days_1_30");
  EXPECT_EQ(j["windows"][2]["id"], "days_61_90");
  for (const auto& window : j["windows"]) {
    for (const auto& d : window["deliverables"]) {
      EXPECT_EQ(d["status"], "not_started");
      EXPECT_TRUE(d["id"].is_string());
      EXPECT_TRUE(d["text"].is_string());
    }
  }
  EXPECT_EQ(j["go_no_go"]["rule"], "plan.go_no_go");
  EXPECT_EQ(j["go_no_go"]["go"], plan.go_no_go.go);
  EXPECT_EQ(j["go_no_go"]["no_go"], plan.go_no_go.no_go);
  EXPECT_THAT(j["go_no_go"]["go"].get<std::string>(), HasSubstr("80%"));
}

TEST(PlanReportTest, TextAndMarkdownShowEveryDeliverableAndTheGoNoGo) {
  Plan plan = SamplePlan();
  Report report = PlanReport(plan);
  for (const std::string& output : {report.RenderText({80, false}), report.RenderMarkdown()}) {
    std::string flat = Flat(output);
    for (const auto& window : plan.windows) {
      EXPECT_THAT(flat, HasSubstr(window.title));
      for (const auto& d : window.deliverables) EXPECT_THAT(flat, HasSubstr(Flat(d.text)));
    }
    EXPECT_THAT(flat, HasSubstr(Flat(plan.go_no_go.go)));
    EXPECT_THAT(flat, HasSubstr(Flat(plan.go_no_go.no_go)));
    EXPECT_THAT(flat, HasSubstr("plan.go_no_go"));
    EXPECT_THAT(flat, HasSubstr(Flat(plan.judgement_note)));
  }
}

TEST(PlanReportTest, TextFitsEightyColumns) {
  std::istringstream lines(PlanReport(SamplePlan()).RenderText({80, false}));
  std::string line;
  while (std::getline(lines, line)) {
    int width = 0;
    for (unsigned char c : line) width += (c & 0xC0) != 0x80;
    EXPECT_LE(width, 80) << line;
  }
}

TEST(PlanReportTest, MarkdownStartsWithTheWorkflowTitle) {
  std::string md = PlanReport(SamplePlan()).RenderMarkdown();
  EXPECT_EQ(md.rfind("# 30-60-90 day plan: Invoice matching", 0), 0u);
  EXPECT_THAT(md, HasSubstr("## Days 1-30"));
}

}  // namespace
}  // namespace firsthire

// POST /api/v1/candidates/import over real HTTP, on both backends: CSV and
// JSON Resume files through the C++ import reader, all rows or none (or the
// good ones with skip_bad_rows=true), who may import, and the limits.
#include <string>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

constexpr char kCsv[] =
    "name,email,role,cost,codes,id,stage,software_engineering,Product sense,referrer\n"
    "Lena Park,lena@example.com,Product designer,110000,no,lena,,1,3,referral\n"
    "\"Omar, Jr. Haddad\",,Product manager,,yes,omar,screen,0,4,\n";

class ApiImportTest : public ApiTest {
 protected:
  Answer Import(const std::string& body, std::string_view type, const Caller& who,
                const std::string& query = "") {
    return CallRaw("POST", "/api/v1/candidates/import" + query, body, who, type);
  }

  json Candidates() {
    return Call("GET", "/api/v1/candidates?limit=500", std::nullopt, manager_.caller).body;
  }
};

TEST_P(ApiImportTest, ACsvFileIsImportedWithItsColumns) {
  Answer answer = Import(kCsv, "text/csv", manager_.caller);
  ASSERT_EQ(answer.status, 201) << answer.raw;
  ASSERT_EQ(answer.body["imported"].size(), 2u);
  EXPECT_EQ(answer.body["skipped"], json::array());
  const json& lena = answer.body["imported"][0];
  EXPECT_EQ(lena["name"], "Lena Park");
  EXPECT_EQ(lena["email"], "lena@example.com");
  EXPECT_EQ(lena["stage"], "applied");
  EXPECT_EQ(lena["profile"]["traits"], json({{"software_engineering", 1}, {"product_sense", 3}}));
  EXPECT_EQ(lena["profile"]["cost"], 110000);
  EXPECT_EQ(lena["profile"]["codes"], false);
  EXPECT_EQ(lena["profile"]["external_id"], "lena");
  EXPECT_EQ(lena["profile"]["role"], "Product designer");
  EXPECT_EQ(lena["profile"]["source"], "csv");
  EXPECT_EQ(lena["profile"]["referrer"], "referral");  // any other column is kept as text
  const json& omar = answer.body["imported"][1];
  EXPECT_EQ(omar["name"], "Omar, Jr. Haddad");
  EXPECT_EQ(omar["stage"], "screen");
  EXPECT_FALSE(omar["profile"].contains("cost"));
  EXPECT_EQ(Candidates()["total"], 2);
}

TEST_P(ApiImportTest, AJsonResumeArrayIsImportedWithTraitLevels) {
  json resumes = json::array(
      {{{"basics", {{"name", "Ravi Menon"}, {"email", "ravi@example.com"}, {"label", "ML"}}},
        {"skills", json::array({{{"name", "Python"}, {"level", "Expert"}}})},
        {"meta", {{"id", "ravi"}, {"cost", 180000}}}},
       {{"basics", {{"name", "June Alvarez"}}}}});
  Answer answer = Import(resumes.dump(2), "application/json", manager_.caller);
  ASSERT_EQ(answer.status, 201) << answer.raw;
  ASSERT_EQ(answer.body["imported"].size(), 2u);
  const json& ravi = answer.body["imported"][0];
  EXPECT_EQ(ravi["email"], "ravi@example.com");
  EXPECT_EQ(ravi["profile"]["source"], "json_resume");
  EXPECT_EQ(ravi["profile"]["role"], "ML");
  EXPECT_EQ(ravi["profile"]["cost"], 180000);
  EXPECT_EQ(ravi["profile"]["resume"]["meta"]["id"], "ravi");
  EXPECT_GT(ravi["profile"]["traits"]["software_engineering"].get<int>(), 0);
  EXPECT_EQ(answer.body["imported"][1]["profile"]["traits"]["software_engineering"], 0);
  // One resume (not an array) is a file of one.
  Answer one = Import(R"({"basics": {"name": "Solo"}})", "application/json", admin_.caller);
  ASSERT_EQ(one.status, 201) << one.raw;
  EXPECT_EQ(Candidates()["total"], 3);
}

TEST_P(ApiImportTest, ABadRowRefusesTheFileWithItsLineAndStoresNothing) {
  std::string csv = std::string(kCsv) + "Bad Level,,,,,,,7,1,\n\nNo Cost,,,-5,,,,,,\n";
  Answer answer = Import(csv, "text/csv", manager_.caller);
  ASSERT_EQ(answer.status, 400) << answer.raw;
  ASSERT_EQ(answer.body["rows"].size(), 2u);
  EXPECT_EQ(answer.body["rows"][0]["line"], 4);
  EXPECT_EQ(answer.body["rows"][0]["field"], "software_engineering");
  EXPECT_EQ(answer.body["rows"][1]["line"], 6);  // the blank row 5 is not a row
  EXPECT_EQ(answer.body["rows"][1]["field"], "cost");
  EXPECT_EQ(answer.body["error"]["line"], 4);
  EXPECT_EQ(answer.body["error"]["field"], "software_engineering");
  EXPECT_EQ(Candidates()["total"], 0);
  // A resume without a name, on the line it starts.
  Answer resume = Import("[{\"basics\": {\"name\": \"A\"}},\n {\"basics\": {}}]",
                         "application/json", manager_.caller);
  ASSERT_EQ(resume.status, 400) << resume.raw;
  EXPECT_EQ(resume.body["rows"][0]["line"], 2);
  EXPECT_EQ(resume.body["rows"][0]["field"], "basics.name");
  EXPECT_EQ(Candidates()["total"], 0);
}

TEST_P(ApiImportTest, SkipBadRowsKeepsTheGoodOnes) {
  std::string csv = std::string(kCsv) + "Bad Stage,,,,,,hird,,,\n";
  Answer answer = Import(csv, "text/csv", manager_.caller, "?skip_bad_rows=true");
  ASSERT_EQ(answer.status, 201) << answer.raw;
  EXPECT_EQ(answer.body["imported"].size(), 2u);
  ASSERT_EQ(answer.body["skipped"].size(), 1u);
  EXPECT_EQ(answer.body["skipped"][0]["line"], 4);
  EXPECT_EQ(answer.body["skipped"][0]["field"], "stage");
  EXPECT_NE(answer.body["skipped"][0]["message"].get<std::string>().find("hired"),
            std::string::npos);  // did you mean
  EXPECT_EQ(Candidates()["total"], 2);
  EXPECT_EQ(Import(kCsv, "text/csv", manager_.caller, "?skip_bad_rows=maybe").status, 422);
}

TEST_P(ApiImportTest, OnlyManagersImport) {
  EXPECT_EQ(Import(kCsv, "text/csv", interviewer_.caller).status, 403);
  EXPECT_EQ(Import(kCsv, "text/csv", Caller{}).status, 401);
  EXPECT_EQ(Candidates()["total"], 0);
}

TEST_P(ApiImportTest, TheFileAndTheOpeningAreChecked) {
  EXPECT_EQ(Import(kCsv, "text/plain", manager_.caller).status, 415);
  Answer no_name = Import("email\nx@example.com\n", "text/csv", manager_.caller);
  EXPECT_EQ(no_name.status, 400) << no_name.raw;
  EXPECT_EQ(no_name.body["error"]["field"], "name");
  Answer syntax = Import("[\n{\"basics\": }]", "application/json", manager_.caller);
  EXPECT_EQ(syntax.status, 400) << syntax.raw;
  EXPECT_EQ(syntax.body["error"]["line"], 2);  // strict JSON, with its position
  EXPECT_FALSE(syntax.body.contains("rows"));
  Answer ghost = Import(kCsv, "text/csv", manager_.caller, "?opening_id=ghost");
  EXPECT_EQ(ghost.status, 404) << ghost.raw;
  Answer opening = Call("POST", "/api/v1/openings", json{{"title", "AI"}}, manager_.caller);
  ASSERT_EQ(opening.status, 201);
  std::string id = opening.body["id"];
  Answer joined = Import(kCsv, "text/csv", manager_.caller, "?opening_id=" + id);
  ASSERT_EQ(joined.status, 201) << joined.raw;
  EXPECT_EQ(joined.body["imported"][1]["opening_id"], id);
}

TEST_P(ApiImportTest, OversizedFilesAre413) {
  std::string rows = "name\n";
  for (int i = 0; i <= 10'000; ++i) rows += "p" + std::to_string(i) + "\n";  // 10,001 rows
  Answer many = Import(rows, "text/csv", manager_.caller);
  EXPECT_EQ(many.status, 413) << many.raw.substr(0, 200);
  std::string huge = "name\n" + std::string(2 << 20, 'x') + "\n";  // over the body limit
  EXPECT_EQ(Import(huge, "text/csv", manager_.caller).status, 413);
  EXPECT_EQ(Candidates()["total"], 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiImportTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

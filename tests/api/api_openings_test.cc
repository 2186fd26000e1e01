// Openings made from a brief follow it: their kit and plan are computed from
// the brief's current text, on both backends.
#include <string>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "api_fixture.h"
#include "input/yaml_json.h"

namespace firsthire::apitest {
namespace {

class ApiOpeningsTest : public ApiTest {
 protected:
  static json Brief() {
    return YamlToJson(YAML::LoadFile(std::string(FIRSTHIRE_SOURCE_DIR) +
                                     "/examples/briefs/policy_search_assistant.yaml"));
  }
};

TEST_P(ApiOpeningsTest, ChangingABriefRecomputesTheKitAndPlanOfItsOpenings) {
  json input = Brief();
  Answer brief = Call("POST", "/api/v1/briefs", json{{"brief", input}}, manager_.caller);
  ASSERT_EQ(brief.status, 201) << brief.raw;
  std::string brief_id = brief.body["id"];
  Answer made = Call("POST", "/api/v1/openings",
                     json{{"title", "Policy search engineer"}, {"brief_id", brief_id},
                          {"status", "interviewing"}},
                     manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  std::string opening_path = "/api/v1/openings/" + made.body["id"].get<std::string>();
  Answer unrelated = Call("POST", "/api/v1/openings", json{{"title", "No brief"}}, manager_.caller);
  ASSERT_EQ(unrelated.status, 201) << unrelated.raw;
  const std::string old_metric = input["metric"]["name"];
  ASSERT_NE(made.body["plan"].dump().find(old_metric), std::string::npos)
      << "the plan quotes the brief's metric";

  json changed = input;
  changed["metric"]["name"] = "hours HR spends answering policy questions";
  Answer updated =
      Call("PATCH", "/api/v1/briefs/" + brief_id, json{{"brief", changed}}, manager_.caller);
  ASSERT_EQ(updated.status, 200) << updated.raw;

  Answer after = Call("GET", opening_path, std::nullopt, manager_.caller);
  ASSERT_EQ(after.status, 200) << after.raw;
  std::string plan = after.body["plan"].dump();
  EXPECT_NE(plan.find("hours HR spends answering policy questions"), std::string::npos) << plan;
  EXPECT_EQ(plan.find(old_metric), std::string::npos) << plan;
  // What the opening's own fields say is kept.
  EXPECT_EQ(after.body["title"], "Policy search engineer");
  EXPECT_EQ(after.body["status"], "interviewing");
  EXPECT_EQ(after.body["archetype"], made.body["archetype"]);
  EXPECT_EQ(after.body["brief_id"], brief_id);
  // An opening without a brief is left as it was.
  Answer other = Call("GET", "/api/v1/openings/" + unrelated.body["id"].get<std::string>(),
                      std::nullopt, manager_.caller);
  ASSERT_EQ(other.status, 200);
  EXPECT_EQ(other.body["updated_at"], unrelated.body["updated_at"]);
  EXPECT_TRUE(other.body["plan"].is_null());
}

TEST_P(ApiOpeningsTest, AnInvalidBriefChangeTouchesNoOpening) {
  json input = Brief();
  Answer brief = Call("POST", "/api/v1/briefs", json{{"brief", input}}, manager_.caller);
  ASSERT_EQ(brief.status, 201) << brief.raw;
  std::string brief_id = brief.body["id"];
  Answer made = Call("POST", "/api/v1/openings",
                     json{{"title", "Engineer"}, {"brief_id", brief_id}}, manager_.caller);
  ASSERT_EQ(made.status, 201) << made.raw;
  json bad = input;
  bad["shape"] = "moonshot";
  EXPECT_EQ(Call("PATCH", "/api/v1/briefs/" + brief_id, json{{"brief", bad}}, manager_.caller).status,
            422);
  Answer after = Call("GET", "/api/v1/openings/" + made.body["id"].get<std::string>(),
                      std::nullopt, manager_.caller);
  ASSERT_EQ(after.status, 200);
  EXPECT_EQ(after.body, made.body);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiOpeningsTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

// The services read an update's body only once the record is found: an
// unknown id is 404 whatever the body; a known one answers the body's own
// refusal (400 for text that is no JSON, 415 for another media type).
TEST_P(ApiOpeningsTest, AnUpdateOfAnUnknownRecordIsNotFoundBeforeItsBodyIsRead) {
  std::vector<std::pair<std::string, json>> made = {
      {"/api/v1/briefs", json{{"brief", Brief()}}},
      {"/api/v1/openings", json{{"title", "Engineer"}}},
      {"/api/v1/team-members", json{{"name", "Sam"}}},
      {"/api/v1/proposals", json{{"proposal", {{"vendor", {{"name", "Acme"}}}}}}},
  };
  for (const auto& [collection, body] : made) {
    Answer unknown = CallRaw("PATCH", collection + "/no-such-id", "{not json", manager_.caller);
    EXPECT_EQ(unknown.status, 404) << collection << ": " << unknown.raw;
    Answer created = Call("POST", collection, body, manager_.caller);
    ASSERT_EQ(created.status, 201) << collection << ": " << created.raw;
    const std::string item = collection + "/" + created.body["id"].get<std::string>();
    EXPECT_EQ(CallRaw("PATCH", item, "{not json", manager_.caller).status, 400) << collection;
    EXPECT_EQ(CallRaw("PATCH", item, "title=x", manager_.caller, "text/plain").status, 415)
        << collection;
    Answer renamed = Call("PATCH", item, json{{"name", "Sam Lee"}, {"title", "Renamed"}},
                          manager_.caller);
    EXPECT_EQ(renamed.status, 200) << collection << ": " << renamed.raw;
  }
}

}  // namespace
}  // namespace firsthire::apitest

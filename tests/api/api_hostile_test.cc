// The standing hostile-input suite: what one signed-in caller could send to
// take the service down, replayed over real HTTP on SQLite and PostgreSQL.
// Crash (JSON nested or long beyond the limits of docs/http.md), stall (a
// /team search bounded by the deadline, the pool cap and the client's
// connection), amplification (the export's size), what interviewers read of
// an opening, and failures that must be seen (health degraded after an I/O
// failure of a write).
#include <signal.h>
#include <sys/resource.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <yaml-cpp/yaml.h>

#include "api_fixture.h"
#include "hard_team_pool.h"
#include "http/json_limits.h"
#include "input/yaml_json.h"

namespace firsthire::apitest {
namespace {

// `depth` arrays nested inside each other ("[[[...]]]").
std::string NestedArrays(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

using firsthire::test_pools::HardPool;
using firsthire::test_pools::kHardTeamQuery;

class ApiHostileTest : public ApiTest {
 protected:
  Answer CreateCandidateRaw(const std::string& profile_text) {
    return CallRaw("POST", "/api/v1/candidates",
                   R"({"name":"Deep","email":"deep@example.com","profile":)" + profile_text + "}",
                   manager_.caller);
  }
  void ExpectHealthy() {
    Answer health = Call("GET", "/healthz");
    EXPECT_EQ(health.status, 200) << health.raw;
  }
};

INSTANTIATE_TEST_SUITE_P(Backends, ApiHostileTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

// -- Crash: one limit on every JSON value --------------------------------

TEST_P(ApiHostileTest, AProfileNested70000DeepIsRefusedAndTheServerLives) {
  Answer deep = CreateCandidateRaw("{\"a\":" + NestedArrays(70'000) + "}");
  EXPECT_EQ(deep.status, 422) << deep.raw.substr(0, 300);
  EXPECT_EQ(deep.body["error"]["field"], "profile");
  ExpectHealthy();
  Answer list = Call("GET", "/api/v1/candidates", std::nullopt, manager_.caller);
  EXPECT_EQ(list.body["total"], 0) << "nothing is written on failure";
}

TEST_P(ApiHostileTest, AProfileAtTheDepthLimitIsStoredAndReadBack) {
  // The body is level 1, the profile level 2: 62 more arrays reach 64.
  std::string profile = "{\"a\":" + NestedArrays(http::kMaxJsonDepth - 2) + "}";
  Answer created = CreateCandidateRaw(profile);
  ASSERT_EQ(created.status, 201) << created.raw;
  Answer read = Call("GET", "/api/v1/candidates/" + created.body["id"].get<std::string>(),
                     std::nullopt, manager_.caller);
  EXPECT_EQ(read.body["profile"], json::parse(profile));
  // One level more is refused.
  Answer deeper = CreateCandidateRaw("{\"a\":" + NestedArrays(http::kMaxJsonDepth - 1) + "}");
  EXPECT_EQ(deeper.status, 422) << deeper.raw;
  EXPECT_EQ(deeper.body["error"]["field"], "profile");
}

TEST_P(ApiHostileTest, APlanNested70000DeepIsRefused) {
  Answer deep =
      CallRaw("POST", "/api/v1/plans", "{\"plan\":{\"w\":" + NestedArrays(70'000) + "}}",
              manager_.caller);
  EXPECT_EQ(deep.status, 422) << deep.raw.substr(0, 300);
  EXPECT_EQ(deep.body["error"]["field"], "plan");
  ExpectHealthy();
}

TEST_P(ApiHostileTest, AnArrayLongerThanTheLimitIsRefusedOneAtTheLimitIsNot) {
  auto profile_with = [](std::size_t length) {
    std::string items;
    for (std::size_t i = 0; i < length; ++i) items += i == 0 ? "0" : ",0";
    return "{\"tags\":[" + items + "]}";
  };
  Answer too_long = CreateCandidateRaw(profile_with(http::kMaxJsonArrayLength + 1));
  EXPECT_EQ(too_long.status, 422) << too_long.raw;
  EXPECT_EQ(too_long.body["error"]["field"], "profile");
  Answer at_limit = CreateCandidateRaw(profile_with(http::kMaxJsonArrayLength));
  EXPECT_EQ(at_limit.status, 201) << at_limit.raw.substr(0, 300);
}

TEST_P(ApiHostileTest, ABodyOverTheSizeLimitIs413) {
  std::string filler(http::kMaxJsonBytes, 'x');
  Answer big = CallRaw("POST", "/api/v1/candidates",
                       R"({"name":"Big","email":"big@example.com","profile":{"f":")" + filler +
                           "\"}}",
                       manager_.caller);
  EXPECT_EQ(big.status, 413) << big.raw;
  ExpectHealthy();
}

// -- Amplification: the export is compact and linear in the stored data ---

TEST_P(ApiHostileTest, TheExportIsCompactAndGrowsOnlyWithTheStoredData) {
  auto export_size_over_profile = [this](const std::string& profile) -> long {
    Answer created = CreateCandidateRaw(profile);
    EXPECT_EQ(created.status, 201) << created.raw;
    Answer exported = Call("GET",
                           "/api/v1/candidates/" + created.body["id"].get<std::string>() +
                               "/export",
                           std::nullopt, manager_.caller);
    EXPECT_EQ(exported.status, 200);
    EXPECT_EQ(exported.raw.find('\n'), std::string::npos) << "compact, not pretty-printed";
    return static_cast<long>(exported.raw.size()) - static_cast<long>(profile.size());
  };
  long shallow = export_size_over_profile("{\"a\":[1]}");
  long deep = export_size_over_profile("{\"a\":" + NestedArrays(60) + "}");
  // The rest of the export is the same record: the deep profile adds its own
  // bytes and nothing per level (ids and times differ by a few digits).
  EXPECT_NEAR(deep, shallow, 16);
}

// -- Stall: the deadline, the pool cap, the client's connection -------------

class ApiComputeTest : public ApiHostileTest {
 protected:
  http::ApiOptions AppOptions() const override {
    http::ApiOptions options;
    options.compute.timeout = timeout_;
    options.compute.max_team_pool = 6'000;
    return options;
  }
  std::chrono::milliseconds timeout_{500};
};

INSTANTIATE_TEST_SUITE_P(Backends, ApiComputeTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

TEST_P(ApiComputeTest, AnInterviewersMaximalTeamSearchAnswersTheBestFoundWithItsBound) {
  Answer team = Call("POST", kHardTeamQuery, HardPool(6'000), interviewer_.caller);
  ASSERT_EQ(team.status, 200) << team.raw.substr(0, 300);
  const json& best = team.body["best_hires"];
  EXPECT_EQ(best["optimal"], false);
  ASSERT_TRUE(best.contains("bound"));
  EXPECT_GE(best["bound"].get<double>(), best["objective"].get<double>());
  EXPECT_FALSE(best["picks"].empty());
}

TEST_P(ApiComputeTest, ASmallTeamSearchStillFindsTheProvenOptimum) {
  json small = HardPool(40);
  Answer team = Call("POST", "/api/v1/team?hires=2", small, interviewer_.caller);
  ASSERT_EQ(team.status, 200) << team.raw.substr(0, 300);
  EXPECT_EQ(team.body["best_hires"]["optimal"], true);
}

TEST_P(ApiComputeTest, APoolOverTheCapIsRefusedNamingTheField) {
  Answer over = Call("POST", "/api/v1/team", HardPool(6'001), interviewer_.caller);
  EXPECT_EQ(over.status, 422) << over.raw.substr(0, 300);
  EXPECT_EQ(over.body["error"]["field"], "candidates");
}

class ApiLongComputeTest : public ApiComputeTest {
 protected:
  void SetUp() override {
    timeout_ = std::chrono::minutes(10);
    ApiComputeTest::SetUp();
  }
};

INSTANTIATE_TEST_SUITE_P(Backends, ApiLongComputeTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

TEST_P(ApiLongComputeTest, TheSearchStopsWhenTheClientHangsUp) {
  // The one compute slot is taken by a search that would run for ten
  // minutes; the client sends it and closes the connection.
  const std::string hard = http::testing::FormatRequest(
      "POST", kHardTeamQuery, HardPool(6'000).dump(),
      "Content-Type: application/json\r\nAuthorization: Bearer " + interviewer_.caller.bearer +
          "\r\n");
  http::testing::Connection client(server_->port());
  ASSERT_TRUE(client.Send(hard));
  // Wait until the search holds the slot (a small search is then busy).
  json small = HardPool(5);
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  Answer probe;
  do {
    // A probe may have held the slot when the search arrived (it was then
    // answered busy at once): send it again.
    if (auto early = client.Read(std::chrono::milliseconds(1))) {
      ASSERT_EQ(early->status, 503);
      client.Open(server_->port());
      ASSERT_TRUE(client.Send(hard));
    }
    probe = Call("POST", "/api/v1/team", small, interviewer_.caller);
  } while (probe.status == 200 && std::chrono::steady_clock::now() < give_up);
  ASSERT_EQ(probe.status, 503) << "the long search never started";
  EXPECT_EQ(probe.body["error"]["code"], "busy");
  client.Close();
  // Once it notices the hang-up, the slot is free again: long before the
  // ten minutes (the bound here only keeps a broken build from hanging).
  do {
    probe = Call("POST", "/api/v1/team", small, interviewer_.caller);
  } while (probe.status == 503 && std::chrono::steady_clock::now() < give_up);
  EXPECT_EQ(probe.status, 200) << "the search went on after the client left";
}

// -- Interviewers read the kit without the brief's facts, and no plan -------

TEST_P(ApiHostileTest, AnInterviewerReadsNoOwnerSourceBudgetOrMetricThroughAnOpening) {
  json brief_input = YamlToJson(YAML::LoadFile(std::string(FIRSTHIRE_SOURCE_DIR) +
                                               "/examples/briefs/policy_search_assistant.yaml"));
  Answer brief = Call("POST", "/api/v1/briefs", json{{"brief", brief_input}}, manager_.caller);
  ASSERT_EQ(brief.status, 201) << brief.raw;
  Answer opening =
      Call("POST", "/api/v1/openings",
           json{{"title", "Policy search engineer"}, {"brief_id", brief.body["id"]}},
           manager_.caller);
  ASSERT_EQ(opening.status, 201) << opening.raw;
  const std::string path = "/api/v1/openings/" + opening.body["id"].get<std::string>();
  const std::string secrets[] = {
      brief_input["owner"]["name"], brief_input["data"]["sources"][0]["name"],
      brief_input["metric"]["name"], "70000", "70,000"};

  // A manager sees the brief through the plan: the rule has something to hide.
  Answer managers = Call("GET", path, std::nullopt, manager_.caller);
  EXPECT_NE(managers.raw.find(secrets[0]), std::string::npos);
  EXPECT_FALSE(managers.body["plan"].is_null());
  EXPECT_TRUE(managers.body["kit"]["plan_question"].contains("expected"));

  for (const std::string& route : {path, std::string("/api/v1/openings")}) {
    Answer read = Call("GET", route, std::nullopt, interviewer_.caller);
    ASSERT_EQ(read.status, 200) << read.raw;
    for (const std::string& secret : secrets) {
      EXPECT_EQ(read.raw.find(secret), std::string::npos) << route << " shows " << secret;
    }
    const json& item = read.body.contains("items") ? read.body["items"][0] : read.body;
    EXPECT_TRUE(item["plan"].is_null());
    // The kit they interview with is otherwise whole: anchors included.
    json expected_kit = managers.body["kit"];
    expected_kit["plan_question"].erase("expected");
    EXPECT_EQ(item["kit"], expected_kit);
    EXPECT_FALSE(item["kit"]["questions"][0]["strong"].get<std::string>().empty());
  }
}

// -- Failures are seen ----------------------------------------------------

// Makes the database's writes fail as on a full disk: on SQLite, a file size
// limit for this process (the store writes in-process); on PostgreSQL, a
// trigger raising disk_full.
class DiskFull {
 public:
  DiskFull(Backend backend, TestDatabase& database) : backend_(backend), database_(database) {
    if (backend == Backend::kPostgres) {
      ok_ = database.RawExec(
          "CREATE FUNCTION fh_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
          "EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; END $$; "
          "CREATE TRIGGER fh_disk_full BEFORE INSERT ON candidates FOR EACH ROW EXECUTE "
          "FUNCTION fh_disk_full()");
      return;
    }
    signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &saved_);
    rlimit limit = saved_;
    limit.rlim_cur = 64 * 1024;  // smaller than the database files already are
    ok_ = setrlimit(RLIMIT_FSIZE, &limit) == 0;
  }
  ~DiskFull() { Clear(); }
  void Clear() {
    if (cleared_) return;
    cleared_ = true;
    if (backend_ == Backend::kPostgres) {
      database_.RawExec("DROP TRIGGER fh_disk_full ON candidates");
    } else {
      setrlimit(RLIMIT_FSIZE, &saved_);
    }
  }
  bool ok() const { return ok_; }

 private:
  Backend backend_;
  TestDatabase& database_;
  rlimit saved_{};
  bool ok_ = false;
  bool cleared_ = false;
};

TEST_P(ApiHostileTest, HealthIsDegradedAfterAWriteFailsForLackOfSpaceAndRecovers) {
  NewCandidate("Before");
  Answer health = Call("GET", "/healthz");
  EXPECT_EQ(health.body["status"], "ok");
  std::string filler(200 * 1024, 'x');
  json big = {{"name", "Full"}, {"email", "full@example.com"}, {"profile", {{"f", filler}}}};
  {
    DiskFull full(GetParam(), *database_);
    ASSERT_TRUE(full.ok());
    Answer failed = Call("POST", "/api/v1/candidates", big, manager_.caller);
    full.Clear();
    EXPECT_EQ(failed.status, 500) << failed.raw;
    EXPECT_EQ(failed.body["error"]["message"], "internal error");
  }
  health = Call("GET", "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body["status"], "degraded");
  EXPECT_NE(health.body.value("reason", "").find("disk full"), std::string::npos);
  // A failed read or a refused write does not clear or set it; a write that
  // succeeds does.
  Answer refused = Call("POST", "/api/v1/candidates", json{{"name", 3}}, manager_.caller);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(Call("GET", "/healthz").body["status"], "degraded");
  NewCandidate("After");
  EXPECT_EQ(Call("GET", "/healthz").body["status"], "ok");
}

}  // namespace
}  // namespace firsthire::apitest

// The cached candidate list over real HTTP, on both backends: a candidate
// written by another process on the same database (another server on
// PostgreSQL, the CLI on a SQLite file; here a second store) is in the next
// list. SQLite sees it at the next request; PostgreSQL once the
// notification that the write raised has arrived (store/postgres_listener.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

class ApiListCacheTest : public ApiTest {
 protected:
  // The names on the first page of candidates, as the list answers them.
  std::vector<std::string> ListedNames() {
    Answer list = Call("GET", "/api/v1/candidates?limit=50", std::nullopt, manager_.caller);
    EXPECT_EQ(list.status, 200) << list.raw;
    std::vector<std::string> names;
    for (const json& item : list.body.value("items", json::array())) {
      names.push_back(item.value("name", ""));
    }
    return names;
  }

  bool Listed(const std::string& name) {
    std::vector<std::string> names = ListedNames();
    return std::find(names.begin(), names.end(), name) != names.end();
  }

  // The same database as another process would open it.
  std::unique_ptr<Store> OtherStore() {
    auto other = OpenStore(database_->url());
    EXPECT_TRUE(other.ok()) << other.status().ToString();
    return other.ok() ? std::move(other).value() : nullptr;
  }

  // True once `condition` holds: checked once on SQLite (at once); on
  // PostgreSQL retried for up to 10 s, the bound for a notification to
  // arrive on a loaded machine.
  bool Soon(const std::function<bool()>& condition) {
    const int tries = GetParam() == Backend::kSqlite ? 1 : 1000;
    for (int i = 0; i < tries; ++i) {
      if (condition()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
};

TEST_P(ApiListCacheTest, ACandidateWrittenByAnotherProcessIsListed) {
  NewCandidate("Ada");
  ASSERT_TRUE(Listed("Ada"));
  ASSERT_FALSE(Listed("Barbara"));  // the page is now cached
  std::unique_ptr<Store> other = OtherStore();
  ASSERT_NE(other, nullptr);
  store::StoredCandidate barbara;
  barbara.name = "Barbara";
  barbara.status = "new";
  barbara.profile_json = "{}";
  barbara.stage = "applied";
  ASSERT_TRUE(other->CreateCandidate(barbara, "cli").ok());
  EXPECT_TRUE(Soon([&] { return Listed("Barbara"); }));
}

TEST_P(ApiListCacheTest, AnEraseByAnotherProcessLeavesTheList) {
  const std::string id = NewCandidate("Ada");
  ASSERT_TRUE(Listed("Ada"));
  std::unique_ptr<Store> other = OtherStore();
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(other->EraseCandidate(id, "cli").ok());
  EXPECT_TRUE(Soon([&] { return !Listed("Ada"); }));
}

TEST_P(ApiListCacheTest, ThisServersOwnWriteIsListedAtOnce) {
  ASSERT_FALSE(Listed("Ada"));
  NewCandidate("Ada");
  EXPECT_TRUE(Listed("Ada"));  // no waiting, on either backend
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiListCacheTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

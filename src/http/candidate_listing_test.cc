// CandidateListing on both backends: every page it answers (from the list
// cache, cut from a snapshot, or read from the database) is byte for byte
// the page the database path writes; writes by this store and by another
// show at the next request; a snapshot is built once per filter and version.
#include "http/candidate_listing.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "http/api_records.h"
#include "service/candidates.h"
#include "store/store_test_env.h"

namespace firsthire::http {
namespace {

class CandidateListingTest : public FreshStoreTest {
 protected:
  void SetUp() override {
    OpenFreshStore();
    if (IsSkipped() || HasFatalFailure()) return;
    service_ = std::make_unique<service::CandidateService>(*store_, DefaultPlaybook());
  }

  void TearDown() override {
    service_.reset();  // before the store it uses
    FreshStoreTest::TearDown();
  }

  // A second store on the same database (another server).

  std::unique_ptr<Store> Open() {
    auto store = OpenStore(db_->url());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  store::StoredCandidate Add(Store& store, store::StoredCandidate candidate) {
    if (candidate.status.empty()) candidate.status = "new";
    auto created = store.CreateCandidate(candidate, "test");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? *created : store::StoredCandidate{};
  }

  // The page as the database path writes it.
  std::string Direct(const CandidateFilter& filter, const Page& page) {
    auto listing = store_->ListCandidates(filter, page);
    EXPECT_TRUE(listing.ok()) << listing.status().ToString();
    if (!listing.ok()) return {};
    return ListingResponse(listing->items, listing->total, page).body;
  }

  static std::string Answer(CandidateListing& listing, const CandidateFilter& filter,
                            const Page& page) {
    auto body = listing.Answer(filter, page);
    EXPECT_TRUE(body.ok()) << body.status().ToString();
    return body.ok() ? **body : std::string();
  }

  std::unique_ptr<service::CandidateService> service_;
};

TEST_P(CandidateListingTest, EveryPageEqualsTheDatabasePage) {
  auto a = store_->CreateOpening({.title = "A", .status = "open"}, "t");
  auto b = store_->CreateOpening({.title = "B", .status = "open"}, "t");
  ASSERT_TRUE(a.ok() && b.ok());
  const std::vector<std::string> profiles = {"{}",
                                             R"({"traits":{"x":3},"codes":true})",
                                             "",
                                             "not json {",
                                             R"(["a", 1, null])",
                                             R"({"note":"Zoë \"quoted\"\n\u00e9"})"};
  for (int i = 0; i < 37; ++i) {
    Add(*store_, {.opening_id = i % 3 == 0 ? "" : (i % 3 == 1 ? a->id : b->id),
                  .name = (i % 4 == 0 ? "Ada \"the\" " : "Bo\tß ") + std::to_string(i),
                  .email = "c" + std::to_string(i) + "@example.com",
                  .profile_json = profiles[i % profiles.size()],
                  .status = i % 2 == 0 ? "new" : "screen",
                  .stage = i % 5 == 0 ? "screen" : ""});
  }
  const std::vector<CandidateFilter> filters = {{},
                                                {.opening_id = a->id},
                                                {.status = "screen"},
                                                {.stage = "screen"},
                                                {.opening_id = b->id, .status = "new"},
                                                {.text = "ada"},
                                                {.text = "nobody"}};
  CandidateListing listing(*service_);
  int pages = 0;
  for (const CandidateFilter& filter : filters) {
    for (int limit : {1, 3, 10, 50, 500}) {
      for (std::int64_t offset : {0, 1, 5, 12, 36, 37, 100}) {
        const Page page{.limit = limit, .offset = offset};
        EXPECT_EQ(Answer(listing, filter, page), Direct(filter, page))
            << "filter " << filter.text << "/" << filter.status << "/" << filter.stage << ", limit "
            << limit << ", offset " << offset;
        ++pages;
      }
    }
  }
  CandidateListing::Counts counts = listing.counts();
  // Per filter: the first page from the database, the second builds the
  // snapshot (one query), every later one is cut from memory.
  EXPECT_EQ(counts.snapshot_builds, filters.size());
  EXPECT_EQ(counts.from_database, filters.size());
  EXPECT_EQ(counts.from_snapshot, static_cast<std::uint64_t>(pages) - filters.size());
  // The last page asked again: its whole answer was kept.
  const Page last{.limit = 500, .offset = 100};
  EXPECT_EQ(Answer(listing, filters.back(), last), Direct(filters.back(), last));
  EXPECT_EQ(listing.counts().cached, 1u);
}

TEST_P(CandidateListingTest, ThisStoresWriteShowsAtTheNextRequest) {
  for (int i = 0; i < 5; ++i) Add(*store_, {.name = "C" + std::to_string(i)});
  CandidateListing listing(*service_);
  const Page first{.limit = 3, .offset = 0};
  const Page page{.limit = 3, .offset = 3};
  ASSERT_EQ(Answer(listing, {}, first), Direct({}, first));  // from the database
  ASSERT_EQ(Answer(listing, {}, page), Direct({}, page));    // builds the snapshot
  store::StoredCandidate added = Add(*store_, {.name = "New one"});
  ASSERT_EQ(Answer(listing, {}, first), Direct({}, first));
  const std::string after = Answer(listing, {}, page);  // a new snapshot
  EXPECT_EQ(after, Direct({}, page));
  EXPECT_NE(after.find(added.id), std::string::npos);
  EXPECT_NE(after.find("\"total\":6"), std::string::npos);
  EXPECT_EQ(listing.counts().snapshot_builds, 2u);
}

TEST_P(CandidateListingTest, AnotherStoresWriteShowsAtTheNextRequest) {
  std::unique_ptr<Store> other = Open();
  ASSERT_NE(other, nullptr);
  for (int i = 0; i < 5; ++i) Add(*store_, {.name = "C" + std::to_string(i)});
  CandidateListing listing(*service_);
  const Page page{.limit = 50, .offset = 0};
  ASSERT_EQ(Answer(listing, {}, page), Direct({}, page));
  store::StoredCandidate added = Add(*other, {.name = "From elsewhere"});
  auto shows = [&] { return Answer(listing, {}, page).find(added.id) != std::string::npos; };
  // SQLite: the file's data_version tells this store at once; PostgreSQL:
  // the trigger's notification, just after the commit.
  if (GetParam() == Backend::kSqlite) {
    EXPECT_TRUE(shows());
  } else {
    EXPECT_TRUE(WaitFor(shows));
  }
  EXPECT_EQ(Answer(listing, {}, page), Direct({}, page));
}

TEST_P(CandidateListingTest, ConcurrentMissesBuildOnce) {
  for (int i = 0; i < 40; ++i) Add(*store_, {.name = "C" + std::to_string(i)});
  CandidateListing listing(*service_);
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      while (!go.load()) std::this_thread::yield();
      for (int i = 0; i < 10; ++i) {
        const Page page{.limit = 7, .offset = (t * 10 + i) % 40};
        EXPECT_EQ(Answer(listing, {}, page), Direct({}, page));
      }
    });
  }
  go.store(true);
  for (std::thread& thread : threads) thread.join();
  // Whoever came while it was built read its page from the database.
  EXPECT_EQ(listing.counts().snapshot_builds, 1u);
}

TEST_P(CandidateListingTest, AListOverTheRowBoundIsReadPageByPage) {
  for (int i = 0; i < 7; ++i) Add(*store_, {.name = "C" + std::to_string(i)});
  CandidateListing listing(*service_, {.snapshot_rows = 5});
  for (std::int64_t offset : {0, 2, 4}) {
    const Page page{.limit = 2, .offset = offset};
    EXPECT_EQ(Answer(listing, {}, page), Direct({}, page));
  }
  EXPECT_EQ(listing.counts().snapshot_builds, 0u);
  EXPECT_EQ(listing.counts().from_database, 3u);
  EXPECT_EQ(listing.snapshots().bytes(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, CandidateListingTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendName);

}  // namespace
}  // namespace firsthire::http

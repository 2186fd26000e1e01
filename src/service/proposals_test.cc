#include "service/proposals.h"

#include <gtest/gtest.h>

#include <memory>

#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

class ProposalServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
  }

  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
};

TEST_F(ProposalServiceTest, ANewProposalIsNamedAfterItsVendorUnlessTitled) {
  auto named = CreateProposal(
      *store_, {.input_json = R"({"vendor":{"name":"Acme"}})", .review_json = "r"}, "m");
  ASSERT_TRUE(named.ok()) << named.status().ToString();
  EXPECT_EQ(named->title, "Acme");
  EXPECT_EQ(named->review_json, "r");
  EXPECT_EQ(CreateProposal(*store_, {.input_json = R"({"vendor":{"name":7}})"}, "m")->title,
            "Untitled proposal");
  EXPECT_EQ(CreateProposal(*store_, {.title = "Mine", .input_json = "{}"}, "m")->title, "Mine");
  EXPECT_EQ(CreateProposal(*store_, {.title = "Empty"}, "m").status().location().field, "proposal");
  EXPECT_EQ(store_->ListProposals(Page{})->total, 3);
}

TEST_F(ProposalServiceTest, AnUpdateReplacesTheDocumentWithItsReviewOrJustTheTitle) {
  auto proposal = CreateProposal(
      *store_, {.input_json = R"({"vendor":{"name":"Acme"}})", .review_json = "r1"}, "m");
  ASSERT_TRUE(proposal.ok());
  int reads = 0;
  auto retitle = [&]() -> Result<ProposalChange> {
    ++reads;
    return ProposalChange{.title = "Acme (v2)"};
  };
  EXPECT_EQ(UpdateProposal(*store_, "nope", retitle, "m").status().code(), Code::kNotFound);
  EXPECT_EQ(reads, 0);
  auto retitled = UpdateProposal(*store_, proposal->id, retitle, "m");
  ASSERT_TRUE(retitled.ok()) << retitled.status().ToString();
  EXPECT_EQ(retitled->title, "Acme (v2)");
  EXPECT_EQ(retitled->review_json, "r1");
  auto redo = [] {
    return Result<ProposalChange>(ProposalChange{.input_json = "{}", .review_json = "r2"});
  };
  auto redone = UpdateProposal(*store_, proposal->id, redo, "m");
  ASSERT_TRUE(redone.ok());
  EXPECT_EQ(redone->title, "Acme (v2)");
  EXPECT_EQ(redone->input_json, "{}");
  EXPECT_EQ(redone->review_json, "r2");
}

}  // namespace
}  // namespace firsthire::service

#include "service/accounts.h"

#include <gtest/gtest.h>

#include <memory>

#include "service/account_links.h"
#include "service/api_token.h"
#include "service/password.h"
#include "store/store_test_env.h"

namespace firsthire::service {
namespace {

constexpr Millis kStart = 1'700'000'000'000;

// An AccountService on a fresh SQLite store whose clock the test sets.
class AccountServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = OpenStore(db_.url(), SchemaUpgrade::kApply, [this] { return now_; });
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    accounts_ = std::make_unique<AccountService>(*store_, [this] { return now_; });
  }

  store::User Admin() {
    auto created = accounts_->CreateUser(
        {.email = "Root@Example.com", .name = "Root", .role = "admin", .password = kPassword},
        "cli", "");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? created->user : store::User{};
  }

  std::int64_t AuditCount() { return store_->ListAudit({}, {})->total; }

  static constexpr char kPassword[] = "a long and unusual passphrase";
  Millis now_ = kStart;
  TestDatabase db_{Backend::kSqlite};
  std::unique_ptr<Store> store_;
  std::unique_ptr<AccountService> accounts_;
};

TEST_F(AccountServiceTest, CreatesAUserWithANormalisedEmailAndAHashedPassword) {
  store::User root = Admin();
  EXPECT_EQ(root.email, "root@example.com");
  EXPECT_EQ(root.created_at, kStart);
  EXPECT_TRUE(VerifyPassword(root.password_hash, kPassword));
}

TEST_F(AccountServiceTest, WithoutAPasswordTheAccountIsAnInvitationDatedByTheClock) {
  auto created = accounts_->CreateUser({.email = "ada@example.com", .role = "interviewer"},
                                       "admin-id", "https://hire.example");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ(created->user.name, "ada");  // the email's local part
  ASSERT_EQ(created->invite_url.rfind("https://hire.example/set-password?token=", 0), 0u);
  std::string token = created->invite_url.substr(created->invite_url.find('=') + 1);
  now_ = kStart + kAccountLinkLifetime;  // the link has just expired
  EXPECT_EQ(accounts_->RedeemLink(token, kPassword).status().location().field, "token");
  now_ = kStart + kAccountLinkLifetime - 1;
  EXPECT_TRUE(accounts_->RedeemLink(token, kPassword).ok());
}

TEST_F(AccountServiceTest, RefusesBadInputWithTheFieldNamedAndWritesNothing) {
  auto bad_role = accounts_->CreateUser({.email = "a@example.com", .role = "admn"}, "cli", "");
  EXPECT_EQ(bad_role.status().location().field, "role");
  EXPECT_NE(bad_role.status().message().find("did you mean"), std::string::npos)
      << bad_role.status().message();
  auto bad_email = accounts_->CreateUser({.email = "a@", .role = "admin"}, "cli", "");
  EXPECT_EQ(bad_email.status().location().field, "email");
  auto weak = accounts_->CreateUser(
      {.email = "a@example.com", .role = "admin", .password = "password1234"}, "cli", "");
  EXPECT_EQ(weak.status().location().field, "password");
  EXPECT_EQ(store_->ListUsers({})->total, 0);
  EXPECT_EQ(AuditCount(), 0);
}

TEST_F(AccountServiceTest, ATakenEmailIsAlreadyExists) {
  Admin();
  auto twin = accounts_->CreateUser({.email = "root@example.com", .role = "admin"}, "cli", "");
  EXPECT_EQ(twin.status().code(), Code::kAlreadyExists);
  EXPECT_EQ(store_->ListUsers({})->total, 1);
}

TEST_F(AccountServiceTest, DeactivatingEndsSessionsInTheSameChange) {
  store::User root = Admin();
  auto ada = accounts_->CreateUser(
      {.email = "ada@example.com", .role = "interviewer", .password = kPassword}, root.id, "");
  ASSERT_TRUE(ada.ok());
  ASSERT_TRUE(store_
                  ->CreateSession({.token_hash = "s",
                                   .user_id = ada->user.id,
                                   .created_at = now_,
                                   .expires_at = now_ + 60'000,
                                   .last_seen_at = now_})
                  .ok());
  now_ += 5'000;
  auto updated = accounts_->UpdateUser(ada->user.id, {.active = false}, root.id);
  ASSERT_TRUE(updated.ok()) << updated.status().ToString();
  EXPECT_FALSE(updated->active);
  EXPECT_EQ(updated->updated_at, kStart + 5'000);
  EXPECT_EQ(store_->FindSession("s", now_).status().code(), Code::kNotFound);
  // A rename alone keeps the sessions of an active user.
  ASSERT_TRUE(store_
                  ->CreateSession({.token_hash = "r",
                                   .user_id = root.id,
                                   .created_at = now_,
                                   .expires_at = now_ + 60'000,
                                   .last_seen_at = now_})
                  .ok());
  ASSERT_TRUE(accounts_->UpdateUser(root.id, {.name = "Boss"}, root.id).ok());
  EXPECT_TRUE(store_->FindSession("r", now_).ok());
}

TEST_F(AccountServiceTest, AnAdminCannotDemoteThemselvesAndNothingChanges) {
  store::User root = Admin();
  const std::int64_t audit = AuditCount();
  auto demoted = accounts_->UpdateUser(root.id, {.name = "X", .role = "interviewer"}, root.id);
  EXPECT_EQ(demoted.status().code(), Code::kAlreadyExists);
  EXPECT_EQ(store_->GetUser(root.id)->role, "admin");
  EXPECT_EQ(store_->GetUser(root.id)->name, "Root");
  EXPECT_EQ(AuditCount(), audit);
  // Another admin may.
  EXPECT_TRUE(accounts_->UpdateUser(root.id, {.role = "interviewer"}, "cli").ok());
}

TEST_F(AccountServiceTest, IssuesTokensOnlyToActiveUsers) {
  store::User root = Admin();
  auto token = accounts_->IssueToken(root, "ci", "cli");
  ASSERT_TRUE(token.ok()) << token.status().ToString();
  EXPECT_TRUE(LooksLikeApiToken(*token));
  EXPECT_EQ(store_->ListApiTokens(root.id)->size(), 1u);
  root.active = false;
  EXPECT_EQ(accounts_->IssueToken(root, "ci", "cli").status().code(), Code::kInvalidInput);
  EXPECT_EQ(store_->ListApiTokens(root.id)->size(), 1u);
}

}  // namespace
}  // namespace firsthire::service

// Credentials over real HTTP, on both backends: a new password or a
// deactivation revokes the user's API tokens and sessions for good, and
// POST /api/v1/users applies the one password rule and the one email rule.
#include <gtest/gtest.h>

#include <string>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

class ApiCredentialsTest : public ApiTest {
 protected:
  Answer AddAccount(const std::string& email, const std::string& password) {
    return Call(
        "POST", "/api/v1/users",
        json{{"email", email}, {"name", "New"}, {"role", "interviewer"}, {"password", password}},
        admin_.caller);
  }
};

TEST_P(ApiCredentialsTest, DeactivationRevokesTokensForGood) {
  ASSERT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, interviewer_.caller).status, 200);
  Caller session = SignIn(interviewer_.email);
  std::string path = "/api/v1/users/" + interviewer_.id;
  ASSERT_EQ(Call("PATCH", path, json{{"active", false}}, admin_.caller).status, 200);
  ASSERT_EQ(Call("PATCH", path, json{{"active", true}}, admin_.caller).status, 200);
  // Reactivated, but the old token and session stay dead.
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, interviewer_.caller).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, session).status, 401);
  // Signing in again works.
  Caller again = SignIn(interviewer_.email);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, again).status, 200);
}

TEST_P(ApiCredentialsTest, ANewPasswordRevokesTokensAndSessions) {
  Caller session = SignIn(interviewer_.email);
  std::string path = "/api/v1/users/" + interviewer_.id;
  // A name change alone revokes nothing.
  ASSERT_EQ(Call("PATCH", path, json{{"name", "Ivan R."}}, admin_.caller).status, 200);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, interviewer_.caller).status, 200);
  ASSERT_EQ(Call("PATCH", path, json{{"password", "a brand new passphrase"}}, admin_.caller).status,
            200);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, interviewer_.caller).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, session).status, 401);
}

TEST_P(ApiCredentialsTest, WeakPasswordsAreRefusedWithTheFieldNamed) {
  for (const std::string& weak :
       {std::string("12345678"), std::string(8, ' '), std::string("eleven char"),
        std::string("password1234"), std::string("long enough\0password", 20)}) {
    Answer refused = AddAccount("weak@example.com", weak);
    EXPECT_EQ(refused.status, 422) << refused.raw;
    EXPECT_EQ(refused.body["error"]["field"], "password") << refused.raw;
  }
  EXPECT_EQ(AddAccount("weak@example.com", "firsthire-demo").status, 201);
}

TEST_P(ApiCredentialsTest, EmailsFollowTheOneRule) {
  for (const char* bad : {"@", "x@y", "no-at-sign", "a@b@example.com"}) {
    Answer refused = AddAccount(bad, kPassword);
    EXPECT_EQ(refused.status, 422) << bad << ": " << refused.raw;
    EXPECT_EQ(refused.body["error"]["field"], "email") << refused.raw;
  }
  Answer created = AddAccount("  Grace@Example.com ", kPassword);
  ASSERT_EQ(created.status, 201) << created.raw;
  EXPECT_EQ(created.body["user"]["email"], "grace@example.com");
  // A leading-space look-alike of an existing email is the same email.
  EXPECT_EQ(AddAccount(" grace@example.com", kPassword).status, 409);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiCredentialsTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

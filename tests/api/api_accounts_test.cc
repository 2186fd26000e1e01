// Accounts over HTTP: an admin invites (a one-time link), the invitee sets a
// password once and signs in; admins issue reset links; a signed-in user
// changes their own password. Both backends.
#include <string>

#include "api_fixture.h"
#include "store/store.h"

namespace firsthire::apitest {
namespace {

constexpr char kNewPassword[] = "a brand new passphrase";

// The token of a link ".../set-password?token=T".
std::string TokenOf(const std::string& url) {
  std::string marker = "/set-password?token=";
  auto at = url.find(marker);
  return at == std::string::npos ? "" : url.substr(at + marker.size());
}

class ApiAccountsTest : public ApiTest {
 protected:
  // POST /users without a password; returns {user id, invite_url}.
  std::pair<std::string, std::string> Invite(const std::string& email) {
    Answer invited =
        Call("POST", "/api/v1/users",
             json{{"name", "Nia New"}, {"email", email}, {"role", "interviewer"}}, admin_.caller);
    EXPECT_EQ(invited.status, 201) << invited.raw;
    return {invited.body["user"].value("id", ""), invited.body.value("invite_url", "")};
  }

  int SetPassword(const std::string& token, const std::string& password) {
    return Call("POST", "/api/v1/password", json{{"token", token}, {"password", password}}).status;
  }

  int SignInStatus(const std::string& email, const std::string& password) {
    return Call("POST", "/api/v1/login", json{{"email", email}, {"password", password}}).status;
  }

  // Whether the audit log has `action` on the user `user_id`.
  bool Audited(const std::string& user_id, const std::string& action) {
    Answer audit = Call("GET", "/api/v1/audit?object_id=" + user_id, std::nullopt, admin_.caller);
    EXPECT_EQ(audit.status, 200) << audit.raw;
    for (const json& entry : audit.body["items"]) {
      if (entry["action"] == action) return true;
    }
    return false;
  }
};

TEST_P(ApiAccountsTest, AnInviteeSetsAPasswordOnceAndSignsIn) {
  auto [id, url] = Invite("nia@example.com");
  ASSERT_FALSE(id.empty());
  // The request's own address (the test client sends Host: 127.0.0.1).
  EXPECT_EQ(url.rfind("http://127.0.0.1/set-password?token=", 0), 0u) << url;
  std::string token = TokenOf(url);
  ASSERT_EQ(token.size(), 32u);
  // The store keeps no raw token.
  EXPECT_EQ(Call("GET", "/api/v1/audit", std::nullopt, admin_.caller).raw.find(token),
            std::string::npos);
  EXPECT_EQ(SignInStatus("nia@example.com", kNewPassword), 401);

  Answer short_password =
      Call("POST", "/api/v1/password", json{{"token", token}, {"password", "short"}});
  EXPECT_EQ(short_password.status, 422);
  EXPECT_EQ(short_password.body["error"]["field"], "password");
  EXPECT_EQ(SetPassword(token, kNewPassword), 204);
  EXPECT_EQ(SignInStatus("nia@example.com", kNewPassword), 200);
  // Once: the used link is refused, naming the token.
  Answer again = Call("POST", "/api/v1/password",
                      json{{"token", token}, {"password", "x" + std::string(kNewPassword)}});
  EXPECT_EQ(again.status, 422);
  EXPECT_EQ(again.body["error"]["field"], "token");
  EXPECT_EQ(SignInStatus("nia@example.com", kNewPassword), 200);
  for (const char* action : {"user.create", "user.invite", "user.password_set"}) {
    EXPECT_TRUE(Audited(id, action)) << action;
  }
}

TEST_P(ApiAccountsTest, AGivenPasswordMeansNoInvitation) {
  Answer created = Call("POST", "/api/v1/users",
                        json{{"name", "Pat"},
                             {"email", "pat@example.com"},
                             {"role", "interviewer"},
                             {"password", kPassword}},
                        admin_.caller);
  ASSERT_EQ(created.status, 201) << created.raw;
  EXPECT_TRUE(created.body["invite_url"].is_null());
  EXPECT_EQ(created.body["user"]["email"], "pat@example.com");
}

TEST_P(ApiAccountsTest, AResetLinkReplacesTheInvitationAndEndsOldCredentials) {
  auto [id, invite_url] = Invite("nia@example.com");
  Answer reset = Call("POST", "/api/v1/users/" + id + "/reset", std::nullopt, admin_.caller);
  ASSERT_EQ(reset.status, 200) << reset.raw;
  std::string reset_token = TokenOf(reset.body.value("reset_url", ""));
  ASSERT_FALSE(reset_token.empty());
  // The newer link killed the invitation.
  EXPECT_EQ(SetPassword(TokenOf(invite_url), kNewPassword), 422);
  EXPECT_EQ(SetPassword(reset_token, kNewPassword), 204);

  // A reset for a signed-in user: their sessions and tokens end.
  Caller ivan = SignIn(interviewer_.email);
  ASSERT_EQ(Call("GET", "/api/v1/session", std::nullopt, ivan).status, 200);
  ASSERT_EQ(Call("GET", "/api/v1/session", std::nullopt, interviewer_.caller).status, 200);
  reset = Call("POST", "/api/v1/users/" + interviewer_.id + "/reset", std::nullopt, admin_.caller);
  ASSERT_EQ(reset.status, 200) << reset.raw;
  // Issuing a link changes nothing yet: the old password still works.
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, ivan).status, 200);
  EXPECT_EQ(SetPassword(TokenOf(reset.body["reset_url"]), kNewPassword), 204);
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, ivan).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, interviewer_.caller).status, 401);
  EXPECT_EQ(SignInStatus(interviewer_.email, kPassword), 401);
  EXPECT_EQ(SignInStatus(interviewer_.email, kNewPassword), 200);
  // Others keep theirs.
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, manager_.caller).status, 200);
  EXPECT_TRUE(Audited(interviewer_.id, "user.reset_link"));

  EXPECT_EQ(Call("POST", "/api/v1/users/0123456789abcdef0123456789abcdef/reset", std::nullopt,
                 admin_.caller)
                .status,
            404);
}

TEST_P(ApiAccountsTest, UnknownAndMalformedLinksAreRefusedByField) {
  EXPECT_EQ(SetPassword("0123456789abcdef0123456789abcdef", kNewPassword), 422);
  Answer missing = Call("POST", "/api/v1/password", json{{"password", kNewPassword}});
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(missing.body["error"]["field"], "token");
  EXPECT_EQ(SetPassword("", kNewPassword), 422);
}

TEST_P(ApiAccountsTest, GuessingLinksIsThrottledByAddress) {
  int last = 0;
  for (int i = 0; i < 40 && last != 429; ++i) {
    last = SetPassword("guess" + std::to_string(i), kNewPassword);
  }
  EXPECT_EQ(last, 429);
  // A real link from the same address waits too (the address counter).
  auto [id, url] = Invite("nia@example.com");
  EXPECT_EQ(SetPassword(TokenOf(url), kNewPassword), 429);
}

TEST_P(ApiAccountsTest, ASignedInUserChangesTheirPassword) {
  Caller here = SignIn(manager_.email);
  Caller elsewhere = SignIn(manager_.email);
  Answer wrong = Call("PUT", "/api/v1/me/password",
                      json{{"current", "not my password"}, {"password", kNewPassword}}, here);
  EXPECT_EQ(wrong.status, 422) << wrong.raw;
  EXPECT_EQ(wrong.body["error"]["field"], "current");
  Answer weak =
      Call("PUT", "/api/v1/me/password", json{{"current", kPassword}, {"password", "short"}}, here);
  EXPECT_EQ(weak.status, 422);
  EXPECT_EQ(weak.body["error"]["field"], "password");
  EXPECT_EQ(SignInStatus(manager_.email, kPassword), 200);

  Answer changed = Call("PUT", "/api/v1/me/password",
                        json{{"current", kPassword}, {"password", kNewPassword}}, here);
  ASSERT_EQ(changed.status, 204) << changed.raw;
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, here).status, 200);
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, elsewhere).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/session", std::nullopt, manager_.caller).status, 401);
  EXPECT_EQ(SignInStatus(manager_.email, kPassword), 401);
  EXPECT_EQ(SignInStatus(manager_.email, kNewPassword), 200);
  EXPECT_TRUE(Audited(manager_.id, "user.password_change"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiAccountsTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

class ApiPublicUrlTest : public ApiTest {
 protected:
  http::ApiOptions AppOptions() const override {
    http::ApiOptions options;
    options.public_url = "https://hire.example.com";
    return options;
  }
};

TEST_P(ApiPublicUrlTest, LinksStartWithThePublicUrl) {
  Answer invited =
      Call("POST", "/api/v1/users",
           json{{"name", "Nia"}, {"email", "nia@example.com"}, {"role", "admin"}}, admin_.caller);
  ASSERT_EQ(invited.status, 201) << invited.raw;
  EXPECT_EQ(
      invited.body.value("invite_url", "").rfind("https://hire.example.com/set-password?token=", 0),
      0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiPublicUrlTest, ::testing::Values(Backend::kSqlite),
                         BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

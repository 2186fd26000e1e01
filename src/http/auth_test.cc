// The security layer end to end: a real server on 127.0.0.1, the Dispatcher,
// StoreAuthenticator and the sign-in routes over a throwaway SQLite store.
#include "http/auth.h"

#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/auth_routes.h"
#include "http/cookie.h"
#include "http/dispatcher.h"
#include "http/hashing_gate.h"
#include "http/health.h"
#include "http/login_throttle.h"
#include "http/server.h"
#include "http/session.h"
#include "http/test_client.h"
#include "service/api_token.h"
#include "service/password.h"
#include "store/secret_hash.h"
#include "store/store.h"

namespace firsthire::http {
namespace {

using testing::Fetch;
using ::testing::HasSubstr;
using testing::Reply;

constexpr char kPassword[] = "correct horse battery";

// A temporary SQLite database file, removed afterwards.
class TempDatabase {
 public:
  TempDatabase()
      : dir_(std::filesystem::temp_directory_path() / ("fh_http_test_" + RandomHex(8))) {}
  ~TempDatabase() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  std::string url() const { return "sqlite:" + (dir_ / "test.db").string(); }

 private:
  std::filesystem::path dir_;
};

// One "server process": its own Store connection, sessions, throttle,
// router and server, all on the shared database file.
class Service {
 public:
  Service(const std::string& url, ThrottlePolicy throttle_policy, Clock clock) {
    auto opened = OpenStore(url);
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
    sessions_ = std::make_unique<Sessions>(*store_);
    throttle_ = std::make_unique<LoginThrottle>(*store_, throttle_policy);
    authenticator_ = std::make_unique<StoreAuthenticator>(*store_, *sessions_, clock);
    Router router;
    EXPECT_TRUE(AddAuthRoutes(router, *store_, *sessions_, *throttle_, {}, clock).ok());
    auto who = [](const Request& request) {
      return JsonResponse(
          200, {{"user", request.principal->user_id}, {"role", RoleName(request.principal->role)}});
    };
    EXPECT_TRUE(router.Add("GET", "/api/v1/things", Access::SignedIn(), who).ok());
    EXPECT_TRUE(router.Add("POST", "/api/v1/things", Access::SignedIn(), who).ok());
    EXPECT_TRUE(router.Add("GET", "/api/v1/admin", Access::Roles({Role::kAdmin}), who).ok());
    EXPECT_TRUE(router.Add("GET", "/api/v1/forgotten", Access(), who).ok());
    EXPECT_TRUE(AddHealthRoute(router, store_.get()).ok());
    dispatcher_ = std::make_unique<Dispatcher>(std::move(router), authenticator_.get());
    ServerOptions options;
    options.port = 0;
    options.log_requests = false;
    server_ = std::make_unique<Server>(
        options, [this](Request& request) { return dispatcher_->Handle(request); });
    EXPECT_TRUE(server_->Start().ok());
  }
  ~Service() { server_.reset(); }

  Store& store() { return *store_; }
  uint16_t port() const { return server_->port(); }

 private:
  std::unique_ptr<Store> store_;
  std::unique_ptr<Sessions> sessions_;
  std::unique_ptr<LoginThrottle> throttle_;
  std::unique_ptr<StoreAuthenticator> authenticator_;
  std::unique_ptr<Dispatcher> dispatcher_;
  std::unique_ptr<Server> server_;
};

// A signed-in browser: its cookies and CSRF token.
struct Browser {
  std::string session;
  std::string csrf;
  std::string Cookies() const {
    return "Cookie: other=1; " + std::string(kSessionCookie) + "=" + session + "\r\n";
  }
  std::string CookiesAndCsrf() const {
    return Cookies() + std::string(kCsrfHeader) + ": " + csrf + "\r\n";
  }
};

std::string CookieNamed(const Reply& reply, std::string_view name) {
  for (const auto& [key, value] : reply.headers) {
    if (key == "set-cookie" && value.starts_with(std::string(name) + "=")) return value;
  }
  return {};
}

std::string ErrorCode(const Reply& reply) {
  auto body = nlohmann::json::parse(reply.body, nullptr, false);
  if (body.is_discarded() || !body.contains("error")) return "(not an error: " + reply.body + ")";
  return body["error"]["code"].get<std::string>();
}

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override { StartService(); }

  void StartService(ThrottlePolicy policy = {}) {
    service_.reset();
    service_ = std::make_unique<Service>(db_.url(), policy, [this] { return now_; });
  }

  store::User AddUser(const std::string& email, const std::string& role, bool active = true) {
    store::User user;
    user.email = email;
    user.name = "Test " + role;
    user.role = role;
    user.active = active;
    user.password_hash = service::HashPassword(kPassword).value();
    auto created = service_->store().CreateUser(user, "test");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return created.ok() ? created.value() : user;
  }

  std::optional<Reply> Login(const std::string& email, const std::string& password,
                             uint16_t port = 0) {
    nlohmann::json body = {{"email", email}, {"password", password}};
    return Fetch(port ? port : service_->port(), "POST", "/api/v1/login", body.dump(),
                 "Content-Type: application/json\r\n");
  }

  Browser SignIn(const std::string& email) {
    auto reply = Login(email, kPassword);
    EXPECT_TRUE(reply.has_value());
    Browser browser;
    if (!reply || reply->status != 200) {
      ADD_FAILURE() << "sign-in failed: " << (reply ? reply->body : "no answer");
      return browser;
    }
    browser.session = FindCookie(CookieNamed(*reply, kSessionCookie), kSessionCookie).value_or("");
    browser.csrf = nlohmann::json::parse(reply->body)["csrf_token"];
    return browser;
  }

  uint16_t port() const { return service_->port(); }

  Millis now_ = 1'800'000'000'000;
  TempDatabase db_;
  std::unique_ptr<Service> service_;
};

TEST_F(AuthTest, SignInSetsHardenedCookiesAndStoresOnlyTheTokenHash) {
  store::User user = AddUser("ada@example.com", "hiring_manager");
  auto reply = Login("Ada@Example.com", kPassword);
  ASSERT_TRUE(reply.has_value());
  ASSERT_EQ(reply->status, 200) << reply->body;
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["user"]["id"], user.id);
  EXPECT_EQ(body["user"]["role"], "hiring_manager");
  std::string csrf = body["csrf_token"];
  EXPECT_EQ(csrf.size(), 32u);

  std::string session_cookie = CookieNamed(*reply, kSessionCookie);
  EXPECT_THAT(session_cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(session_cookie, HasSubstr("SameSite=Strict"));
  EXPECT_THAT(session_cookie, HasSubstr("Path=/"));
  EXPECT_THAT(session_cookie, ::testing::Not(HasSubstr("Secure")));
  std::string csrf_cookie = CookieNamed(*reply, kCsrfCookie);
  EXPECT_THAT(csrf_cookie, HasSubstr(csrf));
  EXPECT_THAT(csrf_cookie, ::testing::Not(HasSubstr("HttpOnly")));

  std::string token = FindCookie(session_cookie, kSessionCookie).value();
  EXPECT_TRUE(Sessions::LooksLikeToken(token));  // 128 bits as hex
  EXPECT_FALSE(service_->store().FindSession(token, now_).ok());
  EXPECT_TRUE(service_->store().FindSession(Sha256Hex(token), now_).ok());
}

TEST_F(AuthTest, WrongPasswordAndUnknownEmailGetTheSameAnswer) {
  AddUser("ada@example.com", "admin");
  auto wrong = Login("ada@example.com", "not the password");
  auto unknown = Login("nobody@example.com", kPassword);
  ASSERT_TRUE(wrong && unknown);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_EQ(unknown->status, 401);
  EXPECT_EQ(wrong->body, unknown->body);
  EXPECT_TRUE(CookieNamed(*wrong, kSessionCookie).empty());
}

TEST_F(AuthTest, LoginBodyErrorsUseTheRightStatuses) {
  auto malformed =
      Fetch(port(), "POST", "/api/v1/login", "{\"email\": ", "Content-Type: application/json\r\n");
  ASSERT_TRUE(malformed.has_value());
  EXPECT_EQ(malformed->status, 400);
  auto missing = Fetch(port(), "POST", "/api/v1/login", "{\"email\": \"a@b.c\"}",
                       "Content-Type: application/json\r\n");
  ASSERT_TRUE(missing.has_value());
  EXPECT_EQ(missing->status, 422);
  EXPECT_EQ(nlohmann::json::parse(missing->body)["error"]["field"], "password");
  auto form = Fetch(port(), "POST", "/api/v1/login", "email=a&password=b",
                    "Content-Type: application/x-www-form-urlencoded\r\n");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->status, 415);
}

TEST_F(AuthTest, ProtectedRoutesNeedASession) {
  auto anonymous = Fetch(port(), "GET", "/api/v1/things");
  ASSERT_TRUE(anonymous.has_value());
  EXPECT_EQ(anonymous->status, 401);
  EXPECT_EQ(ErrorCode(*anonymous), "unauthenticated");

  auto forged = Fetch(port(), "GET", "/api/v1/things", {},
                      "Cookie: fh_session=0123456789abcdef0123456789abcdef\r\n");
  ASSERT_TRUE(forged.has_value());
  EXPECT_EQ(forged->status, 401);

  store::User user = AddUser("ada@example.com", "interviewer");
  Browser browser = SignIn("ada@example.com");
  auto signed_in = Fetch(port(), "GET", "/api/v1/things", {}, browser.Cookies());
  ASSERT_TRUE(signed_in.has_value());
  EXPECT_EQ(signed_in->status, 200);
  EXPECT_EQ(nlohmann::json::parse(signed_in->body)["user"], user.id);
}

TEST_F(AuthTest, CookieWritesNeedTheCsrfToken) {
  AddUser("ada@example.com", "interviewer");
  Browser browser = SignIn("ada@example.com");
  auto without = Fetch(port(), "POST", "/api/v1/things", "{}", browser.Cookies());
  ASSERT_TRUE(without.has_value());
  EXPECT_EQ(without->status, 403);
  EXPECT_EQ(ErrorCode(*without), "csrf_failed");

  Browser wrong = browser;
  wrong.csrf[0] = wrong.csrf[0] == 'a' ? 'b' : 'a';
  auto mismatched = Fetch(port(), "POST", "/api/v1/things", "{}", wrong.CookiesAndCsrf());
  ASSERT_TRUE(mismatched.has_value());
  EXPECT_EQ(mismatched->status, 403);

  auto with = Fetch(port(), "POST", "/api/v1/things", "{}", browser.CookiesAndCsrf());
  ASSERT_TRUE(with.has_value());
  EXPECT_EQ(with->status, 200);
}

TEST_F(AuthTest, BearerTokensWorkWithoutCsrfUntilRevoked) {
  store::User user = AddUser("bot@example.com", "hiring_manager");
  std::string token = service::IssueApiToken(service_->store(), user.id, "ci", "test").value();
  EXPECT_TRUE(service::LooksLikeApiToken(token));
  std::string header = "Authorization: Bearer " + token + "\r\n";
  auto write = Fetch(port(), "POST", "/api/v1/things", "{}", header);
  ASSERT_TRUE(write.has_value());
  EXPECT_EQ(write->status, 200);

  auto bogus = Fetch(port(), "GET", "/api/v1/things", {},
                     "Authorization: Bearer fht_00000000000000000000000000000000\r\n");
  ASSERT_TRUE(bogus.has_value());
  EXPECT_EQ(bogus->status, 401);
  auto basic = Fetch(port(), "GET", "/api/v1/things", {}, "Authorization: Basic YTpi\r\n");
  ASSERT_TRUE(basic.has_value());
  EXPECT_EQ(basic->status, 401);

  auto tokens = service_->store().ListApiTokens(user.id);
  ASSERT_TRUE(tokens.ok());
  ASSERT_EQ(tokens->size(), 1u);
  ASSERT_TRUE(service_->store().RevokeApiToken(tokens->front().id, "test").ok());
  auto revoked = Fetch(port(), "GET", "/api/v1/things", {}, header);
  ASSERT_TRUE(revoked.has_value());
  EXPECT_EQ(revoked->status, 401);
}

TEST_F(AuthTest, RolesAreCheckedAndUndeclaredRoutesAreRefused) {
  AddUser("int@example.com", "interviewer");
  AddUser("boss@example.com", "admin");
  Browser interviewer = SignIn("int@example.com");
  Browser admin = SignIn("boss@example.com");
  auto denied = Fetch(port(), "GET", "/api/v1/admin", {}, interviewer.Cookies());
  ASSERT_TRUE(denied.has_value());
  EXPECT_EQ(denied->status, 403);
  EXPECT_EQ(ErrorCode(*denied), "permission_denied");
  auto allowed = Fetch(port(), "GET", "/api/v1/admin", {}, admin.Cookies());
  ASSERT_TRUE(allowed.has_value());
  EXPECT_EQ(allowed->status, 200);
  // A route that declares no access is refused even to an admin.
  auto undeclared = Fetch(port(), "GET", "/api/v1/forgotten", {}, admin.Cookies());
  ASSERT_TRUE(undeclared.has_value());
  EXPECT_EQ(undeclared->status, 403);
}

TEST_F(AuthTest, DeactivatedAccountsCannotSignInOrUseOldSessions) {
  store::User user = AddUser("ada@example.com", "admin");
  Browser browser = SignIn("ada@example.com");
  user.active = false;
  ASSERT_TRUE(service_->store().UpdateUser(user, "test").ok());
  auto old_session = Fetch(port(), "GET", "/api/v1/things", {}, browser.Cookies());
  ASSERT_TRUE(old_session.has_value());
  EXPECT_EQ(old_session->status, 401);
  auto login = Login("ada@example.com", kPassword);
  ASSERT_TRUE(login.has_value());
  EXPECT_EQ(login->status, 401);
}

TEST_F(AuthTest, LogoutEndsTheSessionAndClearsCookies) {
  AddUser("ada@example.com", "interviewer");
  Browser browser = SignIn("ada@example.com");
  auto logout = Fetch(port(), "POST", "/api/v1/logout", {}, browser.CookiesAndCsrf());
  ASSERT_TRUE(logout.has_value());
  EXPECT_EQ(logout->status, 204);
  EXPECT_THAT(CookieNamed(*logout, kSessionCookie), HasSubstr("Max-Age=0"));
  EXPECT_THAT(CookieNamed(*logout, kCsrfCookie), HasSubstr("Max-Age=0"));
  auto after = Fetch(port(), "GET", "/api/v1/things", {}, browser.Cookies());
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->status, 401);
}

TEST_F(AuthTest, SessionsExpireWhenIdleAndSlideWhenUsed) {
  AddUser("ada@example.com", "interviewer");
  Browser browser = SignIn("ada@example.com");
  SessionPolicy policy;
  // Used every 7 hours, the session outlives its 8-hour idle lifetime...
  for (int i = 0; i < 3; ++i) {
    now_ += 7LL * 3600 * 1000;
    auto used = Fetch(port(), "GET", "/api/v1/things", {}, browser.Cookies());
    ASSERT_TRUE(used.has_value());
    ASSERT_EQ(used->status, 200) << "use " << i;
  }
  // ...but not a pause longer than that.
  now_ += policy.idle_lifetime + 1;
  auto idle = Fetch(port(), "GET", "/api/v1/things", {}, browser.Cookies());
  ASSERT_TRUE(idle.has_value());
  EXPECT_EQ(idle->status, 401);
}

TEST_F(AuthTest, TwoProcessesOnOneDatabaseShareSessions) {
  AddUser("ada@example.com", "interviewer");
  Browser browser = SignIn("ada@example.com");
  Service second(db_.url(), {}, [this] { return now_; });
  auto elsewhere = Fetch(second.port(), "GET", "/api/v1/things", {}, browser.Cookies());
  ASSERT_TRUE(elsewhere.has_value());
  EXPECT_EQ(elsewhere->status, 200);
  // Logging out on one ends the session on the other.
  auto logout = Fetch(second.port(), "POST", "/api/v1/logout", {}, browser.CookiesAndCsrf());
  ASSERT_TRUE(logout.has_value());
  EXPECT_EQ(logout->status, 204);
  auto first = Fetch(port(), "GET", "/api/v1/things", {}, browser.Cookies());
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->status, 401);
}

TEST_F(AuthTest, RepeatedFailuresBackOffInsteadOfLocking) {
  AddUser("ada@example.com", "interviewer");
  for (int i = 0; i < 5; ++i) {
    auto failed = Login("ada@example.com", "guess " + std::to_string(i));
    ASSERT_TRUE(failed.has_value());
    ASSERT_EQ(failed->status, 401) << "attempt " << i;
  }
  // From this address, even the right password waits now: 30 s, not 15 min.
  auto locked = Login("ADA@example.com", kPassword);
  ASSERT_TRUE(locked.has_value());
  EXPECT_EQ(locked->status, 429);
  EXPECT_EQ(ErrorCode(*locked), "rate_limited");
  EXPECT_EQ(locked->Header("retry-after"), "30");
  // After the wait one more guess goes through; the next wait is longer.
  now_ += 30'000;
  auto sixth = Login("ada@example.com", "guess 6");
  ASSERT_TRUE(sixth.has_value());
  EXPECT_EQ(sixth->status, 401);
  auto waiting = Login("ada@example.com", kPassword);
  ASSERT_TRUE(waiting.has_value());
  EXPECT_EQ(waiting->status, 429);
  EXPECT_EQ(waiting->Header("retry-after"), "60");
  now_ += 60'000;
  auto later = Login("ada@example.com", kPassword);
  ASSERT_TRUE(later.has_value());
  EXPECT_EQ(later->status, 200);
}

std::optional<Reply> LoginFrom(const char* source, uint16_t port, const std::string& email,
                               const std::string& password) {
  nlohmann::json body = {{"email", email}, {"password", password}};
  return testing::FetchFrom(source, port, "POST", "/api/v1/login", body.dump(),
                            "Content-Type: application/json\r\n");
}

TEST_F(AuthTest, VictimStillSignsInWhileAnAttackerElsewhereGuesses) {
  AddUser("ada@example.com", "interviewer");
  // The attacker on 127.0.0.2 guesses until throttled...
  int refused = 0;
  for (int i = 0; i < 8; ++i) {
    auto guess = LoginFrom("127.0.0.2", port(), "ada@example.com", "guess " + std::to_string(i));
    ASSERT_TRUE(guess.has_value()) << "could not connect from 127.0.0.2";
    if (guess->status == 429) ++refused;
  }
  EXPECT_EQ(refused, 3);
  // ...and Ada, on 127.0.0.1, signs in with her password at once.
  auto victim = LoginFrom("127.0.0.1", port(), "ada@example.com", kPassword);
  ASSERT_TRUE(victim.has_value());
  EXPECT_EQ(victim->status, 200) << victim->body;
  // Her success does not reset the attacker's wait.
  auto attacker = LoginFrom("127.0.0.2", port(), "ada@example.com", kPassword);
  ASSERT_TRUE(attacker.has_value());
  EXPECT_EQ(attacker->status, 429);
}

TEST_F(AuthTest, ConcurrentGuessesPassTheCheckOnlyFiveTimes) {
  AddUser("ada@example.com", "interviewer");
  constexpr int kGuesses = 10;
  std::vector<int> statuses(kGuesses, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kGuesses; ++i) {
    threads.emplace_back([&, i] {
      auto reply = Login("ada@example.com", "guess " + std::to_string(i));
      statuses[i] = reply ? reply->status : 0;
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), kGuesses - 5);
}

TEST_F(AuthTest, RepeatedFailuresFromOneAddressAreThrottled) {
  ThrottlePolicy policy;
  policy.free_failures_per_address = 3;
  StartService(policy);
  AddUser("ada@example.com", "interviewer");
  for (int i = 0; i < 3; ++i) {
    auto failed = Login("user" + std::to_string(i) + "@example.com", "guess");
    ASSERT_TRUE(failed.has_value());
    ASSERT_EQ(failed->status, 401);
  }
  auto refused = Login("ada@example.com", kPassword);
  ASSERT_TRUE(refused.has_value());
  EXPECT_EQ(refused->status, 429);
  // Another address is not affected.
  auto elsewhere = LoginFrom("127.0.0.3", port(), "ada@example.com", kPassword);
  ASSERT_TRUE(elsewhere.has_value());
  EXPECT_EQ(elsewhere->status, 200);
}

TEST_F(AuthTest, FailuresPerAccountAreCappedAcrossAddresses) {
  // The default: 50 per hour-long window, so at most 100 in any hour.
  ThrottlePolicy defaults;
  EXPECT_EQ(defaults.window, 60LL * 60 * 1000);
  EXPECT_LE(defaults.max_failures_per_account * 2, 100);
  ThrottlePolicy policy;
  policy.max_failures_per_account = 12;  // fewer hashes, same rule
  StartService(policy);
  AddUser("ada@example.com", "interviewer");
  // 4 addresses x 5 free guesses = 20 tries; only 12 may be checked.
  int checked = 0;
  for (int host = 2; host < 6; ++host) {
    std::string source = "127.0.0." + std::to_string(host);
    for (int i = 0; i < 5; ++i) {
      auto guess = LoginFrom(source.c_str(), port(), "ada@example.com", "guess");
      ASSERT_TRUE(guess.has_value());
      if (guess->status == 401) ++checked;
    }
  }
  EXPECT_EQ(checked, 12);
  // The cap holds for the rest of the window, then lifts.
  auto capped = LoginFrom("127.0.0.1", port(), "ada@example.com", kPassword);
  ASSERT_TRUE(capped.has_value());
  EXPECT_EQ(capped->status, 429);
  now_ += 60LL * 60 * 1000;
  auto next_hour = LoginFrom("127.0.0.1", port(), "ada@example.com", kPassword);
  ASSERT_TRUE(next_hour.has_value());
  EXPECT_EQ(next_hour->status, 200);
}

TEST_F(AuthTest, SignInsAreAuditedWithoutPersonalData) {
  store::User user = AddUser("ada@example.com", "interviewer");
  (void)Login("ada@example.com", "wrong password");
  SignIn("ada@example.com");
  AuditFilter filter;
  filter.object_type = "user";
  auto audit = service_->store().ListAudit(filter, {});
  ASSERT_TRUE(audit.ok());
  bool saw_login = false;
  bool saw_failure = false;
  for (const store::AuditEntry& entry : audit->items) {
    EXPECT_THAT(entry.detail, ::testing::Not(HasSubstr("ada@")));
    if (entry.action == "session.login" && entry.actor == user.id) saw_login = true;
    if (entry.action == "session.login_failed" && entry.object_id == user.id) saw_failure = true;
  }
  EXPECT_TRUE(saw_login);
  EXPECT_TRUE(saw_failure);
}

TEST_F(AuthTest, HealthzPingsTheDatabaseWithoutCredentials) {
  auto reply = Fetch(port(), "GET", "/healthz");
  ASSERT_TRUE(reply.has_value());
  EXPECT_EQ(reply->status, 200);
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["database"], "sqlite");
}

TEST_F(AuthTest, WhoAmIReturnsTheCsrfTokenForTheSession) {
  AddUser("ada@example.com", "hiring_manager");
  Browser browser = SignIn("ada@example.com");
  auto reply = Fetch(port(), "GET", "/api/v1/session", {}, browser.Cookies());
  ASSERT_TRUE(reply.has_value());
  ASSERT_EQ(reply->status, 200);
  auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["csrf_token"], browser.csrf);
  EXPECT_EQ(body["auth"], "session");
  EXPECT_EQ(body["user"]["role"], "hiring_manager");
}

TEST_F(AuthTest, WeakHashIsUpgradedAtSignIn) {
  ASSERT_GE(sodium_init(), 0);
  char weak[crypto_pwhash_STRBYTES];
  ASSERT_EQ(
      crypto_pwhash_str_alg(weak, kPassword, sizeof(kPassword) - 1, crypto_pwhash_OPSLIMIT_MIN,
                            crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
      0);
  store::User user;
  user.email = "old@example.com";
  user.name = "Old";
  user.role = "interviewer";
  user.password_hash = weak;
  ASSERT_TRUE(service_->store().CreateUser(user, "test").ok());
  ASSERT_TRUE(service::PasswordNeedsRehash(weak));
  SignIn("old@example.com");
  auto stored = service_->store().FindUserByEmail("old@example.com");
  ASSERT_TRUE(stored.ok());
  EXPECT_FALSE(service::PasswordNeedsRehash(stored->password_hash));
  EXPECT_TRUE(service::VerifyPassword(stored->password_hash, kPassword));
}

// A sign-in the hashing gate refuses is answered 503 busy before anything
// is counted: the same credentials then sign in, and no failure was audited.
TEST_F(AuthTest, ASignInBeyondTheHashingGateIsBusyAndCountsNothing) {
  AddUser("gate@example.com", "admin");
  Sessions sessions(service_->store());
  LoginThrottle throttle(service_->store(), ThrottlePolicy{});
  AuthRouteOptions options;
  options.hashing = std::make_shared<HashingGate>(HashingOptions{1, 0});
  Router router;
  ASSERT_TRUE(AddAuthRoutes(router, service_->store(), sessions, throttle, options).ok());
  Dispatcher dispatcher(std::move(router), nullptr);
  auto login = [&] {
    Request request;
    request.method = "POST";
    request.target = request.path = "/api/v1/login";
    request.headers = {{"content-type", "application/json"}};
    request.body = nlohmann::json{{"email", "gate@example.com"}, {"password", kPassword}}.dump();
    request.remote_address = "192.0.2.1";
    return dispatcher.Handle(request);
  };
  {
    auto held = options.hashing->Enter();  // another sign-in is hashing
    ASSERT_TRUE(held.has_value());
    Response busy = login();
    EXPECT_EQ(busy.status, 503);
    ASSERT_NE(busy.FindHeader("Retry-After"), nullptr);
    EXPECT_NE(busy.body.find("\"busy\""), std::string::npos);
  }
  EXPECT_EQ(login().status, 200) << "the slot is free again";
  auto audit = service_->store().ListAudit({}, {});
  ASSERT_TRUE(audit.ok());
  for (const auto& entry : audit->items) {
    EXPECT_NE(entry.action, "session.login_failed") << "the refused try was not counted";
  }
  EXPECT_EQ(options.hashing->running(), 0);
}

}  // namespace
}  // namespace firsthire::http

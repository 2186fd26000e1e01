// The fixture of the API tests: a fresh database (SQLite file, or a
// PostgreSQL schema when FIRSTHIRE_TEST_PG_URL is set), the whole service
// (ApiApp) on an ephemeral 127.0.0.1 port, and three accounts — one per role
// — each with an API token. Requests go over real HTTP.
#ifndef FIRSTHIRE_TESTS_API_API_FIXTURE_H_
#define FIRSTHIRE_TESTS_API_API_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "firsthire/playbook.h"
#include "http/api_app.h"
#include "http/server.h"
#include "http/test_client.h"
#include "service/api_token.h"
#include "service/password.h"
#include "store/store.h"
#include "store/store_test_env.h"

namespace firsthire::apitest {

using nlohmann::json;

inline constexpr char kPassword[] = "correct horse battery";

// One answer: status, parsed JSON body (null when empty or not JSON), raw.
struct Answer {
  int status = 0;
  json body;
  std::string raw;
  http::testing::Reply reply;
};

// How a request proves who sends it.
struct Caller {
  std::string bearer;  // "Authorization: Bearer ..." when set
  std::string cookie;  // a session cookie header value when set
  std::string csrf;    // X-CSRF-Token when set
};

inline std::string BackendLabel(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

class ApiTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && PostgresTestUrl().empty()) {
      GTEST_SKIP() << kNoPostgresMessage;
    }
    database_ = std::make_unique<TestDatabase>(GetParam());
    auto store = OpenStore(database_->url());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    auto app = http::ApiApp::Create(*store_, DefaultPlaybook(), AppOptions());
    ASSERT_TRUE(app.ok()) << app.status().ToString();
    app_ = std::move(app).value();
    http::ServerOptions options;
    options.port = 0;
    options.threads = 2;
    options.log_requests = std::getenv("FH_API_TEST_LOG") != nullptr;
    server_ = std::make_unique<http::Server>(
        options, [this](http::Request& request) { return app_->Handle(request); });
    ASSERT_TRUE(server_->Start().ok());
    admin_ = AddUser("ada@example.com", "Ada Admin", "admin");
    manager_ = AddUser("hana@example.com", "Hana Manager", "hiring_manager");
    interviewer_ = AddUser("ivan@example.com", "Ivan Interviewer", "interviewer");
    second_interviewer_ = AddUser("iris@example.com", "Iris Interviewer", "interviewer");
  }

  // The service's options; a suite overrides this to test them.
  virtual http::ApiOptions AppOptions() const { return {}; }

  void TearDown() override {
    if (server_) {
      server_->Stop();
      server_->Wait();
    }
    server_.reset();
    app_.reset();
    store_.reset();
    database_.reset();
  }

  struct Account {
    std::string id;
    std::string email;
    Caller caller;  // bearer token
  };

  // Creates an account (the password is kPassword) and an API token for it.
  Account AddUser(const std::string& email, const std::string& name, const std::string& role) {
    store::User user;
    user.email = email;
    user.name = name;
    user.role = role;
    user.password_hash = PasswordHash();
    auto created = store_->CreateUser(user, "test");
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    Account account;
    account.id = created.ok() ? created->id : "";
    account.email = email;
    auto token = service::IssueApiToken(*store_, account.id, "test", "test");
    EXPECT_TRUE(token.ok());
    if (token.ok()) account.caller.bearer = *token;
    return account;
  }

  // Signs in through POST /api/v1/login; the Caller carries the cookie and
  // the CSRF token from the answer.
  Caller SignIn(const std::string& email) {
    Answer login = Call("POST", "/api/v1/login", json{{"email", email}, {"password", kPassword}});
    EXPECT_EQ(login.status, 200) << login.raw;
    Caller caller;
    for (const auto& [name, value] : login.reply.headers) {
      if (name != "set-cookie") continue;
      std::string pair = value.substr(0, value.find(';'));
      if (!caller.cookie.empty()) caller.cookie += "; ";
      caller.cookie += pair;
    }
    caller.csrf = login.body.value("csrf_token", "");
    return caller;
  }

  Answer Call(std::string_view method, const std::string& path,
              const std::optional<json>& body = std::nullopt, const Caller& caller = {}) {
    return CallRaw(method, path, body ? body->dump() : std::string(), caller,
                   body ? "application/json" : "");
  }

  Answer CallRaw(std::string_view method, const std::string& path, const std::string& body,
                 const Caller& caller, std::string_view content_type = "application/json") {
    std::string headers;
    if (!content_type.empty() && !body.empty()) {
      headers += "Content-Type: " + std::string(content_type) + "\r\n";
    }
    if (!caller.bearer.empty()) headers += "Authorization: Bearer " + caller.bearer + "\r\n";
    if (!caller.cookie.empty()) headers += "Cookie: " + caller.cookie + "\r\n";
    if (!caller.csrf.empty()) headers += "X-CSRF-Token: " + caller.csrf + "\r\n";
    auto reply = http::testing::Fetch(server_->port(), method, path, body, headers);
    Answer answer;
    if (!reply) {
      ADD_FAILURE() << "no answer to " << method << " " << path;
      return answer;
    }
    answer.status = reply->status;
    answer.raw = reply->body;
    answer.body = json::parse(reply->body, nullptr, false);
    if (answer.body.is_discarded()) answer.body = nullptr;
    answer.reply = std::move(*reply);
    return answer;
  }

  // A candidate created by the hiring manager; returns its id.
  std::string NewCandidate(const std::string& name = "Grace Hopper") {
    Answer created = Call("POST", "/api/v1/candidates",
                          json{{"name", name}, {"email", "grace@example.com"}}, manager_.caller);
    EXPECT_EQ(created.status, 201) << created.raw;
    return created.body.value("id", "");
  }

  static json GoodScorecard(int score = 4) {
    return {{"scores",
             {{"production_shipping", score},
              {"eval_discipline", score},
              {"data_retrieval", score},
              {"security_guardrails", score},
              {"cost_observability", score}}},
            {"notes", {{"eval_discipline", "walked through a regression suite"}}},
            {"red_flags", json::array()}};
  }

  static const std::string& PasswordHash() {
    static const std::string hash = service::HashPassword(kPassword).value();
    return hash;
  }

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<http::ApiApp> app_;
  std::unique_ptr<http::Server> server_;
  Account admin_, manager_, interviewer_, second_interviewer_;
};

}  // namespace firsthire::apitest

#endif  // FIRSTHIRE_TESTS_API_API_FIXTURE_H_

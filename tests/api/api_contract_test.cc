// Issue 4's contract, step by step over real HTTP, on both backends: sign-in,
// candidates, scorecards under the blind rule, the evaluation, erasure and
// export, every error status, hostile strings and CSRF.
#include <cstdlib>
#include <set>

#include "api_fixture.h"

namespace firsthire::apitest {
namespace {

class ApiContractTest : public ApiTest {};

TEST_P(ApiContractTest, TheContractStepByStep) {
  // Without a session the candidate list is 401.
  EXPECT_EQ(Call("GET", "/api/v1/candidates").status, 401);
  EXPECT_EQ(Call("GET", "/healthz").status, 200);

  Caller manager = SignIn(manager_.email);
  Answer created = Call("POST", "/api/v1/candidates",
                        json{{"name", "Grace Hopper"},
                             {"email", "grace@example.com"},
                             {"profile", {{"source", "referral"}}}},
                        manager);
  ASSERT_EQ(created.status, 201) << created.raw;
  std::string id = created.body["id"];
  EXPECT_EQ(id.size(), 32u);
  EXPECT_EQ(created.body["name"], "Grace Hopper");
  EXPECT_EQ(created.body["profile"]["source"], "referral");

  Answer fetched = Call("GET", "/api/v1/candidates/" + id, std::nullopt, manager);
  ASSERT_EQ(fetched.status, 200);
  EXPECT_EQ(fetched.body["email"], "grace@example.com");
  Answer listed = Call("GET", "/api/v1/candidates", std::nullopt, manager);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.body["total"], 1);

  // Two interviewers score; the blind rule holds until one's own is in.
  Caller ivan = SignIn(interviewer_.email);
  Caller iris = SignIn(second_interviewer_.email);
  std::string cards = "/api/v1/candidates/" + id + "/scorecards";
  EXPECT_EQ(Call("GET", cards, std::nullopt, ivan).status, 403);
  Answer ivan_card = Call("POST", cards, GoodScorecard(4), ivan);
  ASSERT_EQ(ivan_card.status, 201) << ivan_card.raw;
  EXPECT_EQ(ivan_card.body["state"], "submitted");
  EXPECT_EQ(ivan_card.body["interviewer_id"], interviewer_.id);
  EXPECT_EQ(Call("GET", cards, std::nullopt, iris).status, 403);
  Answer iris_card = Call("POST", cards, GoodScorecard(1), iris);
  ASSERT_EQ(iris_card.status, 201) << iris_card.raw;

  Answer ivan_sees = Call("GET", cards, std::nullopt, ivan);
  ASSERT_EQ(ivan_sees.status, 200) << ivan_sees.raw;
  EXPECT_EQ(ivan_sees.body["items"].size(), 2u);
  Answer manager_sees = Call("GET", cards, std::nullopt, manager);
  ASSERT_EQ(manager_sees.status, 200);
  EXPECT_EQ(manager_sees.body["items"].size(), 2u);

  // The evaluation is what `firsthire score` gives: the public keys (docs/product.md), and the
  // gate fails on Iris's 1s.
  Answer evaluation =
      Call("GET", "/api/v1/candidates/" + id + "/evaluation", std::nullopt, manager);
  ASSERT_EQ(evaluation.status, 200) << evaluation.raw;
  for (const char* key : {"categories", "gate", "red_flags", "disagreements", "recommendation"}) {
    EXPECT_TRUE(evaluation.body.contains(key)) << key;
  }
  EXPECT_EQ(evaluation.body["gate"]["risky_first_hire"], true);

  // A submitted scorecard is locked.
  EXPECT_EQ(Call("POST", cards, GoodScorecard(5), ivan).status, 409);

  EXPECT_EQ(Call("GET", "/api/v1/playbook").status, 200);
  EXPECT_EQ(Call("POST", "/api/v1/logout", json::object(), manager).status, 204);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, manager).status, 401);
}

// The stale-playbook warning the CLI prints on stderr reaches API clients: in
// GET /playbook and in the playbook stamp of the engine answers.
TEST_P(ApiContractTest, StalePlaybookWarningReachesTheAnswers) {
  Caller manager = SignIn(manager_.email);
  json brief = {{"workflow", {{"name", "Support ticket triage"}}}};
  setenv("FIRSTHIRE_TODAY", "2031-01-01", 1);  // years after the default playbook's review
  Answer playbook = Call("GET", "/api/v1/playbook");
  Answer assessed = Call("POST", "/api/v1/assess", brief, manager);
  setenv("FIRSTHIRE_TODAY", DefaultPlaybook().reviewed.c_str(), 1);  // the day it was reviewed
  Answer fresh = Call("GET", "/api/v1/playbook");
  Answer fresh_assessed = Call("POST", "/api/v1/assess", brief, manager);
  unsetenv("FIRSTHIRE_TODAY");
  ASSERT_EQ(playbook.status, 200);
  ASSERT_TRUE(playbook.body["stale"].is_string()) << playbook.raw.substr(0, 200);
  EXPECT_NE(playbook.body["stale"].get<std::string>().find(DefaultPlaybook().reviewed),
            std::string::npos);
  ASSERT_EQ(assessed.status, 200) << assessed.raw;
  EXPECT_EQ(assessed.body["playbook"]["stale"], playbook.body["stale"]);
  EXPECT_TRUE(fresh.body["stale"].is_null());
  EXPECT_TRUE(fresh_assessed.body["playbook"]["stale"].is_null());
}

TEST_P(ApiContractTest, DraftsStayEditableAndBlind) {
  std::string id = NewCandidate();
  std::string cards = "/api/v1/candidates/" + id + "/scorecards";
  json draft = GoodScorecard(3);
  draft["submit"] = false;
  Answer first = Call("POST", cards, draft, interviewer_.caller);
  ASSERT_EQ(first.status, 201) << first.raw;
  EXPECT_EQ(first.body["state"], "draft");
  // A draft does not open the others' scorecards, nor the evaluation.
  EXPECT_EQ(Call("GET", cards, std::nullopt, interviewer_.caller).status, 403);
  EXPECT_EQ(
      Call("GET", "/api/v1/candidates/" + id + "/evaluation", std::nullopt, interviewer_.caller)
          .status,
      403);
  // Nothing submitted: no evaluation yet, even for a manager.
  EXPECT_EQ(
      Call("GET", "/api/v1/candidates/" + id + "/evaluation", std::nullopt, manager_.caller).status,
      409);
  draft["scores"]["eval_discipline"] = 5;
  Answer second = Call("POST", cards, draft, interviewer_.caller);
  EXPECT_EQ(second.status, 200) << second.raw;
  EXPECT_EQ(second.body["scores"]["eval_discipline"], 5);
  // The other interviewer's draft is invisible to them after they submit.
  ASSERT_EQ(Call("POST", cards, GoodScorecard(4), second_interviewer_.caller).status, 201);
  Answer seen = Call("GET", cards, std::nullopt, second_interviewer_.caller);
  ASSERT_EQ(seen.status, 200);
  ASSERT_EQ(seen.body["items"].size(), 1u);
  EXPECT_EQ(seen.body["items"][0]["interviewer_id"], second_interviewer_.id);
}

TEST_P(ApiContractTest, EachInterviewerReadsBackTheirOwnScorecardOnly) {
  std::string id = NewCandidate();
  std::string cards = "/api/v1/candidates/" + id + "/scorecards";
  std::string mine = cards + "/mine";
  // Signed out: 401. Signed in with nothing saved yet: 404 not_found.
  EXPECT_EQ(Call("GET", mine).status, 401);
  Answer none = Call("GET", mine, std::nullopt, interviewer_.caller);
  EXPECT_EQ(none.status, 404) << none.raw;
  EXPECT_EQ(none.body["error"]["code"], "not_found");

  // Ivan's draft comes back to him as POST answered it, through a cookie
  // session as well as a token.
  json draft = GoodScorecard(3);
  draft["submit"] = false;
  draft["notes"]["production_shipping"] = "shipped a retrieval service to 40 teams";
  draft["red_flags"] = {"manual_validation_only"};
  Answer saved = Call("POST", cards, draft, interviewer_.caller);
  ASSERT_EQ(saved.status, 201) << saved.raw;
  Answer read = Call("GET", mine, std::nullopt, interviewer_.caller);
  ASSERT_EQ(read.status, 200) << read.raw;
  EXPECT_EQ(read.body, saved.body);
  EXPECT_EQ(read.body["state"], "draft");
  EXPECT_EQ(read.body["interviewer_id"], interviewer_.id);
  EXPECT_EQ(read.body["notes"]["production_shipping"], "shipped a retrieval service to 40 teams");
  EXPECT_EQ(read.body["red_flags"], json::array({"manual_validation_only"}));
  Caller ivan = SignIn(interviewer_.email);
  EXPECT_EQ(Call("GET", mine, std::nullopt, ivan).body, saved.body);

  // Another interviewer never reaches Ivan's draft through it: they get
  // their own (none yet), and then only their own.
  EXPECT_EQ(Call("GET", mine, std::nullopt, second_interviewer_.caller).status, 404);
  Answer iris_saved = Call("POST", cards, GoodScorecard(5), second_interviewer_.caller);
  ASSERT_EQ(iris_saved.status, 201) << iris_saved.raw;
  Answer iris_reads = Call("GET", mine, std::nullopt, second_interviewer_.caller);
  ASSERT_EQ(iris_reads.status, 200);
  EXPECT_EQ(iris_reads.body["interviewer_id"], second_interviewer_.id);
  EXPECT_EQ(iris_reads.body["state"], "submitted");
  EXPECT_EQ(iris_reads.body["scores"]["eval_discipline"], 5);
  // A manager sees every scorecard in the list, but "mine" is theirs alone.
  EXPECT_EQ(Call("GET", mine, std::nullopt, manager_.caller).status, 404);
  // Ivan's draft is still his, and the blind rule still holds for the list.
  EXPECT_EQ(Call("GET", mine, std::nullopt, interviewer_.caller).body["scores"]["eval_discipline"],
            3);
  EXPECT_EQ(Call("GET", cards, std::nullopt, interviewer_.caller).status, 403);

  // Submitted, it reads back submitted (and locked).
  Answer submitted = Call("POST", cards, GoodScorecard(4), interviewer_.caller);
  ASSERT_EQ(submitted.status, 200) << submitted.raw;
  Answer after = Call("GET", mine, std::nullopt, interviewer_.caller);
  EXPECT_EQ(after.body["state"], "submitted");
  EXPECT_EQ(after.body["scores"]["eval_discipline"], 4);

  // Unknown and erased candidates: 404.
  EXPECT_EQ(Call("GET", "/api/v1/candidates/0123456789abcdef0123456789abcdef/scorecards/mine",
                 std::nullopt, interviewer_.caller)
                .status,
            404);
  ASSERT_EQ(Call("DELETE", "/api/v1/candidates/" + id, std::nullopt, manager_.caller).status, 204);
  Answer erased = Call("GET", mine, std::nullopt, interviewer_.caller);
  EXPECT_EQ(erased.status, 404);
  EXPECT_EQ(erased.body["error"]["code"], "not_found");
}

TEST_P(ApiContractTest, ScorecardsAreCheckedByTheLoaderRules) {
  std::string cards = "/api/v1/candidates/" + NewCandidate() + "/scorecards";
  json out_of_range = GoodScorecard();
  out_of_range["scores"]["eval_discipline"] = 6;
  Answer range = Call("POST", cards, out_of_range, interviewer_.caller);
  EXPECT_EQ(range.status, 422);
  EXPECT_EQ(range.body["error"]["field"], "scores.eval_discipline");
  json unknown = GoodScorecard();
  unknown["scores"]["charisma"] = 3;
  Answer category = Call("POST", cards, unknown, interviewer_.caller);
  EXPECT_EQ(category.status, 422);
  EXPECT_EQ(category.body["error"]["field"], "scores.charisma");
  json flag = GoodScorecard();
  flag["red_flags"] = {"talks_too_much"};
  EXPECT_EQ(Call("POST", cards, flag, interviewer_.caller).status, 422);
  EXPECT_EQ(Call("POST", cards, json{{"notes", json::object()}}, interviewer_.caller).status, 422);
}

TEST_P(ApiContractTest, EveryErrorStatus) {
  std::string id = NewCandidate();
  // 400: malformed JSON.
  Answer malformed = CallRaw("POST", "/api/v1/candidates", "{\"name\": ", manager_.caller);
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.body["error"]["code"], "invalid_input");
  // 401: no or a wrong credential.
  EXPECT_EQ(Call("GET", "/api/v1/candidates/" + id).status, 401);
  Caller forged;
  forged.bearer = "fht_00000000000000000000000000000000";
  EXPECT_EQ(Call("GET", "/api/v1/candidates/" + id, std::nullopt, forged).status, 401);
  // 403: a role that may not.
  Answer denied = Call("POST", "/api/v1/candidates", json{{"name", "X"}}, interviewer_.caller);
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(denied.body["error"]["code"], "permission_denied");
  // 404: unknown ids, also well-formed ones.
  EXPECT_EQ(Call("GET", "/api/v1/candidates/0123456789abcdef0123456789abcdef", std::nullopt,
                 manager_.caller)
                .status,
            404);
  EXPECT_EQ(Call("GET", "/api/v1/briefs/nope", std::nullopt, manager_.caller).status, 404);
  // 409: a submitted scorecard saved again.
  std::string cards = "/api/v1/candidates/" + id + "/scorecards";
  ASSERT_EQ(Call("POST", cards, GoodScorecard(), interviewer_.caller).status, 201);
  Answer conflict = Call("POST", cards, GoodScorecard(), interviewer_.caller);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_EQ(conflict.body["error"]["code"], "already_exists");
  // 413: a body over the limit.
  std::string huge = "{\"name\": \"" + std::string(2 << 20, 'a') + "\"}";
  EXPECT_EQ(CallRaw("POST", "/api/v1/candidates", huge, manager_.caller).status, 413);
  // 415: not JSON.
  EXPECT_EQ(CallRaw("POST", "/api/v1/candidates", "name=x", manager_.caller,
                    "application/x-www-form-urlencoded")
                .status,
            415);
  // 422: valid JSON, invalid value; the field is named.
  Answer missing = Call("POST", "/api/v1/candidates", json{{"email", "a@b.c"}}, manager_.caller);
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(missing.body["error"]["field"], "name");
  Answer paging = Call("GET", "/api/v1/candidates?limit=0", std::nullopt, manager_.caller);
  EXPECT_EQ(paging.status, 422);
  EXPECT_EQ(paging.body["error"]["field"], "limit");
}

TEST_P(ApiContractTest, HostileStringsAreStoredAndReturnedVerbatim) {
  const std::string hostile[] = {
      "Robert'); DROP TABLE candidates;--",
      "<script>alert(\"x\")</script>",
      "Zoë \"Z\" Ñúñez — 张伟 🚀 \\ %s %n ${jndi:ldap://x}",
      std::string(10000, 'x') + "\u2028end",
  };
  for (const std::string& text : hostile) {
    Answer created =
        Call("POST", "/api/v1/candidates",
             json{{"name", text}, {"email", text}, {"profile", {{"note", text}}}}, manager_.caller);
    ASSERT_EQ(created.status, 201) << created.raw.substr(0, 200);
    Answer fetched = Call("GET", "/api/v1/candidates/" + created.body["id"].get<std::string>(),
                          std::nullopt, manager_.caller);
    EXPECT_EQ(fetched.body["name"], text);
    EXPECT_EQ(fetched.body["email"], text);
    EXPECT_EQ(fetched.body["profile"]["note"], text);
  }
  // Search text is never query syntax.
  Answer search =
      Call("GET", "/api/v1/candidates?q=%27%29%3B%20DROP%20%22%2A", std::nullopt, manager_.caller);
  EXPECT_EQ(search.status, 200) << search.raw;
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, manager_.caller).body["total"], 4);
}

TEST_P(ApiContractTest, CookieWritesNeedTheCsrfToken) {
  Caller session = SignIn(manager_.email);
  Caller no_token = session;
  no_token.csrf.clear();
  Answer refused = Call("POST", "/api/v1/candidates", json{{"name", "A"}}, no_token);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.body["error"]["code"], "csrf_failed");
  Caller wrong = session;
  wrong.csrf = std::string(32, '0');
  EXPECT_EQ(Call("POST", "/api/v1/candidates", json{{"name", "A"}}, wrong).status, 403);
  EXPECT_EQ(Call("DELETE", "/api/v1/candidates/" + NewCandidate(), std::nullopt, no_token).status,
            403);
  // Reads need no token; writes with it pass.
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, no_token).status, 200);
  EXPECT_EQ(Call("POST", "/api/v1/candidates", json{{"name", "A"}}, session).status, 201);
}

TEST_P(ApiContractTest, SearchFiltersAndPages) {
  for (const char* name : {"Ada Lovelace", "Alan Turing", "Barbara Liskov", "Edsger Dijkstra"}) {
    NewCandidate(name);
  }
  Answer search = Call("GET", "/api/v1/candidates?q=turing", std::nullopt, interviewer_.caller);
  ASSERT_EQ(search.status, 200);
  ASSERT_EQ(search.body["total"], 1);
  EXPECT_EQ(search.body["items"][0]["name"], "Alan Turing");
  Answer page = Call("GET", "/api/v1/candidates?limit=3&offset=2", std::nullopt, manager_.caller);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.body["total"], 4);
  EXPECT_EQ(page.body["items"].size(), 2u);
  EXPECT_EQ(page.body["limit"], 3);
  EXPECT_EQ(page.body["offset"], 2);
}

TEST_P(ApiContractTest, EraseKeepsAnonymisedScorecardsAndExportHasEverything) {
  std::string id = NewCandidate();
  ASSERT_EQ(
      Call("POST", "/api/v1/candidates/" + id + "/scorecards", GoodScorecard(), interviewer_.caller)
          .status,
      201);
  ASSERT_EQ(Call("POST", "/api/v1/candidates/" + id + "/decisions",
                 json{{"decision", "hold"}, {"reason", "second interview"}}, manager_.caller)
                .status,
            201);
  EXPECT_EQ(
      Call("GET", "/api/v1/candidates/" + id + "/export", std::nullopt, interviewer_.caller).status,
      403);
  Answer exported =
      Call("GET", "/api/v1/candidates/" + id + "/export", std::nullopt, manager_.caller);
  ASSERT_EQ(exported.status, 200) << exported.raw;
  EXPECT_EQ(exported.body["candidate"]["name"], "Grace Hopper");
  EXPECT_EQ(exported.body["scorecards"].size(), 1u);
  EXPECT_EQ(exported.body["decisions"].size(), 1u);

  EXPECT_EQ(Call("DELETE", "/api/v1/candidates/" + id, std::nullopt, manager_.caller).status, 204);
  EXPECT_EQ(Call("GET", "/api/v1/candidates/" + id, std::nullopt, manager_.caller).status, 404);
  EXPECT_EQ(Call("DELETE", "/api/v1/candidates/" + id, std::nullopt, manager_.caller).status, 204);
  auto kept = store_->ListScorecards(id);
  ASSERT_TRUE(kept.ok());
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ((*kept)[0].notes_json, "{}");
  EXPECT_NE((*kept)[0].scores_json.find("eval_discipline"), std::string::npos);
  // Gone from lists and search.
  EXPECT_EQ(Call("GET", "/api/v1/candidates?q=grace", std::nullopt, manager_.caller).body["total"],
            0);
}

TEST_P(ApiContractTest, WritesLandInTheAuditLogWithTheActor) {
  std::string id = NewCandidate();
  ASSERT_EQ(
      Call("PATCH", "/api/v1/candidates/" + id, json{{"status", "screening"}}, manager_.caller)
          .status,
      200);
  EXPECT_EQ(Call("GET", "/api/v1/audit", std::nullopt, manager_.caller).status, 403);
  Answer audit = Call("GET", "/api/v1/audit?object_type=candidate&object_id=" + id, std::nullopt,
                      admin_.caller);
  ASSERT_EQ(audit.status, 200) << audit.raw;
  ASSERT_GE(audit.body["items"].size(), 2u);
  std::set<std::string> actions;
  for (const json& entry : audit.body["items"]) {
    EXPECT_EQ(entry["actor"], manager_.id);
    actions.insert(entry["action"].get<std::string>());
    // No personal data in the log.
    EXPECT_EQ(entry.dump().find("Grace"), std::string::npos);
  }
  EXPECT_EQ(actions.size(), 2u);
}

TEST_P(ApiContractTest, UsersNeverShowPasswordHashesAndAdminsManageThem) {
  Answer created = Call("POST", "/api/v1/users",
                        json{{"email", "new@example.com"},
                             {"name", "New"},
                             {"role", "interviewer"},
                             {"password", kPassword}},
                        admin_.caller);
  ASSERT_EQ(created.status, 201) << created.raw;
  EXPECT_FALSE(created.body["user"].contains("password_hash"));
  EXPECT_EQ(created.raw.find("argon2"), std::string::npos);
  Answer listed = Call("GET", "/api/v1/users", std::nullopt, admin_.caller);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.raw.find("argon2"), std::string::npos);
  EXPECT_EQ(Call("POST", "/api/v1/users",
                 json{{"email", "new@example.com"}, {"name", "Again"}, {"role", "interviewer"}},
                 admin_.caller)
                .status,
            409);
  EXPECT_EQ(Call("POST", "/api/v1/users",
                 json{{"email", "x@example.com"}, {"name", "X"}, {"role", "owner"}}, admin_.caller)
                .body["error"]["field"],
            "role");
  // Deactivation ends access at once; admins cannot lock themselves out.
  std::string id = created.body["user"]["id"];
  Caller new_user = SignIn("new@example.com");
  ASSERT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, new_user).status, 200);
  ASSERT_EQ(Call("PATCH", "/api/v1/users/" + id, json{{"active", false}}, admin_.caller).status,
            200);
  EXPECT_EQ(Call("GET", "/api/v1/candidates", std::nullopt, new_user).status, 401);
  EXPECT_EQ(
      Call("PATCH", "/api/v1/users/" + admin_.id, json{{"role", "interviewer"}}, admin_.caller)
          .status,
      409);
}

TEST_P(ApiContractTest, FixedDocumentsRevalidateAndCompress) {
  for (const char* path : {"/api/v1/playbook", "/api/v1/openapi.json"}) {
    auto plain = http::testing::Fetch(server_->port(), "GET", path, "", "");
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->status, 200);
    std::string etag = plain->Header("etag");
    ASSERT_FALSE(etag.empty()) << path;
    EXPECT_EQ(plain->Header("cache-control"), "public, max-age=60") << path;
    EXPECT_EQ(plain->Header("vary"), "Accept-Encoding") << path;

    auto again =
        http::testing::Fetch(server_->port(), "GET", path, "", "If-None-Match: " + etag + "\r\n");
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->status, 304) << path;
    EXPECT_TRUE(again->body.empty());

    auto stale = http::testing::Fetch(server_->port(), "GET", path, "",
                                      "If-None-Match: \"not-this-one\"\r\n");
    ASSERT_TRUE(stale.has_value());
    EXPECT_EQ(stale->status, 200);

    auto gzip =
        http::testing::Fetch(server_->port(), "GET", path, "", "Accept-Encoding: gzip\r\n");
    ASSERT_TRUE(gzip.has_value());
    EXPECT_EQ(gzip->status, 200);
    EXPECT_EQ(gzip->Header("content-encoding"), "gzip") << path;
    EXPECT_LT(gzip->body.size(), plain->body.size() / 2) << path;
    EXPECT_EQ(gzip->body.substr(0, 2), "\x1f\x8b");  // the gzip magic number
  }
  // Other answers stay uncached and uncompressed.
  auto health = http::testing::Fetch(server_->port(), "GET", "/healthz", "",
                                     "Accept-Encoding: gzip\r\n");
  ASSERT_TRUE(health.has_value());
  EXPECT_FALSE(health->HasHeader("content-encoding"));
  EXPECT_EQ(health->Header("cache-control"), "no-store");
}

INSTANTIATE_TEST_SUITE_P(Backends, ApiContractTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

}  // namespace
}  // namespace firsthire::apitest

// End-to-end tests of the operational verbs through the real binary:
// user, token, migrate, backup and restore, on SQLite always and on
// PostgreSQL when FIRSTHIRE_TEST_PG_URL is set. What the verbs wrote is
// checked by opening the same database through the Store.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <sstream>
#include <string>
#include <thread>

#include "ops_test_env.h"
#include "service/account_links.h"
#include "service/password.h"
#include "store/secret_hash.h"
#include "store/store.h"

namespace firsthire::ops_testing {
namespace {

class OpsVerbsTest : public DatabaseVerbTest {
 protected:
  ProcessResult AddUser(const std::string& email, const std::string& role,
                        const std::string& password = "correct horse battery") {
    return Run({"user", "add", email, "--role", role, "--name", "Ada Example", "--password-stdin"},
               password + "\n");
  }

  std::unique_ptr<Store> OpenTestStore() {
    auto store = OpenStore(db_->url());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  // Whether `seen` holds at once (SQLite: the store looks at the file before
  // trusting its caches) or, on PostgreSQL, once the notification of the
  // CLI's write has reached the store's listening connection.
  template <typename Fn>
  bool SeenByTheStore(Fn seen) {
    if (GetParam() == Backend::kSqlite) return seen();
    for (int i = 0; i < 1000; ++i) {
      if (seen()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }
};

INSTANTIATE_TEST_SUITE_P(Backends, OpsVerbsTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendLabel);

// ---- user ------------------------------------------------------------------

TEST_P(OpsVerbsTest, UserAddStoresAnArgon2idHashAndAuditsTheCli) {
  ProcessResult r = AddUser("ada@example.com", "hiring_manager", "correct horse battery");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ada@example.com"), std::string::npos) << r.out;

  auto store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  auto user = store->FindUserByEmail("ada@example.com");
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  EXPECT_EQ(user->role, "hiring_manager");
  EXPECT_EQ(user->name, "Ada Example");
  EXPECT_TRUE(user->active);
  EXPECT_EQ(user->password_hash.rfind("$argon2id$", 0), 0u) << user->password_hash;
  // The trailing newline from stdin is not part of the password.
  EXPECT_TRUE(service::VerifyPassword(user->password_hash, "correct horse battery"));
  EXPECT_FALSE(service::VerifyPassword(user->password_hash, "correct horse battery\n"));
  EXPECT_NE(r.out.find(user->id), std::string::npos);

  auto audit = store->ListAudit(AuditFilter{.object_type = "", .object_id = user->id}, Page{});
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->items.size(), 1u);
  EXPECT_EQ(audit->items[0].actor, "cli");
  // The audit log carries no personal data.
  EXPECT_EQ(audit->items[0].detail.find("ada@example.com"), std::string::npos);
}

TEST_P(OpsVerbsTest, UserAddAppliesThePasswordAndEmailRulesOfTheApi) {
  // A NUL byte, a common password, too short: refused like the API does.
  for (const std::string& weak : {std::string("long enough\0password", 20),
                                  std::string("password1234"), std::string("eleven char")}) {
    ProcessResult r = AddUser("ada@example.com", "admin", weak);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("password"), std::string::npos) << r.err;
  }
  for (const char* bad : {"@", "x@y"}) {
    ProcessResult r = AddUser(bad, "admin");
    EXPECT_EQ(r.exit_code, 2) << r.err;
  }
  ProcessResult added = AddUser("  Ada@Example.com", "admin", "firsthire-demo");
  ASSERT_EQ(added.exit_code, 0) << added.err;
  EXPECT_NE(added.out.find("ada@example.com"), std::string::npos) << added.out;
  ProcessResult lookalike = AddUser(" ada@example.com", "admin");
  EXPECT_EQ(lookalike.exit_code, 2) << lookalike.err;
}

TEST_P(OpsVerbsTest, DeactivateRevokesTokensSoReactivatingBringsNoneBack) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  ProcessResult token = Run({"token", "create", "ada@example.com"});
  ASSERT_EQ(token.exit_code, 0) << token.err;
  std::string raw = token.out.substr(0, token.out.find('\n'));
  ASSERT_EQ(Run({"user", "deactivate", "ada@example.com"}).exit_code, 0);
  ASSERT_EQ(Run({"user", "activate", "ada@example.com"}).exit_code, 0);
  auto store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  EXPECT_FALSE(store->FindUserByApiToken(Sha256Hex(raw)).ok());
}

TEST_P(OpsVerbsTest, UserAddDuplicateEmailExits2AndKeepsTheFirstAccount) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  for (const char* email : {"ada@example.com", "ADA@Example.com"}) {
    ProcessResult r = AddUser(email, "interviewer", "another password");
    EXPECT_EQ(r.exit_code, 2) << email << ": " << r.err;
    EXPECT_NE(r.err.find("already exists"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  auto store = OpenTestStore();
  auto users = store->ListUsers(Page{});
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->total, 1);
  EXPECT_EQ(users->items[0].role, "admin");
}

TEST_P(OpsVerbsTest, UserAddUnknownRoleExits2WithDidYouMean) {
  ProcessResult r = AddUser("ada@example.com", "admn");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown role 'admn'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean 'admin'"), std::string::npos) << r.err;
  r = AddUser("bob@example.com", "hiring-manager");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("did you mean 'hiring_manager'"), std::string::npos) << r.err;
  auto users = OpenTestStore()->ListUsers(Page{});
  ASSERT_TRUE(users.ok());
  EXPECT_EQ(users->total, 0);
}

TEST_P(OpsVerbsTest, UserAddRefusesPasswordsOutsideThePolicyAndArguments) {
  ProcessResult short_password = AddUser("ada@example.com", "admin", "short");
  EXPECT_EQ(short_password.exit_code, 2);
  EXPECT_NE(short_password.err.find("password"), std::string::npos) << short_password.err;
  ProcessResult empty = Run({"user", "add", "ada@example.com", "--role", "admin",
                             "--password-stdin"});
  EXPECT_EQ(empty.exit_code, 2) << empty.err;
  ProcessResult no_flag = Run({"user", "add", "ada@example.com", "--role", "admin"},
                              "correct horse battery\n");
  EXPECT_EQ(no_flag.exit_code, 2);
  EXPECT_NE(no_flag.err.find("--password-stdin"), std::string::npos) << no_flag.err;
  ProcessResult as_argument = Run({"user", "add", "ada@example.com", "--role", "admin",
                                   "--password", "correct horse battery"});
  EXPECT_EQ(as_argument.exit_code, 2);
  EXPECT_EQ(OpenTestStore()->ListUsers(Page{})->total, 0);
}

TEST_P(OpsVerbsTest, UserAddRefusesMalformedEmails) {
  for (const char* email : {"ada", "@example.com", "ada@", "ada@example", "a da@example.com",
                            "ada@@example.com"}) {
    ProcessResult r = AddUser(email, "admin");
    EXPECT_EQ(r.exit_code, 2) << email;
    EXPECT_NE(r.err.find("not an email address"), std::string::npos) << email << ": " << r.err;
  }
}

TEST_P(OpsVerbsTest, UserListSetRoleDeactivateAndActivate) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  ASSERT_EQ(AddUser("bob@example.com", "interviewer").exit_code, 0);

  ProcessResult set_role = Run({"user", "set-role", "bob@example.com", "hiring_manager"});
  ASSERT_EQ(set_role.exit_code, 0) << set_role.err;
  ProcessResult bad_role = Run({"user", "set-role", "bob@example.com", "intervewer"});
  EXPECT_EQ(bad_role.exit_code, 2);
  EXPECT_NE(bad_role.err.find("did you mean 'interviewer'"), std::string::npos) << bad_role.err;

  // A deactivated user's sessions end with the deactivation.
  auto store = OpenTestStore();
  auto bob = store->FindUserByEmail("bob@example.com");
  ASSERT_TRUE(bob.ok());
  store::Session session{.token_hash = Sha256Hex("t"),
                         .user_id = bob->id,
                         .csrf_token = "c",
                         .created_at = SystemMillis(),
                         .expires_at = SystemMillis() + 3600000,
                         .last_seen_at = SystemMillis()};
  ASSERT_TRUE(store->CreateSession(session).ok());
  ProcessResult deactivate = Run({"user", "deactivate", "bob@example.com"});
  ASSERT_EQ(deactivate.exit_code, 0) << deactivate.err;
  EXPECT_FALSE(store->FindSession(session.token_hash, SystemMillis()).ok());

  ProcessResult list = RunFirsthire({"--format", "json", "user", "list", "--db", db_->url()},
                                    dir_.path().string());
  ASSERT_EQ(list.exit_code, 0) << list.err;
  nlohmann::json users = nlohmann::json::parse(list.out)["users"];
  ASSERT_EQ(users.size(), 2u);
  for (const auto& user : users) {
    EXPECT_FALSE(user.contains("password_hash")) << user.dump();
    if (user["email"] == "bob@example.com") {
      EXPECT_EQ(user["role"], "hiring_manager");
      EXPECT_EQ(user["active"], false);
    } else {
      EXPECT_EQ(user["role"], "admin");
      EXPECT_EQ(user["active"], true);
    }
  }
  ProcessResult text = Run({"user", "list"});
  EXPECT_NE(text.out.find("deactivated"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("$argon2id$"), std::string::npos);

  ASSERT_EQ(Run({"user", "activate", "bob@example.com"}).exit_code, 0);
  EXPECT_TRUE(store->FindUserByEmail("bob@example.com")->active);
  EXPECT_EQ(Run({"user", "deactivate", "nobody@example.com"}).exit_code, 2);
}

TEST_P(OpsVerbsTest, UserResetPrintsALinkThatSetsThePasswordOnce) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  ProcessResult reset =
      Run({"user", "reset", "ada@example.com", "--public-url", "https://hire.example.com/"});
  ASSERT_EQ(reset.exit_code, 0) << reset.err;
  std::string marker = "https://hire.example.com/set-password?token=";
  auto at = reset.out.find(marker);
  ASSERT_NE(at, std::string::npos) << reset.out;
  std::string token = reset.out.substr(at + marker.size(), 32);

  auto store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  auto set = service::SetPasswordFromLink(*store, token, "a brand new passphrase", SystemMillis());
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_TRUE(service::VerifyPassword(set->password_hash, "a brand new passphrase"));
  EXPECT_FALSE(
      service::SetPasswordFromLink(*store, token, "another new passphrase", SystemMillis()).ok());
  auto audit = store->ListAudit({.object_id = set->id}, Page{});
  ASSERT_TRUE(audit.ok());
  bool cli_link = false;
  for (const store::AuditEntry& entry : audit->items) {
    cli_link |= entry.action == "user.reset_link" && entry.actor == "cli";
  }
  EXPECT_TRUE(cli_link);

  // A newer link replaces the older one.
  ProcessResult first = Run({"user", "reset", "ada@example.com"});
  ProcessResult second = Run({"user", "reset", "ada@example.com"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  marker = "http://127.0.0.1:8080/set-password?token=";
  ASSERT_NE(first.out.find(marker), std::string::npos) << first.out;
  std::string old_token = first.out.substr(first.out.find(marker) + marker.size(), 32);
  EXPECT_FALSE(
      service::SetPasswordFromLink(*store, old_token, "a third passphrase!", SystemMillis()).ok());

  EXPECT_EQ(Run({"user", "reset", "nobody@example.com"}).exit_code, 2);
  ProcessResult bad_url = Run({"user", "reset", "ada@example.com", "--public-url", "hire.example"});
  EXPECT_EQ(bad_url.exit_code, 2);
  EXPECT_NE(bad_url.err.find("--public-url"), std::string::npos) << bad_url.err;
}

// With SMTP configured as for serve, the reset also queues the email the
// API's reset queues (one service path); the CLI only writes the outbox, so
// nothing needs to listen at the SMTP address: a server's sender delivers it.
TEST_P(OpsVerbsTest, UserResetWithSmtpQueuesTheResetEmail) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  auto store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ProcessResult plain = RunFirsthire(
      {"--format", "json", "user", "reset", "ada@example.com", "--db", db_->url()},
      dir_.path().string());
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(nlohmann::json::parse(plain.out)["emailed"], false);
  EXPECT_TRUE(store->ListMail("", Page{})->items.empty());

  ProcessResult mailed = RunFirsthire(
      {"--format", "json", "user", "reset", "ada@example.com", "--public-url",
       "https://hire.example.com", "--smtp", "smtp://127.0.0.1:9", "--smtp-from",
       "hire@example.com", "--db", db_->url()},
      dir_.path().string());
  ASSERT_EQ(mailed.exit_code, 0) << mailed.err;
  nlohmann::json answer = nlohmann::json::parse(mailed.out);
  EXPECT_EQ(answer["emailed"], true);
  auto mails = store->ListMail("", Page{});
  ASSERT_TRUE(mails.ok());
  ASSERT_EQ(mails->items.size(), 1u);
  const store::OutboxMail& mail = mails->items[0];
  EXPECT_EQ(mail.kind, "reset");
  EXPECT_EQ(mail.recipient, "ada@example.com");
  EXPECT_EQ(mail.state, "pending");
  EXPECT_EQ(mail.attempts, 0);
  EXPECT_NE(mail.message.find(answer["reset_url"].get<std::string>()), std::string::npos);
  EXPECT_NE(mail.message.find("From: \"firsthire\" <hire@example.com>"), std::string::npos)
      << mail.message;

  // The text output says the email was queued; SMTP options are checked like serve's.
  ProcessResult text = Run({"user", "reset", "ada@example.com", "--smtp", "smtp://127.0.0.1:9",
                            "--smtp-from", "hire@example.com"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Queued the reset email to ada@example.com"), std::string::npos)
      << text.out;
  EXPECT_EQ(store->ListMail("pending", Page{})->items.size(), 2u);
  ProcessResult no_from = Run({"user", "reset", "ada@example.com", "--smtp", "smtp://127.0.0.1"});
  EXPECT_EQ(no_from.exit_code, 2);
  EXPECT_NE(no_from.err.find("--smtp-from"), std::string::npos) << no_from.err;
  EXPECT_EQ(Run({"user", "reset", "ada@example.com", "--smtp-from", "hire@example.com"}).exit_code,
            2);
  EXPECT_EQ(store->ListMail("", Page{})->items.size(), 2u);  // nothing written on failure
}

TEST_P(OpsVerbsTest, ServeRefusesAPublicUrlThatIsNotOne) {
  for (const char* url : {"hire.example.com", "ftp://hire.example.com", "https://a b",
                          "https://hire.example.com/?x=1"}) {
    ProcessResult refused = Run({"serve", "--listen", "127.0.0.1:0", "--public-url", url});
    EXPECT_EQ(refused.exit_code, 2) << url;
    EXPECT_NE(refused.err.find("--public-url"), std::string::npos) << refused.err;
  }
}

// ---- token -----------------------------------------------------------------

TEST_P(OpsVerbsTest, TokenCreatePrintsATokenOnceThatTheStoreKnowsOnlyByHash) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  ProcessResult r = Run({"token", "create", "ada@example.com", "--name", "ci"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string token = r.out;
  ASSERT_FALSE(token.empty());
  ASSERT_EQ(token.back(), '\n');
  token.pop_back();
  EXPECT_EQ(token.find('\n'), std::string::npos) << "stdout is the token alone: " << r.out;
  EXPECT_EQ(token.rfind("fht_", 0), 0u);
  EXPECT_EQ(token.size(), 4u + 32u);

  auto store = OpenTestStore();
  auto owner = store->FindUserByApiToken(Sha256Hex(token));
  ASSERT_TRUE(owner.ok()) << owner.status().ToString();
  EXPECT_EQ(owner->email, "ada@example.com");
  auto tokens = store->ListApiTokens(owner->id);
  ASSERT_TRUE(tokens.ok()) << tokens.status().ToString();
  ASSERT_EQ(tokens->size(), 1u);
  const store::ApiToken* found = &tokens->front();
  EXPECT_EQ(found->name, "ci");
  EXPECT_FALSE(found->revoked);

  // Two tokens are different; the list never shows the secret.
  ProcessResult second = Run({"token", "create", "ada@example.com"});
  ASSERT_EQ(second.exit_code, 0);
  EXPECT_NE(second.out, r.out);
  ProcessResult list = Run({"token", "list", "ada@example.com"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_EQ(list.out.find(token), std::string::npos);
  EXPECT_NE(list.out.find(found->id), std::string::npos) << list.out;

  ProcessResult revoke = Run({"token", "revoke", found->id});
  ASSERT_EQ(revoke.exit_code, 0) << revoke.err;
  auto after = store->ListApiTokens(owner->id);
  ASSERT_TRUE(after.ok()) << after.status().ToString();
  for (const store::ApiToken& listed : *after) EXPECT_EQ(listed.revoked, listed.id == found->id);
  EXPECT_EQ(Run({"token", "revoke", std::string(32, 'a')}).exit_code, 2);
}

// A server keeps credentials in memory; the CLI is another process. What the
// CLI revokes or deactivates is refused at the server's next lookup.
TEST_P(OpsVerbsTest, ATokenTheCliRevokesIsRefusedByAStoreThatKeptIt) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  ProcessResult created = Run({"token", "create", "ada@example.com"});
  ASSERT_EQ(created.exit_code, 0) << created.err;
  const std::string hash = Sha256Hex(created.out.substr(0, created.out.find('\n')));
  auto store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  auto owner = store->FindUserByApiToken(hash);
  ASSERT_TRUE(owner.ok()) << owner.status().ToString();
  ASSERT_TRUE(store->FindUserByApiToken(hash).ok());  // now from memory
  auto tokens = store->ListApiTokens(owner->id);
  ASSERT_TRUE(tokens.ok() && tokens->size() == 1u);

  ProcessResult revoke = Run({"token", "revoke", tokens->front().id});
  ASSERT_EQ(revoke.exit_code, 0) << revoke.err;
  EXPECT_TRUE(SeenByTheStore([&] { return !store->FindUserByApiToken(hash).ok(); }));
}

TEST_P(OpsVerbsTest, AUserTheCliDeactivatesIsSeenInactiveByAStoreThatKeptThem) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  auto store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  auto user = store->FindUserByEmail("ada@example.com");
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  ASSERT_TRUE(store->GetUser(user->id)->active);
  ASSERT_TRUE(store->GetUser(user->id)->active);  // now from memory

  ASSERT_EQ(Run({"user", "deactivate", "ada@example.com"}).exit_code, 0);
  EXPECT_TRUE(SeenByTheStore([&] { return !store->GetUser(user->id)->active; }));
}

TEST_P(OpsVerbsTest, TokenCreateForUnknownOrDeactivatedUserExits2) {
  ProcessResult unknown = Run({"token", "create", "nobody@example.com"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no user with the email nobody@example.com"), std::string::npos)
      << unknown.err;
  EXPECT_TRUE(unknown.out.empty());
  ASSERT_EQ(AddUser("ada@example.com", "interviewer").exit_code, 0);
  ASSERT_EQ(Run({"user", "deactivate", "ada@example.com"}).exit_code, 0);
  ProcessResult inactive = Run({"token", "create", "ada@example.com"});
  EXPECT_EQ(inactive.exit_code, 2);
  EXPECT_NE(inactive.err.find("deactivated"), std::string::npos) << inactive.err;
}

// ---- migrate ---------------------------------------------------------------

TEST_P(OpsVerbsTest, MigratePrintsTheSchemaVersionAndIsIdempotent) {
  ProcessResult first = RunFirsthire({"--format", "json", "migrate", "--db", db_->url()},
                                     dir_.path().string());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  nlohmann::json json = nlohmann::json::parse(first.out);
  auto version = OpenTestStore()->SchemaVersion();
  ASSERT_TRUE(version.ok());
  EXPECT_GE(*version, 1);
  EXPECT_EQ(json["schema_version"], *version);
  EXPECT_EQ(json["backend"], GetParam() == Backend::kSqlite ? "sqlite" : "postgresql");
  ProcessResult again = Run({"migrate"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("schema version " + std::to_string(*version)), std::string::npos)
      << again.out;
}

// ---- backup and restore ----------------------------------------------------

// Fills a store with a little of everything, including hostile strings.
void Populate(Store& store) {
  store::User user{.email = "ada@example.com",
                   .name = "Ada 'Robert'); DROP TABLE users;--",
                   .role = "admin",
                   .password_hash = "$argon2id$v=19$m=65536,t=2,p=1$x$y"};
  auto created = store.CreateUser(user, "cli");
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  ASSERT_TRUE(store.CreateApiToken({.token_hash = Sha256Hex("fht_x"), .user_id = created->id,
                                    .name = "ci"},
                                   "cli")
                  .ok());
  for (int i = 0; i < 5; ++i) {
    store::StoredCandidate candidate{.name = "Zoë \"Quote\" Ünïcode " + std::to_string(i),
                                     .email = "zoe" + std::to_string(i) + "@example.com",
                                     .profile_json = R"({"notes":"line1\nline2 \\ ; -- 😀"})",
                                     .status = "new"};
    auto c = store.CreateCandidate(candidate, created->id);
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    ASSERT_TRUE(store.SaveScorecard({.candidate_id = c->id, .interviewer_id = created->id,
                                     .scores_json = R"({"eval_discipline":4})",
                                     .notes_json = "{}", .red_flags_json = "[]",
                                     .state = "submitted"},
                                    created->id)
                    .ok());
  }
}

std::string ExportOf(Store& store) {
  std::ostringstream out;
  EXPECT_TRUE(store.Export(out).ok());
  return out.str();
}

// Every dumped table of `restored` equals `original`'s, except that the
// restore appended its own audit entry.
void ExpectSameData(const std::string& original_dump, Store& restored) {
  auto original = DumpRows(original_dump);
  auto now = DumpRows(ExportOf(restored));
  ASSERT_FALSE(original["users"].empty());
  ASSERT_FALSE(original["candidates"].empty());
  for (const auto& [table, rows] : original) {
    if (table == "audit_log") continue;
    EXPECT_EQ(now[table], rows) << table;
  }
  const auto& audit = now["audit_log"];
  ASSERT_EQ(audit.size(), original["audit_log"].size() + 1);
  EXPECT_TRUE(std::equal(original["audit_log"].begin(), original["audit_log"].end(),
                         audit.begin()));
  EXPECT_EQ(audit.back()["action"], "database.restore");
  EXPECT_EQ(audit.back()["actor"], "cli");
}

TEST_P(OpsVerbsTest, BackupThenRestoreIntoAnEmptyDatabaseKeepsEveryRow) {
  {
    auto store = OpenTestStore();
    Populate(*store);
  }
  std::string file = dir_.File("backup.jsonl");
  ProcessResult backup = Run({"backup", file});
  ASSERT_EQ(backup.exit_code, 0) << backup.err;
  std::string dump = ReadFile(file);
  // The first line is the dump's header.
  EXPECT_LT(dump.find("\"format\":\"firsthire-dump\""), dump.find('\n')) << dump.substr(0, 200);
  // No leftovers beside the dump.
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir_.path())) {
    files += entry.path().filename().string().rfind("backup.jsonl", 0) == 0;
  }
  EXPECT_EQ(files, 1);

  TestDatabase target(GetParam());
  ProcessResult restore =
      RunFirsthire({"restore", file, "--db", target.url()}, dir_.path().string());
  ASSERT_EQ(restore.exit_code, 0) << restore.err;
  auto restored = OpenStore(target.url());
  ASSERT_TRUE(restored.ok());
  ExpectSameData(dump, **restored);

  // A second restore into the now non-empty database is refused.
  ProcessResult again =
      RunFirsthire({"restore", file, "--db", target.url()}, dir_.path().string());
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("empty database"), std::string::npos) << again.err;
}

TEST_P(OpsVerbsTest, BackupsAreOwnerOnlyUnderUmask022) {
  ASSERT_EQ(AddUser("ada@example.com", "admin").exit_code, 0);
  mode_t old = ::umask(022);
  ProcessResult r = Run({"backup", dir_.File("dump.jsonl")});
  ProcessResult forced = Run({"backup", dir_.File("dump.jsonl"), "--force"});
  ::umask(old);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  struct stat info {};
  ASSERT_EQ(::stat(dir_.File("dump.jsonl").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0600u);
}

TEST_P(OpsVerbsTest, ADatabaseFileOthersMayReadIsWarnedAbout) {
  if (GetParam() != Backend::kSqlite) GTEST_SKIP() << "a SQLite file only";
  ProcessResult quiet = AddUser("ada@example.com", "admin");
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err.find("warning"), std::string::npos) << quiet.err;
  ASSERT_EQ(::chmod(SqlitePath(db_->url()).c_str(), 0644), 0);
  ProcessResult warned = Run({"user", "list"});
  EXPECT_EQ(warned.exit_code, 0) << warned.err;
  EXPECT_NE(warned.err.find("warning: " + SqlitePath(db_->url()) +
                            " can be read or written by other users (mode 0644)"),
            std::string::npos)
      << warned.err;
}

TEST_P(OpsVerbsTest, BackupKeepsAnExistingFileUnlessForced) {
  std::string file = dir_.File("backup.jsonl");
  { std::ofstream(file) << "precious"; }
  ProcessResult refused = Run({"backup", file});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("already exists"), std::string::npos) << refused.err;
  EXPECT_EQ(ReadFile(file), "precious");
  ProcessResult forced = Run({"backup", file, "--force"});
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(ReadFile(file).find("firsthire-dump"), std::string::npos);
}

TEST_P(OpsVerbsTest, RestoreOfAMalformedOrTruncatedDumpExits2AndWritesNothing) {
  {
    auto store = OpenTestStore();
    Populate(*store);
  }
  std::string file = dir_.File("backup.jsonl");
  ASSERT_EQ(Run({"backup", file}).exit_code, 0);
  std::string dump = ReadFile(file);
  std::string without_end = dump.substr(0, dump.rfind("{\"end\""));
  std::string broken_line = dump;
  broken_line.insert(dump.find('\n') + 1, "{not json\n");

  struct Case {
    std::string name, text, message;
  };
  for (const Case& c : {Case{"truncated.jsonl", without_end, "truncated"},
                        Case{"broken.jsonl", broken_line, "dump line 2"},
                        Case{"notadump.jsonl", "hello\n", "not a firsthire dump"}}) {
    std::string path = dir_.File(c.name);
    { std::ofstream(path, std::ios::binary) << c.text; }
    TestDatabase target(GetParam());
    ProcessResult r = RunFirsthire({"restore", path, "--db", target.url()}, dir_.path().string());
    EXPECT_EQ(r.exit_code, 2) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find(c.name), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
    auto store = OpenStore(target.url());
    ASSERT_TRUE(store.ok());
    EXPECT_EQ((*store)->ListUsers(Page{})->total, 0) << c.name;
    EXPECT_EQ((*store)->ListCandidates({}, Page{})->total, 0) << c.name;
  }
  EXPECT_EQ(Run({"restore", dir_.File("missing.jsonl")}).exit_code, 2);
}

TEST_P(OpsVerbsTest, RestoreReplaceWorksOnSqliteOnly) {
  {
    auto store = OpenTestStore();
    Populate(*store);
  }
  std::string file = dir_.File("backup.jsonl");
  ASSERT_EQ(Run({"backup", file}).exit_code, 0);
  std::string dump = ReadFile(file);
  // Change the database after the backup; --replace brings back the backup.
  {
    auto store = OpenTestStore();
    ASSERT_TRUE(store->CreateCandidate({.name = "Later", .email = "later@example.com"}, "cli").ok());
  }
  ProcessResult r = Run({"restore", file, "--replace"});
  if (GetParam() == Backend::kPostgres) {
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("only for SQLite"), std::string::npos) << r.err;
    return;
  }
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto store = OpenTestStore();
  ExpectSameData(dump, *store);
}

TEST(OpsCrossBackend, SqliteToPostgresqlToSqliteKeepsEveryRow) {
  if (PostgresTestUrl().empty()) GTEST_SKIP() << kNoPostgresMessage;
  TempDir dir;
  TestDatabase sqlite(Backend::kSqlite), postgres(Backend::kPostgres), back(Backend::kSqlite);
  std::string original;
  {
    auto store = OpenStore(sqlite.url());
    ASSERT_TRUE(store.ok());
    Populate(**store);
    original = ExportOf(**store);
  }
  std::string data = dir.path().string();
  ASSERT_EQ(RunFirsthire({"backup", dir.File("a.jsonl"), "--db", sqlite.url()}, data).exit_code, 0);
  ProcessResult to_pg =
      RunFirsthire({"restore", dir.File("a.jsonl"), "--db", postgres.url()}, data);
  ASSERT_EQ(to_pg.exit_code, 0) << to_pg.err;
  ASSERT_EQ(RunFirsthire({"backup", dir.File("b.jsonl"), "--db", postgres.url()}, data).exit_code,
            0);
  ProcessResult to_sqlite = RunFirsthire({"restore", dir.File("b.jsonl"), "--db", back.url()}, data);
  ASSERT_EQ(to_sqlite.exit_code, 0) << to_sqlite.err;

  auto store = OpenStore(back.url());
  ASSERT_TRUE(store.ok());
  auto before = DumpRows(original);
  auto after = DumpRows(ExportOf(**store));
  for (const auto& [table, rows] : before) {
    if (table == "audit_log") continue;
    EXPECT_EQ(after[table], rows) << table;
  }
  // The original entries, then one restore entry per hop (and the backup
  // entry the first backup appended to the source after its snapshot).
  ASSERT_GE(after["audit_log"].size(), before["audit_log"].size() + 2);
  for (size_t i = 0; i < before["audit_log"].size(); ++i) {
    EXPECT_EQ(after["audit_log"][i], before["audit_log"][i]) << i;
  }
}

// ---- where the database is, and when it is unreachable ---------------------

TEST(OpsDatabase, WithoutDbTheDataDirectoryIsUsed) {
  TempDir dir;
  std::string data = (dir.path() / "data").string();
  ProcessResult r = RunFirsthire({"migrate"}, data);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(fs::path(data) / "firsthire.db"));
  EXPECT_NE(r.out.find("firsthire.db"), std::string::npos) << r.out;
}

TEST(OpsDatabase, AnUnreachableDatabaseExits1WithoutItsPassword) {
  TempDir dir;
  ProcessResult r = RunFirsthire(
      {"migrate", "--db", "postgresql://fh:s3cret@127.0.0.1:1/firsthire?connect_timeout=2"},
      dir.path().string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("cannot open database postgresql://fh@127.0.0.1:1"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace firsthire::ops_testing

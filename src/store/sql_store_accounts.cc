// SqlStore: users, sessions, API tokens and login-throttle counters.
#include <algorithm>
#include <optional>

#include "store/postgres_listener.h"
#include "store/sql_store_audited.h"

namespace firsthire {
namespace {

Status CheckRole(const std::string& role) {
  if (role == "admin" || role == "hiring_manager" || role == "interviewer") return Status::Ok();
  return Status::InvalidInput("role must be admin, hiring_manager or interviewer",
                              {.field = "role"});
}

Status CheckUser(const store::User& user) {
  if (user.email.empty()) return Status::InvalidInput("email is required", {.field = "email"});
  return CheckRole(user.role);
}

// Unique-index violations on users can only come from the email.
template <typename T>
Result<T> EmailConflict(Result<T> result) {
  if (!result.ok() && result.status().code() == Code::kAlreadyExists) {
    return Status::AlreadyExists("a user with this email already exists", {.field = "email"});
  }
  return result;
}

}  // namespace

Result<store::User> SqlStore::CreateUser(const store::User& user, const std::string& actor) {
  FH_RETURN_IF_ERROR(CheckUser(user));
  return EmailConflict(CreateAudited(user, actor));
}

void SqlStore::EnableChangeCaches(std::unique_ptr<CredentialCache> credentials,
                                  std::unique_ptr<VersionCache> candidates_version,
                                  std::unique_ptr<ChangeFeed> feed) {
  change_feed_.reset();
  credentials_ = std::move(credentials);
  candidates_version_ = std::move(candidates_version);
  change_feed_ = std::move(feed);
}

CredentialCache* SqlStore::Credentials() {
  if (change_feed_) change_feed_->Poll();
  return credentials_.get();
}

void SqlStore::CredentialsChanged() {
  if (outer_ != nullptr) {  // told after the commit (InTransaction)
    credentials_changed_ = true;
    return;
  }
  if (credentials_) credentials_->Invalidate();
  if (dialect_ != SqlDialect::kPostgres) return;
  // Best effort: the others' entries also expire after the cache's TTL.
  (void)Run([](SqlConnection& connection) {
    return connection
        .Query("SELECT pg_notify($1, '')", {std::string(kCredentialsChannel)})
        .status();
  });
}

Result<store::User> SqlStore::GetUser(const std::string& id) {
  if (Credentials() == nullptr) return Get<store::User>(id);
  if (std::optional<store::User> cached = credentials_->FindUser(id)) return *cached;
  std::uint64_t generation = credentials_->Generation();
  FH_ASSIGN_OR_RETURN(store::User user, Get<store::User>(id));
  credentials_->PutUser(user, generation);
  return user;
}

Result<store::User> SqlStore::FindUserByEmail(const std::string& email) {
  std::vector<store::User> users;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    std::string sql =
        "SELECT " + ColumnList<store::User>() + " FROM users WHERE lower(email) = lower($1)";
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows, connection.Query(sql, {email}));
    for (const SqlRow& row : rows) users.push_back(RecordFromRow<store::User>(row));
    return Status::Ok();
  }));
  if (users.empty()) return Status::NotFound("user not found");
  return users.front();
}

Result<store::User> SqlStore::UpdateUser(const store::User& user, const std::string& actor) {
  FH_RETURN_IF_ERROR(CheckUser(user));
  Result<store::User> updated = EmailConflict(UpdateAudited(user, actor));
  if (updated.ok()) CredentialsChanged();
  return updated;
}

Result<Listing<store::User>> SqlStore::ListUsers(Page page) {
  Listing<store::User> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(listing, ListRecords<store::User>(connection, {}, "created_at, id", page));
    return Status::Ok();
  }));
  return listing;
}

Status SqlStore::CreateSession(const store::Session& session) {
  if (session.token_hash.empty()) return Status::InvalidInput("session without a token hash");
  return Run([&](SqlConnection& connection) {
    Status status = InsertRecord(connection, session);
    if (status.code() == Code::kInvalidInput) return Status::NotFound("user not found");
    return status;
  });
}

Result<store::Session> SqlStore::FindSession(const std::string& token_hash, Millis now) {
  std::uint64_t generation = 0;
  if (Credentials() != nullptr) {
    if (std::optional<store::Session> cached = credentials_->FindSession(token_hash, now)) {
      return *cached;
    }
    generation = credentials_->Generation();
  }
  std::vector<store::Session> sessions;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("token_hash = ", token_hash);
    where.Add("expires_at > ", now);
    FH_ASSIGN_OR_RETURN(sessions, SelectRecords<store::Session>(connection, where));
    return Status::Ok();
  }));
  if (sessions.empty()) return Status::NotFound("session not found or expired");
  if (credentials_) credentials_->PutSession(sessions.front(), generation);
  return sessions.front();
}

Status SqlStore::TouchSession(const std::string& token_hash, Millis last_seen_at,
                              Millis expires_at) {
  return Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                        connection.Query("UPDATE sessions SET last_seen_at = $2, expires_at = $3 "
                                         "WHERE token_hash = $1 RETURNING token_hash",
                                         {token_hash, last_seen_at, expires_at}));
    if (rows.empty()) return Status::NotFound("session not found");
    if (credentials_) credentials_->TouchSession(token_hash, last_seen_at, expires_at);
    return Status::Ok();
  });
}

Status SqlStore::DeleteSession(const std::string& token_hash) {
  Status deleted = Run([&](SqlConnection& connection) {
    return connection.Query("DELETE FROM sessions WHERE token_hash = $1", {token_hash}).status();
  });
  if (deleted.ok()) CredentialsChanged();
  return deleted;
}

Status SqlStore::DeleteUserSessions(const std::string& user_id) {
  Status deleted = Run([&](SqlConnection& connection) {
    return connection.Query("DELETE FROM sessions WHERE user_id = $1", {user_id}).status();
  });
  if (deleted.ok()) CredentialsChanged();
  return deleted;
}

Result<std::int64_t> SqlStore::DeleteExpiredSessions(Millis now) {
  std::int64_t removed = 0;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        connection.Query("DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash",
                         {now}));
    removed = static_cast<std::int64_t>(rows.size());
    return Status::Ok();
  }));
  return removed;
}

Result<store::ApiToken> SqlStore::CreateApiToken(const store::ApiToken& token,
                                                 const std::string& actor) {
  if (token.token_hash.empty()) return Status::InvalidInput("API token without a hash");
  Result<store::ApiToken> created = CreateAudited(token, actor);
  if (!created.ok() && created.status().code() == Code::kInvalidInput) {
    return Status::NotFound("user not found");
  }
  return created;
}

Result<store::User> SqlStore::FindUserByApiToken(const std::string& token_hash) {
  std::uint64_t generation = 0;
  if (Credentials() != nullptr) {
    if (std::optional<store::User> cached = credentials_->FindUserByToken(token_hash))
      return *cached;
    generation = credentials_->Generation();
  }
  std::vector<store::User> users;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    std::string hash = where.Bind(token_hash);
    where.AddRaw("id IN (SELECT user_id FROM api_tokens WHERE revoked = 0 AND token_hash = " +
                 hash + ")");
    FH_ASSIGN_OR_RETURN(users, SelectRecords<store::User>(connection, where));
    return Status::Ok();
  }));
  if (users.empty()) return Status::NotFound("API token not found or revoked");
  if (credentials_) credentials_->PutUserByToken(token_hash, users.front(), generation);
  return users.front();
}

Result<std::vector<store::ApiToken>> SqlStore::ListApiTokens(const std::string& user_id) {
  std::vector<store::ApiToken> tokens;
  FH_RETURN_IF_ERROR(Run([&](SqlConnection& connection) {
    WhereClause where;
    where.Add("user_id = ", user_id);
    FH_ASSIGN_OR_RETURN(
        tokens, SelectRecords<store::ApiToken>(connection, where, "ORDER BY created_at, id"));
    return Status::Ok();
  }));
  return tokens;
}

Status SqlStore::RevokeApiToken(const std::string& id, const std::string& actor) {
  Status revoked = InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        connection.Query("UPDATE api_tokens SET revoked = 1 WHERE id = $1 RETURNING id", {id}));
    if (rows.empty()) return Status::NotFound("API token not found");
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = "api_token.revoke",
                          .object_type = "api_token",
                          .object_id = id});
  });
  if (revoked.ok()) CredentialsChanged();
  return revoked;
}

Status SqlStore::RevokeUserCredentials(const std::string& user_id, const std::string& actor) {
  return InTransaction(true, [&](SqlConnection& connection) {
    FH_RETURN_IF_ERROR(
        connection.Query("DELETE FROM sessions WHERE user_id = $1", {user_id}).status());
    FH_RETURN_IF_ERROR(connection
                           .Query("UPDATE api_tokens SET revoked = 1 "
                                  "WHERE user_id = $1 AND revoked = 0",
                                  {user_id})
                           .status());
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = "user.credentials_revoke",
                          .object_type = "user",
                          .object_id = user_id});
  });
}

Status SqlStore::ResetLoginFailures(const std::string& key) {
  return Run([&](SqlConnection& connection) {
    return connection.Query("DELETE FROM login_throttle WHERE key = $1", {key}).status();
  });
}

Result<Millis> SqlStore::TakeLoginAttempt(
    const std::vector<std::string>& keys, Millis now, Millis window_ms,
    const std::function<Millis(const std::vector<store::LoginCounter>&)>& wait) {
  Millis answer = 0;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    // Lock the rows in one global order (sorted keys), so two attempts that
    // share keys never wait on each other in a cycle. SQLite's write
    // transaction already excludes every other writer; on PostgreSQL the
    // no-op UPDATE takes the row lock.
    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<store::LoginCounter> counters(keys.size());
    for (std::size_t i : order) {
      FH_RETURN_IF_ERROR(connection
                             .Query("INSERT INTO login_throttle (key, failures, window_start) "
                                    "VALUES ($1, 0, 0) ON CONFLICT (key) DO NOTHING",
                                    {keys[i]})
                             .status());
      FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                          connection.Query("UPDATE login_throttle SET failures = failures "
                                           "WHERE key = $1 RETURNING failures, window_start",
                                           {keys[i]}));
      if (rows.empty() || rows[0].size() < 2) return Status::Internal("throttle row vanished");
      Millis start = ParseInt64(rows[0][1]);
      if (start > now - window_ms && start != 0) {
        counters[i] = {static_cast<int>(ParseInt64(rows[0][0])), start};
      }
    }
    answer = wait(counters);
    if (answer != 0) return Status::Ok();
    for (std::size_t i = 0; i < keys.size(); ++i) {
      Millis start = counters[i].failures == 0 ? now : counters[i].window_start;
      FH_RETURN_IF_ERROR(connection
                             .Query("UPDATE login_throttle SET failures = $2, window_start = $3 "
                                    "WHERE key = $1",
                                    {keys[i], std::int64_t{counters[i].failures + 1}, start})
                             .status());
    }
    return Status::Ok();
  }));
  return answer;
}

Status SqlStore::ForgiveLoginAttempt(const std::vector<std::string>& keys) {
  return InTransaction(true, [&](SqlConnection& connection) {
    for (const std::string& key : keys) {
      FH_RETURN_IF_ERROR(connection
                             .Query("UPDATE login_throttle SET failures = failures - 1 "
                                    "WHERE key = $1 AND failures > 0",
                                    {key})
                             .status());
    }
    return Status::Ok();
  });
}

}  // namespace firsthire

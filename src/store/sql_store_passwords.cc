// SqlStore: setting passwords, by a one-time link (invitation, reset) or by
// the signed-in user, and what a new password takes away from the old one.
#include "store/sql_store_audited.h"

namespace firsthire {
namespace {

// Within `connection`'s transaction: the new hash, no links, no sessions but
// `keep_session_hash` (may be empty), no API tokens.
Status ReplacePassword(SqlConnection& connection, Millis now, const std::string& user_id,
                       const std::string& password_hash, const std::string& keep_session_hash) {
  FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                      connection.Query("UPDATE users SET password_hash = $2, updated_at = $3 "
                                       "WHERE id = $1 RETURNING id",
                                       {user_id, password_hash, now}));
  if (rows.empty()) return Status::NotFound("user not found");
  FH_RETURN_IF_ERROR(
      connection.Query("DELETE FROM account_links WHERE user_id = $1", {user_id}).status());
  FH_RETURN_IF_ERROR(connection
                         .Query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2",
                                {user_id, keep_session_hash})
                         .status());
  return connection
      .Query("UPDATE api_tokens SET revoked = 1 WHERE user_id = $1 AND revoked = 0", {user_id})
      .status();
}

}  // namespace

Status SqlStore::IssueAccountLink(const store::AccountLink& link, const std::string& actor) {
  if (link.token_hash.empty()) return Status::InvalidInput("account link without a token hash");
  if (link.purpose != "invite" && link.purpose != "reset") {
    return Status::InvalidInput("an account link is for \"invite\" or \"reset\"");
  }
  return InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> users,
                        connection.Query("SELECT id FROM users WHERE id = $1", {link.user_id}));
    if (users.empty()) return Status::NotFound("user not found");
    FH_RETURN_IF_ERROR(
        connection.Query("DELETE FROM account_links WHERE user_id = $1", {link.user_id}).status());
    FH_RETURN_IF_ERROR(
        connection
            .Query("INSERT INTO account_links (token_hash, user_id, purpose, "
                   "created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
                   {link.token_hash, link.user_id, link.purpose, Now(), link.expires_at})
            .status());
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = link.purpose == "invite" ? "user.invite" : "user.reset_link",
                          .object_type = "user",
                          .object_id = link.user_id});
  });
}

Result<store::User> SqlStore::RedeemAccountLink(const std::string& token_hash,
                                                const std::string& password_hash, Millis now) {
  std::string user_id;
  Status redeemed = InTransaction(true, [&](SqlConnection& connection) {
    // Deleting first claims the link: of two concurrent redemptions only
    // one sees the row.
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                        connection.Query("DELETE FROM account_links WHERE token_hash = $1 "
                                         "RETURNING user_id, expires_at",
                                         {token_hash}));
    if (rows.empty() || rows[0].size() < 2 || ParseInt64(rows[0][1]) <= now) {
      return Status::NotFound("this link is unknown, used, replaced by a newer one or expired");
    }
    user_id = rows[0][0].value_or("");
    FH_RETURN_IF_ERROR(ReplacePassword(connection, Now(), user_id, password_hash, ""));
    return AppendAuditOn(connection, Now(),
                         {.actor = user_id,
                          .action = "user.password_set",
                          .object_type = "user",
                          .object_id = user_id});
  });
  if (!redeemed.ok()) return redeemed;
  CredentialsChanged();
  return GetUser(user_id);
}

Status SqlStore::SetUserPassword(const std::string& user_id, const std::string& password_hash,
                                 const std::string& keep_session_hash, const std::string& actor) {
  Status changed = InTransaction(true, [&](SqlConnection& connection) {
    FH_RETURN_IF_ERROR(
        ReplacePassword(connection, Now(), user_id, password_hash, keep_session_hash));
    return AppendAuditOn(connection, Now(),
                         {.actor = actor,
                          .action = "user.password_change",
                          .object_type = "user",
                          .object_id = user_id});
  });
  if (changed.ok()) CredentialsChanged();
  return changed;
}

}  // namespace firsthire

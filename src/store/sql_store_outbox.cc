// SqlStore: the mail outbox (store.h, docs/notifications.md). Messages are
// claimed with a lease so that two senders, in one process or in two
// servers on one PostgreSQL database, never hold the same message.
#include <algorithm>
#include <string>
#include <vector>

#include "store/record_table.h"
#include "store/secret_hash.h"
#include "store/sql_store.h"

namespace firsthire {
namespace {

constexpr char kMailColumns[] =
    "id, kind, recipient, message, dedup_key, state, attempts, last_error, next_attempt_at, "
    "created_at, sent_at";

store::OutboxMail MailFromRow(const SqlRow& row) {
  store::OutboxMail mail;
  if (row.size() < 11) return mail;
  mail.id = row[0].value_or("");
  mail.kind = row[1].value_or("");
  mail.recipient = row[2].value_or("");
  mail.message = row[3].value_or("");
  mail.dedup_key = row[4].value_or("");
  mail.state = row[5].value_or("");
  mail.attempts = static_cast<int>(ParseInt64(row[6]));
  mail.last_error = row[7].value_or("");
  mail.next_attempt_at = ParseInt64(row[8]);
  mail.created_at = ParseInt64(row[9]);
  mail.sent_at = ParseInt64(row[10]);
  return mail;
}

}  // namespace

Result<bool> SqlStore::EnqueueMail(const store::OutboxMail& mail) {
  if (mail.kind.empty() || mail.recipient.empty() || mail.message.empty()) {
    return Status::InvalidInput("an outbox message needs a kind, a recipient and a message");
  }
  bool stored = false;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    SqlParam dedup = mail.dedup_key.empty() ? SqlParam(nullptr) : SqlParam(mail.dedup_key);
    Millis now = Now();
    FH_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        connection.Query("INSERT INTO mail_outbox (id, kind, recipient, message, dedup_key, "
                         "next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                         "ON CONFLICT DO NOTHING RETURNING id",
                         {NewId(), mail.kind, mail.recipient, mail.message, dedup,
                          mail.next_attempt_at == 0 ? now : mail.next_attempt_at, now}));
    stored = !rows.empty();
    return Status::Ok();
  }));
  return stored;
}

Result<std::vector<store::OutboxMail>> SqlStore::ClaimMail(const std::string& sender, Millis now,
                                                           Millis lease_ms, int limit) {
  std::vector<store::OutboxMail> claimed;
  FH_RETURN_IF_ERROR(InTransaction(true, [&](SqlConnection& connection) {
    claimed.clear();
    // SQLite's write transaction already excludes every other claimer;
    // PostgreSQL locks the rows it takes and skips those another holds.
    std::string sql = std::string("SELECT ") + kMailColumns +
                      " FROM mail_outbox WHERE state = 'pending' AND next_attempt_at <= $1 "
                      "AND claimed_until <= $1 ORDER BY created_at, id LIMIT $2";
    if (connection.dialect() == SqlDialect::kPostgres) sql += " FOR UPDATE SKIP LOCKED";
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                        connection.Query(sql, {now, static_cast<std::int64_t>(limit)}));
    for (const SqlRow& row : rows) {
      store::OutboxMail mail = MailFromRow(row);
      FH_RETURN_IF_ERROR(connection
                             .Query("UPDATE mail_outbox SET claimed_by = $2, claimed_until = $3, "
                                    "attempts = attempts + 1 WHERE id = $1",
                                    {mail.id, sender, now + lease_ms})
                             .status());
      ++mail.attempts;
      claimed.push_back(std::move(mail));
    }
    return Status::Ok();
  }));
  return claimed;
}

Status SqlStore::FinishMail(const std::string& id, const std::string& sender,
                            const store::MailOutcome& outcome, Millis now) {
  std::string state = outcome.sent ? "sent" : outcome.retry_at == 0 ? "failed" : "pending";
  return InTransaction(true, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(
        std::vector<SqlRow> rows,
        connection.Query(
            "UPDATE mail_outbox SET state = $3, last_error = $4, next_attempt_at = $5, "
            "sent_at = $6, claimed_by = '', claimed_until = 0 "
            "WHERE id = $1 AND claimed_by = $2 AND state = 'pending' RETURNING id",
            {id, sender, state, outcome.sent ? std::string() : outcome.error,
             outcome.sent ? now : outcome.retry_at, outcome.sent ? now : Millis{0}}));
    if (rows.empty()) {
      return Status::NotFound("this sender no longer holds the outbox message " + id);
    }
    return Status::Ok();
  });
}

Result<Listing<store::OutboxMail>> SqlStore::ListMail(const std::string& state, Page page) {
  int limit = page.limit <= 0 ? 50 : std::min(page.limit, 500);
  Listing<store::OutboxMail> listing;
  FH_RETURN_IF_ERROR(InTransaction(false, [&](SqlConnection& connection) {
    FH_ASSIGN_OR_RETURN(std::vector<SqlRow> rows,
                        connection.Query(std::string("SELECT ") + kMailColumns +
                                             " FROM mail_outbox WHERE ($1 = '' OR state = $1) "
                                             "ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3",
                                         {state, static_cast<std::int64_t>(limit), page.offset}));
    for (const SqlRow& row : rows) listing.items.push_back(MailFromRow(row));
    FH_ASSIGN_OR_RETURN(
        std::vector<SqlRow> count,
        connection.Query("SELECT COUNT(*) FROM mail_outbox WHERE ($1 = '' OR state = $1)",
                         {state}));
    listing.total = count.empty() || count[0].empty() ? 0 : ParseInt64(count[0][0]);
    return Status::Ok();
  }));
  return listing;
}

}  // namespace firsthire

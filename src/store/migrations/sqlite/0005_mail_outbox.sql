-- the durable outbox of notification emails
--
-- Version 5: the outbox of notification emails (docs/notifications.md). A
-- message is written in the same transaction as the change that causes it
-- and sent later by a server's outbox sender. state: "pending" (to send,
-- not before next_attempt_at), "sent" or "failed" (given up). A sender
-- claims a row by setting claimed_by and a lease (claimed_until); another
-- sender skips it until the lease ends. dedup_key, when not NULL, makes a
-- message happen once (e.g. one overdue reminder per interview).
CREATE TABLE mail_outbox (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  recipient TEXT NOT NULL,
  message TEXT NOT NULL,
  dedup_key TEXT UNIQUE,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  next_attempt_at INTEGER NOT NULL,
  claimed_by TEXT NOT NULL DEFAULT '',
  claimed_until INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  sent_at INTEGER NOT NULL DEFAULT 0);
CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at);

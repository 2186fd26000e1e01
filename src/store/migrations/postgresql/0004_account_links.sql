-- one-time links to set a password (invitations, resets)
--
-- Version 4: one-time links to set a password (invitations, resets). Only
-- the token's SHA-256 is kept; a user has at most one live link.
CREATE TABLE account_links (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  purpose TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE INDEX account_links_user ON account_links (user_id);

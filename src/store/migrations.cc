#include "store/migrations.h"

namespace firsthire {
namespace {

// Version 1, SQLite. Integers are INTEGER (64-bit), text is TEXT; the
// candidate search index is an FTS5 table kept in step by triggers.
constexpr char kSqliteV1[] = R"sql(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'hiring_manager', 'interviewer')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL);
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start INTEGER NOT NULL);
CREATE TABLE briefs (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  input_json TEXT NOT NULL,
  assessment_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE openings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  brief_id TEXT REFERENCES briefs (id),
  archetype TEXT NOT NULL,
  kit_json TEXT NOT NULL,
  plan_json TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX openings_brief ON openings (brief_id);
CREATE TABLE candidates (
  id TEXT PRIMARY KEY,
  opening_id TEXT REFERENCES openings (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  status TEXT NOT NULL,
  erased INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX candidates_opening ON candidates (opening_id, created_at);
CREATE INDEX candidates_created ON candidates (created_at, id);
CREATE VIRTUAL TABLE candidate_search USING fts5(
  candidate_id UNINDEXED, body, tokenize = 'unicode61');
CREATE TRIGGER candidates_search_insert AFTER INSERT ON candidates BEGIN
  INSERT INTO candidate_search (candidate_id, body)
    VALUES (new.id, new.name || ' ' || new.email || ' ' || new.profile_json);
END;
CREATE TRIGGER candidates_search_update AFTER UPDATE ON candidates BEGIN
  DELETE FROM candidate_search WHERE candidate_id = old.id;
  INSERT INTO candidate_search (candidate_id, body)
    VALUES (new.id, new.name || ' ' || new.email || ' ' || new.profile_json);
END;
CREATE TRIGGER candidates_search_delete AFTER DELETE ON candidates BEGIN
  DELETE FROM candidate_search WHERE candidate_id = old.id;
END;
CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  candidate_id TEXT NOT NULL REFERENCES candidates (id),
  interviewer_id TEXT REFERENCES users (id),
  scheduled_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  notes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX interviews_candidate ON interviews (candidate_id);
CREATE INDEX interviews_interviewer ON interviews (interviewer_id);
CREATE TABLE scorecards (
  id TEXT PRIMARY KEY,
  candidate_id TEXT NOT NULL REFERENCES candidates (id),
  interviewer_id TEXT NOT NULL REFERENCES users (id),
  scores_json TEXT NOT NULL,
  notes_json TEXT NOT NULL,
  red_flags_json TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
  submitted_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (candidate_id, interviewer_id));
CREATE TABLE team_members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  traits_json TEXT NOT NULL,
  codes INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE proposals (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  input_json TEXT NOT NULL,
  review_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  opening_id TEXT REFERENCES openings (id),
  candidate_id TEXT REFERENCES candidates (id),
  plan_json TEXT NOT NULL,
  status_json TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX plans_opening ON plans (opening_id);
CREATE INDEX plans_candidate ON plans (candidate_id);
CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  candidate_id TEXT NOT NULL REFERENCES candidates (id),
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  rule TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  created_at INTEGER NOT NULL);
CREATE INDEX decisions_candidate ON decisions (candidate_id, created_at);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  detail TEXT NOT NULL);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
)sql";

// Version 1, PostgreSQL. Same tables and columns; integers are BIGINT, the
// search document is a generated tsvector ('simple' configuration, ASCII
// punctuation turned into spaces so that words split as in SQLite).
constexpr char kPostgresV1[] = R"sql(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'hiring_manager', 'interviewer')),
  password_hash TEXT NOT NULL,
  active BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  revoked BIGINT NOT NULL);
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures BIGINT NOT NULL,
  window_start BIGINT NOT NULL);
CREATE TABLE briefs (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  input_json TEXT NOT NULL,
  assessment_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE TABLE openings (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  brief_id TEXT REFERENCES briefs (id),
  archetype TEXT NOT NULL,
  kit_json TEXT NOT NULL,
  plan_json TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE INDEX openings_brief ON openings (brief_id);
CREATE TABLE candidates (
  id TEXT PRIMARY KEY,
  opening_id TEXT REFERENCES openings (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  status TEXT NOT NULL,
  erased BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  search_doc tsvector GENERATED ALWAYS AS (to_tsvector('simple',
    regexp_replace(name || ' ' || email || ' ' || profile_json,
                   '[[:punct:][:space:]]+', ' ', 'g'))) STORED);
CREATE INDEX candidates_opening ON candidates (opening_id, created_at);
CREATE INDEX candidates_created ON candidates (created_at, id);
CREATE INDEX candidates_search ON candidates USING gin (search_doc);
CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  candidate_id TEXT NOT NULL REFERENCES candidates (id),
  interviewer_id TEXT REFERENCES users (id),
  scheduled_at BIGINT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  notes TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE INDEX interviews_candidate ON interviews (candidate_id);
CREATE INDEX interviews_interviewer ON interviews (interviewer_id);
CREATE TABLE scorecards (
  id TEXT PRIMARY KEY,
  candidate_id TEXT NOT NULL REFERENCES candidates (id),
  interviewer_id TEXT NOT NULL REFERENCES users (id),
  scores_json TEXT NOT NULL,
  notes_json TEXT NOT NULL,
  red_flags_json TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
  submitted_at BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (candidate_id, interviewer_id));
CREATE TABLE team_members (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  traits_json TEXT NOT NULL,
  codes BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE TABLE proposals (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  input_json TEXT NOT NULL,
  review_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  opening_id TEXT REFERENCES openings (id),
  candidate_id TEXT REFERENCES candidates (id),
  plan_json TEXT NOT NULL,
  status_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL);
CREATE INDEX plans_opening ON plans (opening_id);
CREATE INDEX plans_candidate ON plans (candidate_id);
CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  candidate_id TEXT NOT NULL REFERENCES candidates (id),
  decision TEXT NOT NULL,
  reason TEXT NOT NULL,
  rule TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  created_at BIGINT NOT NULL);
CREATE INDEX decisions_candidate ON decisions (candidate_id, created_at);
CREATE TABLE audit_log (
  seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  detail TEXT NOT NULL);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
)sql";

// Version 2: change counters, one row per table whose lists the server may
// cache (Store::CandidatesVersion). Triggers bump them on every write, from
// any connection. The first value is the time in milliseconds, so a database
// that replaced another (restore --replace) does not restart at a number a
// running server has already seen.
constexpr char kSqliteV2[] = R"sql(
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL);
INSERT INTO change_counters (name, version)
  VALUES ('candidates', CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER));
CREATE TRIGGER candidates_count_insert AFTER INSERT ON candidates BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'candidates';
END;
CREATE TRIGGER candidates_count_update AFTER UPDATE ON candidates BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'candidates';
END;
CREATE TRIGGER candidates_count_delete AFTER DELETE ON candidates BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'candidates';
END;
)sql";

constexpr char kPostgresV2[] = R"sql(
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY,
  version BIGINT NOT NULL);
INSERT INTO change_counters (name, version)
  VALUES ('candidates', (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
CREATE FUNCTION count_candidates_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'candidates';
  RETURN NULL;
END
$fn$;
CREATE TRIGGER candidates_count_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON candidates
  FOR EACH STATEMENT EXECUTE FUNCTION count_candidates_change();
)sql";

// Version 3: the hiring loop. Candidates gain their pipeline stage (ids
// from the playbook's pipeline.stages), why they are there and since when
// (existing candidates: since they were created); interviews gain their
// focus categories and the time their scorecard is due.
constexpr char kSqliteV3[] = R"sql(
ALTER TABLE candidates ADD COLUMN stage TEXT NOT NULL DEFAULT 'applied';
ALTER TABLE candidates ADD COLUMN stage_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN stage_entered_at INTEGER NOT NULL DEFAULT 0;
UPDATE candidates SET stage_entered_at = created_at;
CREATE INDEX candidates_stage ON candidates (opening_id, stage);
ALTER TABLE interviews ADD COLUMN focus_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE interviews ADD COLUMN due_at INTEGER NOT NULL DEFAULT 0;
)sql";

constexpr char kPostgresV3[] = R"sql(
ALTER TABLE candidates ADD COLUMN stage TEXT NOT NULL DEFAULT 'applied';
ALTER TABLE candidates ADD COLUMN stage_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN stage_entered_at BIGINT NOT NULL DEFAULT 0;
UPDATE candidates SET stage_entered_at = created_at;
CREATE INDEX candidates_stage ON candidates (opening_id, stage);
ALTER TABLE interviews ADD COLUMN focus_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE interviews ADD COLUMN due_at BIGINT NOT NULL DEFAULT 0;
)sql";

// Version 4: one-time links to set a password (invitations, resets). Only
// the token's SHA-256 is kept; a user has at most one live link.
constexpr char kSqliteV4[] = R"sql(
CREATE TABLE account_links (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  purpose TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL);
CREATE INDEX account_links_user ON account_links (user_id);
)sql";

constexpr char kPostgresV4[] = R"sql(
CREATE TABLE account_links (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  purpose TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL);
CREATE INDEX account_links_user ON account_links (user_id);
)sql";

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations{
      {1, "initial schema: accounts, hiring records, audit log, search", kSqliteV1, kPostgresV1},
      {2, "change counters for cached candidate lists", kSqliteV2, kPostgresV2},
      {3, "hiring loop: candidate stages, interview focus and due time", kSqliteV3, kPostgresV3},
      {4, "one-time links to set a password (invitations, resets)", kSqliteV4, kPostgresV4},
  };
  return migrations;
}

const char* SchemaVersionTableSql(SqlDialect dialect) {
  return dialect == SqlDialect::kSqlite ? "CREATE TABLE IF NOT EXISTS schema_version ("
                                          "version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                                          "applied_at INTEGER NOT NULL)"
                                        : "CREATE TABLE IF NOT EXISTS schema_version ("
                                          "version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
                                          "applied_at BIGINT NOT NULL)";
}

}  // namespace firsthire

-- initial schema: accounts, hiring records, audit log, search
--
-- Version 1, SQLite. Integers are INTEGER (64-bit), text is TEXT; the
-- candidate search index is an FTS5 table kept in step by triggers.
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

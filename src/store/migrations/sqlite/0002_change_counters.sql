-- change counters for cached candidate lists
--
-- Version 2: change counters, one row per table whose lists the server may
-- cache (Store::CandidatesVersion). Triggers bump them on every write, from
-- any connection. The first value is the time in milliseconds, so a database
-- that replaced another (restore --replace) does not restart at a number a
-- running server has already seen.
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

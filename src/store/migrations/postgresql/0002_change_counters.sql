-- change counters for cached candidate lists
--
-- Version 2: change counters, one row per table whose lists the server may
-- cache (Store::CandidatesVersion). Triggers bump them on every write, from
-- any connection. The first value is the time in milliseconds, so a database
-- that replaced another (restore --replace) does not restart at a number a
-- running server has already seen.
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

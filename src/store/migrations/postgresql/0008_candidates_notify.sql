-- candidates change notifications
--
-- Version 8: the trigger that counts candidate writes also notifies the
-- channel firsthire_candidates, so a server that keeps the counter in memory
-- (Store::CandidatesVersion) learns of a write by any connection, another
-- server's or SQL typed by hand, as soon as it commits. pg_notify inside a
-- transaction is delivered once, at commit, and not at all on a rollback.
CREATE OR REPLACE FUNCTION count_candidates_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE change_counters SET version = version + 1 WHERE name = 'candidates';
  PERFORM pg_notify('firsthire_candidates', '');
  RETURN NULL;
END
$fn$;

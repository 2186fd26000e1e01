-- candidates change notifications
--
-- Version 8: nothing to change on SQLite. PostgreSQL's candidates trigger
-- now also notifies other servers of each write; a SQLite server learns of
-- other connections' commits from the file's data_version instead, which
-- needs no schema. The version exists so both backends count the same.
SELECT 1;

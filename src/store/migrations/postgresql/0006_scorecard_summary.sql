-- scorecard summary: the interviewer's overall note
--
-- Version 6: a scorecard gains `summary`, the interviewer's free overall note
-- beside the per-category notes (read for evidence like them; erased with them).
ALTER TABLE scorecards ADD COLUMN summary TEXT NOT NULL DEFAULT '';
-- PostgreSQL gives every existing row the default (no summary) without rewriting the table.

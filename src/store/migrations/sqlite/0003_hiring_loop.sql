-- hiring loop: candidate stages, interview focus and due time
--
-- Version 3: the hiring loop. Candidates gain their pipeline stage (ids
-- from the playbook's pipeline.stages), why they are there and since when
-- (existing candidates: since they were created); interviews gain their
-- focus categories and the time their scorecard is due.
ALTER TABLE candidates ADD COLUMN stage TEXT NOT NULL DEFAULT 'applied';
ALTER TABLE candidates ADD COLUMN stage_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN stage_entered_at INTEGER NOT NULL DEFAULT 0;
UPDATE candidates SET stage_entered_at = created_at;
CREATE INDEX candidates_stage ON candidates (opening_id, stage);
ALTER TABLE interviews ADD COLUMN focus_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE interviews ADD COLUMN due_at INTEGER NOT NULL DEFAULT 0;

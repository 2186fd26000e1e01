-- plan outcomes: the 90-day go/no-go with why, who and when
--
-- Version 7: a 30-60-90 plan records its final decision about the hire
-- ('go' or 'no_go'; '' while none), the reason, the user who recorded it and
-- when, so hires' interview scores can be set beside their outcomes.
ALTER TABLE plans ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN outcome_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN outcome_by TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN outcome_at BIGINT NOT NULL DEFAULT 0;

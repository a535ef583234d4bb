-- A day off ill, or another authorised absence (W13-6): still a day not in school, but not one
-- the child refused, so the summary, the chart and the packet keep it out of the refusal figures.
-- 1 on an `absent` day only; a plain flag, nothing of the parent's words.
ALTER TABLE daily_log_entries ADD COLUMN excused INTEGER NOT NULL DEFAULT 0 CHECK (excused IN (0, 1));

-- The review day (A-L1): a reminder on the day the school said they would review a trial they
-- agreed, kept as its own row so the scheduler finds it by a plain due time (the review's date in
-- the notes is sealed with the parent's words). One row per review date kept; no words here (the
-- trial's words stay in the note it points to), so nothing in this table is sealed. Every row
-- carries user_id (ON DELETE CASCADE) so export and forget find it by introspection. Claimed once
-- through the scheduler's `sent_prompts` like every prompt (key `review:<id>:<due_on>`).
CREATE TABLE review_reminders (
  id           BIGINT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  case_id      BIGINT REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  note_id      BIGINT REFERENCES notes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,  -- the `review.date` next step
  review_on    TEXT NOT NULL,          -- the review's local date, as kept
  due_on       TEXT NOT NULL,          -- local date of the reminder (the review day, or a later one when snoozed)
  due_at       TEXT NOT NULL,          -- ISO instant of the reminder (end of the school day, local)
  time_zone    TEXT NOT NULL,          -- IANA zone the dates above are in
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'replaced')),
  created_at   TEXT NOT NULL,
  reminded_at  TEXT,
  closed_at    TEXT
);
CREATE INDEX review_reminders_due ON review_reminders(due_at) WHERE status = 'open' AND reminded_at IS NULL;
CREATE INDEX review_reminders_user ON review_reminders(user_id, status);

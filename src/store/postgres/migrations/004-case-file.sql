-- The case file: requests the parent has sent and the follow-up due on each, and how many school
-- days the parent wants to wait before a follow-up. Every table carries user_id (ON DELETE
-- CASCADE) so export and forget find a parent's rows by introspection. What was sent is the
-- parent's words (or a letter built from them): sealed. Dates, ids and statuses stay plain so the
-- scheduler can find what is due without opening anything.
CREATE TABLE followups (
  id                BIGINT PRIMARY KEY,
  user_id           TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  case_id           BIGINT REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  request_note_id   BIGINT REFERENCES notes(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  letter            TEXT,                   -- letter template id, when a drafted letter was sent
  about             TEXT NOT NULL,          -- sealed: what was sent
  sent_at           TEXT NOT NULL,          -- ISO instant the parent said it was sent
  sent_on           TEXT NOT NULL,          -- the parent's local date it was sent
  school_days       INTEGER NOT NULL CHECK (school_days BETWEEN 1 AND 60),
  due_on            TEXT NOT NULL,          -- local date of the reminder (the Nth school day after)
  due_at            TEXT NOT NULL,          -- ISO instant of the reminder
  time_zone         TEXT NOT NULL,          -- IANA zone the dates above are in
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'followed_up')),
  reminded_at       TEXT,
  closed_at         TEXT
);
CREATE INDEX followups_due ON followups(due_at) WHERE status = 'open' AND reminded_at IS NULL;
CREATE INDEX followups_user ON followups(user_id, status);

CREATE TABLE case_file_settings (
  user_id        TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  followup_days  INTEGER NOT NULL CHECK (followup_days BETWEEN 1 AND 60),
  updated_at     TEXT NOT NULL
);

-- Daily check-ins and daily logs: the baseline data schools say is missing.
-- Every table carries user_id (ON DELETE CASCADE) so a parent's data can be found and erased
-- in one statement. Parents' own words (a note, the "other" reason, the "other" support) are
-- sealed; ids, dates, times and numbers stay plain so patterns can be counted.

-- One row per parent who has ever set a check-in or a school-day length. Quiet by default:
-- nobody is prompted unless `enabled` is 1.
CREATE TABLE checkin_settings (
  user_id           TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  enabled           INTEGER NOT NULL DEFAULT 0,
  local_time        TEXT,                   -- HH:MM in the parent's zone
  time_zone         TEXT,                   -- IANA zone, validated with luxon
  days              TEXT NOT NULL DEFAULT 'mon,tue,wed,thu,fri',
  pause_until       TEXT,                   -- local date prompts resume on (exclusive pause)
  skip_date         TEXT,                   -- local date with no prompt ("skip today")
  snooze_date       TEXT,                   -- local date of the snooze
  snooze_until      TEXT,                   -- ISO instant the snoozed prompt is due
  school_day_hours  DOUBLE PRECISION NOT NULL DEFAULT 6.5,
  active_from       TEXT,                   -- ISO instant: nothing due before the parent opted in
  updated_at        TEXT NOT NULL
);
CREATE INDEX checkin_settings_enabled ON checkin_settings(enabled) WHERE enabled = 1;

-- One entry per child per day; logging the same day again replaces it.
CREATE TABLE daily_log_entries (
  id          BIGINT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  case_id     BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  log_date    TEXT NOT NULL,                -- the child's school day, local YYYY-MM-DD
  attendance  TEXT NOT NULL CHECK (attendance IN ('full', 'partial', 'absent')),
  hours       DOUBLE PRECISION CHECK (hours IS NULL OR (hours >= 0 AND hours <= 24)),
  arrived     TEXT,                         -- HH:MM, partial days
  left_at     TEXT,                         -- HH:MM, partial days
  difficulty  INTEGER CHECK (difficulty IS NULL OR (difficulty BETWEEN 0 AND 10)),
  note        TEXT,                         -- sealed: the parent's note
  source      TEXT NOT NULL DEFAULT 'chat', -- chat | import
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (case_id, log_date)
);
CREATE INDEX daily_log_entries_user ON daily_log_entries(user_id, log_date);

-- What made the day harder (several per entry).
CREATE TABLE daily_log_triggers (
  id        BIGINT PRIMARY KEY,
  user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  entry_id  BIGINT NOT NULL REFERENCES daily_log_entries(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  trigger   TEXT NOT NULL,                  -- id from the fixed list (src/daily-log/model.ts)
  detail    TEXT                            -- sealed: the parent's words for "other"
);
CREATE INDEX daily_log_triggers_entry ON daily_log_triggers(entry_id);
CREATE INDEX daily_log_triggers_user ON daily_log_triggers(user_id);

-- Supports tried that day, and whether they helped (1 yes, 0 no, NULL not sure / not said).
CREATE TABLE daily_log_supports (
  id        BIGINT PRIMARY KEY,
  user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  entry_id  BIGINT NOT NULL REFERENCES daily_log_entries(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  support   TEXT NOT NULL,                  -- id from the fixed list (src/daily-log/model.ts)
  detail    TEXT,                           -- sealed: the parent's words for "other"
  helped    INTEGER CHECK (helped IS NULL OR helped IN (0, 1))
);
CREATE INDEX daily_log_supports_entry ON daily_log_supports(entry_id);
CREATE INDEX daily_log_supports_user ON daily_log_supports(user_id);

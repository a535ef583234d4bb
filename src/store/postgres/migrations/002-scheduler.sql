-- Proactive messages (daily check-in prompts, follow-up reminders): one row per prompt sent,
-- keyed so the same prompt is never sent twice, even across restarts.
CREATE TABLE sent_prompts (
  key         TEXT PRIMARY KEY,            -- e.g. checkin:<user>:<local date>
  user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  kind        TEXT NOT NULL,
  local_date  TEXT,
  due_at      TEXT NOT NULL,
  sent_at     TEXT NOT NULL
);
CREATE INDEX sent_prompts_user ON sent_prompts(user_id);

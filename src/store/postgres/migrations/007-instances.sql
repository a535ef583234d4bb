-- Many instances, one database (the SQLite 007 is empty: one file, one writing process).
-- Ids are handed out in blocks of 100,000 from one sequence, so each instance numbers its new rows
-- without asking the database each time and no two instances ever pick the same id.
CREATE SEQUENCE row_id_blocks INCREMENT BY 100000 START WITH 100000;

-- A parent's version changes with every commit that touches their rows (a number from one
-- sequence, never reused, even after the parent is forgotten). An instance holding a copy of the
-- parent compares it under the parent's lock and reloads when it moved.
CREATE SEQUENCE user_version_seq;
CREATE TABLE user_versions (
  user_id  TEXT PRIMARY KEY,
  version  BIGINT NOT NULL
);

-- The outbox is shared: an instance re-delivering replies claims them for a while first
-- (FOR UPDATE SKIP LOCKED), so two instances starting together never send the same reply twice.
ALTER TABLE turns ADD COLUMN claimed_until TIMESTAMPTZ;

-- Crypto-shredding (src/store/postgres/parent-keys.ts): each parent's own random data key,
-- wrapped by the instance key (NEXTSTEP_DATA_KEY; unwrapped when none is set). Every sealed
-- column of theirs is sealed with it; forget deletes the row, and with it every readable copy.
CREATE TABLE user_keys (
  user_id     TEXT PRIMARY KEY,
  wrapped     TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

-- Facts about the database itself, one row each. `key_check` holds a known phrase sealed with
-- NEXTSTEP_DATA_KEY, so a wrong key is refused when the store opens (instead of garbage
-- output), and an encrypted database opened without a key is refused too.
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);

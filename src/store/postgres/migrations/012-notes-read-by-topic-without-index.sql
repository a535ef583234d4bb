-- A parent's notes of some topics (the case profile, the sign-off) are read through their own
-- index (user_id, id), with the topic checked on each row and only the matching notes opened:
-- 0.3-0.8 ms with 400-2,000 notes. The index migration 009 made for them cost every note written
-- an extra write at a random place (bare SQLite's turn rate about a tenth lower), for a few
-- tenths of a millisecond at a flow's start.
DROP INDEX IF EXISTS notes_user_topic;

-- Per-parent data keys are PostgreSQL's (its 008 makes user_keys): SQLite's forget overwrites
-- the parent's rows in place and empties its WAL instead. Kept so both stores number alike.
SELECT 1;

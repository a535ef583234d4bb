-- Delivered turns are pruned oldest first by walking the table in the order rows were written
-- (src/store/sqlite/prune-kept.ts), not by an index on their time: that index cost every
-- delivered turn an extra write (about a fifth of bare SQLite's turn rate).
DROP INDEX IF EXISTS turns_delivered_at;

-- Many instances sharing one database: nothing to do here. A SQLite file has one writing
-- process; the PostgreSQL store's 007 adds what several processes need (id blocks, a version
-- per parent, a claim on the outbox). Kept so both stores' migrations have the same numbers.
SELECT 1;

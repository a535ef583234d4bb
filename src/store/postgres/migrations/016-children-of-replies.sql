-- Which children a turn's replies, and a posted question, are about (erasing one child): a JSON
-- list of case ids, written by the engine ('[]': about no child, the parent's own). NULL on rows
-- written before this migration: those are read by their words when a child is erased, as before.
-- Ids only, nothing of the parent's words.
ALTER TABLE turns ADD COLUMN case_ids TEXT;
ALTER TABLE question_posts ADD COLUMN case_ids TEXT;

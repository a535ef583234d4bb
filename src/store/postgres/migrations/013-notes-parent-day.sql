-- Each note's day: the parent's calendar day where they were when it was written (the engine's
-- src/core/parent-day.ts), the day the notes, the packet and letters date it on. Before this the
-- day was read from the note's instant in UTC, and that is what those notes meant: their day is
-- their instant's UTC day.
ALTER TABLE notes ADD COLUMN day TEXT NOT NULL DEFAULT '';
UPDATE notes SET day = substr(at, 1, 10);

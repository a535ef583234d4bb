-- A parent's notes of some topics (the case profile, the sign-off: read at every flow's start)
-- found without reading the rest of their notes.
CREATE INDEX notes_user_topic ON notes(user_id, topic);

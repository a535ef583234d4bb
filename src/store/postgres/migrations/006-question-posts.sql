-- Where the bot posted each question with buttons, per parent, so that a click is resolved only
-- from this record for the clicking parent: the message to update, the place to answer, and
-- whether the question was already answered (first click wins, across restarts). `view` is the
-- message as posted (the bot's own blocks), sealed: a question can carry a child's nickname.
CREATE TABLE question_posts (
  user_id     TEXT NOT NULL,
  channel     TEXT NOT NULL,
  prompt_id   TEXT NOT NULL,
  place       TEXT,
  message_ref TEXT,
  view        TEXT,
  posted_at   TEXT NOT NULL,
  answered_at TEXT,
  PRIMARY KEY (user_id, channel, prompt_id)
);

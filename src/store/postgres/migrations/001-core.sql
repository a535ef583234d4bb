-- Core: parents, their children's cases, conversation sessions, case notes, and the turn outbox.
CREATE TABLE users (
  id          TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL,
  settings    TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE cases (
  id                BIGINT PRIMARY KEY,
  user_id           TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  nickname          TEXT NOT NULL,          -- sealed: the parent's own word for their child
  created_at        TEXT NOT NULL,
  disclaimer_shown  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_user ON cases(user_id);

CREATE TABLE sessions (
  user_id       TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  case_id       BIGINT REFERENCES cases(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  flow_id       TEXT,
  flow_version  INTEGER,
  snapshot      TEXT,                       -- sealed JSON
  pending       TEXT,                       -- sealed JSON
  seq           INTEGER NOT NULL DEFAULT 0,
  updated_at    TEXT NOT NULL
);

CREATE TABLE notes (
  id          BIGINT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  case_id     BIGINT REFERENCES cases(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  kind        TEXT NOT NULL,
  topic       TEXT NOT NULL,
  category    TEXT,
  at          TEXT NOT NULL,
  body        TEXT NOT NULL                 -- sealed JSON: text, who, said_on, due
);
CREATE INDEX notes_user ON notes(user_id, id);

CREATE TABLE turns (
  event_id      TEXT PRIMARY KEY,
  user_id       TEXT NOT NULL,
  replies       TEXT NOT NULL,              -- sealed JSON
  at            TEXT NOT NULL,
  delivered_at  TEXT
);
CREATE INDEX turns_undelivered ON turns(delivered_at) WHERE delivered_at IS NULL;
CREATE INDEX turns_user ON turns(user_id);

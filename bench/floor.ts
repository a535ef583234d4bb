/**
 * The storage floor: bare SQLite read-and-write transactions shaped like the engine's turns
 * (the same reads, the same writes, rows of the same average sizes, the same batching into
 * durable commits), with no engine at all. What the disk and SQLite allow; the engine can only
 * be slower.
 */
import { openDatabase } from '../src/store/sqlite-store.js';

export interface TurnShape {
  snapshotBytes: number;
  pendingBytes: number;
  repliesBytes: number;
  noteBytes: number;
  notesPerTurn: number;
  /** Turns per COMMIT (fsync), as the engine's group commit achieved. */
  turnsPerCommit: number;
}

export function runFloor(path: string, shape: TurnShape, turns: number, users: number): { turns_per_s: number; ms: number } {
  const db = openDatabase(path);
  const pad = (n: number, c: string) => c.repeat(Math.max(0, Math.round(n)));
  const snapshot = pad(shape.snapshotBytes, 's');
  const pending = pad(shape.pendingBytes, 'p');
  const replies = pad(shape.repliesBytes, 'r');
  const note = pad(shape.noteBytes, 'n');
  const st = {
    hasTurn: db.prepare('SELECT 1 FROM turns WHERE event_id = ?'),
    ensureUser: db.prepare('INSERT OR IGNORE INTO users (id, created_at) VALUES (?, ?)'),
    getSession: db.prepare('SELECT * FROM sessions WHERE user_id = ?'),
    cases: db.prepare('SELECT * FROM cases WHERE user_id = ? ORDER BY id'),
    saveSession: db.prepare(
      `INSERT INTO sessions (user_id, case_id, flow_id, flow_version, snapshot, pending, seq, updated_at) VALUES (?, NULL, 'home', 1, ?, ?, 1, ?)
       ON CONFLICT(user_id) DO UPDATE SET snapshot = excluded.snapshot, pending = excluded.pending, seq = seq + 1, updated_at = excluded.updated_at`,
    ),
    recordTurn: db.prepare('INSERT INTO turns (event_id, user_id, replies, at) VALUES (?, ?, ?, ?)'),
    addNote: db.prepare(`INSERT INTO notes (user_id, case_id, kind, topic, category, at, body) VALUES (?, NULL, 'answer', 'bench', NULL, ?, ?)`),
    delivered: db.prepare(`UPDATE turns SET delivered_at = ?, replies = '[]' WHERE event_id = ?`),
  };
  const batch = Math.max(1, Math.round(shape.turnsPerCommit));
  let noteDebt = 0;
  let toAck: string[] = [];
  const t0 = performance.now();
  for (let done = 0; done < turns; ) {
    db.exec('BEGIN IMMEDIATE');
    for (const id of toAck) st.delivered.run('x', id);
    toAck = [];
    for (let k = 0; k < batch && done < turns; k++, done++) {
      const user = `floor:${done % users}`;
      const id = `f${done}`;
      const at = new Date().toISOString();
      st.hasTurn.get(id);
      st.ensureUser.run(user, at);
      st.getSession.get(user);
      st.cases.all(user);
      for (noteDebt += shape.notesPerTurn; noteDebt >= 1; noteDebt -= 1) st.addNote.run(user, at, note);
      st.saveSession.run(user, snapshot, pending, at);
      st.recordTurn.run(id, user, replies, at);
      toAck.push(id);
    }
    db.exec('COMMIT');
  }
  const ms = performance.now() - t0;
  db.close();
  return { turns_per_s: (turns / ms) * 1000, ms };
}

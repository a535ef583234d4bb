/**
 * The storage floor: bare SQLite transactions shaped like the engine's turns, with no engine at
 * all. The same statements a turn issues now that sessions, cases and users are kept in memory
 * (a duplicate check, the session upsert, the outbox row, notes at the same rate, delivery
 * receipts written once per batch), rows of the same average sizes, the same group commit
 * (a COMMIT per batch, the WAL fsynced off the main thread before the batch's turns are
 * released) and the same number of parents talking at once. What the disk and SQLite allow;
 * the engine can only be slower.
 */
import { GroupCommit } from '../src/store/sqlite/group-commit.js';
import { openDatabase } from '../src/store/sqlite/open-database.js';

export interface TurnShape {
  snapshotBytes: number;
  pendingBytes: number;
  repliesBytes: number;
  noteBytes: number;
  notesPerTurn: number;
  /** Turns per COMMIT the engine's group commit achieved (reported; the floor batches the same way). */
  turnsPerCommit: number;
}

export async function runFloor(path: string, shape: TurnShape, turns: number, users: number, concurrency: number): Promise<{ turns_per_s: number; ms: number }> {
  const db = openDatabase(path);
  const group = new GroupCommit(db, { walPath: `${path}-wal` });
  const pad = (n: number, c: string) => c.repeat(Math.max(0, Math.round(n)));
  const snapshot = pad(shape.snapshotBytes, 's');
  const pending = pad(shape.pendingBytes, 'p');
  const replies = pad(shape.repliesBytes, 'r');
  const note = pad(shape.noteBytes, 'n');
  const st = {
    hasTurn: db.prepare('SELECT 1 FROM turns WHERE event_id = ?'),
    ensureUser: db.prepare('INSERT OR IGNORE INTO users (id, created_at) VALUES (?, ?)'),
    saveSession: db.prepare(
      `INSERT INTO sessions (user_id, case_id, flow_id, flow_version, snapshot, pending, seq, updated_at) VALUES (?, NULL, 'home', 1, ?, ?, 1, ?)
       ON CONFLICT(user_id) DO UPDATE SET snapshot = excluded.snapshot, pending = excluded.pending, seq = seq + 1, updated_at = excluded.updated_at`,
    ),
    recordTurn: db.prepare('INSERT INTO turns (event_id, user_id, replies, at) VALUES (?, ?, ?, ?)'),
    addNote: db.prepare(`INSERT INTO notes (user_id, case_id, kind, topic, category, at, body) VALUES (?, NULL, 'answer', 'bench', NULL, ?, ?)`),
    delivered: db.prepare(`UPDATE turns SET delivered_at = ?, replies = '[]' WHERE event_id IN (SELECT value FROM json_each(?))`),
  };
  // The parents exist already (the engine creates each one once and remembers it).
  db.transaction(() => {
    for (let u = 0; u < users; u++) st.ensureUser.run(`floor:${u}`, 'x');
  })();
  let noteDebt = 0;
  let toAck: string[] = [];
  let next = 0;
  async function parent(): Promise<void> {
    for (;;) {
      const done = next++;
      if (done >= turns) return;
      const user = `floor:${done % users}`;
      const id = `f${done}`;
      await group.run(() => {
        if (toAck.length) {
          st.delivered.run('x', JSON.stringify(toAck));
          toAck = [];
        }
        const at = new Date().toISOString();
        st.hasTurn.get(id);
        for (noteDebt += shape.notesPerTurn; noteDebt >= 1; noteDebt -= 1) st.addNote.run(user, at, note);
        st.saveSession.run(user, snapshot, pending, at);
        st.recordTurn.run(id, user, replies, at);
      });
      toAck.push(id);
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, parent));
  const ms = performance.now() - t0;
  group.close();
  db.close();
  return { turns_per_s: (turns / ms) * 1000, ms };
}

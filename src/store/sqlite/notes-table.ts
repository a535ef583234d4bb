/**
 * The notes table: each note's words sealed under its parent's key. A drafted letter shown but not
 * kept is held as one row of its own kind (never listed as a note) until the parent keeps it or a
 * newer draft replaces it.
 */
import type Database from 'better-sqlite3';
import type { NoteFilter, NoteInput, NoteRow } from '../../core/ports.js';
import type { SealerFor } from './parent-sealers.js';
import { noteBodySchema, noteRowSchema } from './row-schemas.js';
import type { UnreadableRows } from './unreadable-rows.js';

/** The notes kind of a drafted letter shown but not kept (never listed as a note). */
export const UNKEPT_DRAFT = 'draft_unkept';

export class SqliteNotes {
  constructor(
    private readonly prepare: (sql: string) => Database.Statement,
    private readonly sealerFor: SealerFor,
    private readonly unreadable: UnreadableRows,
  ) {}

  add(n: NoteInput): number {
    const body = JSON.stringify({ text: n.text, who: n.who, said_on: n.saidOn, due: n.due });
    const info = this.prepare('INSERT INTO notes (user_id, case_id, kind, topic, category, at, day, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(n.userId, n.caseId, n.kind, n.topic, n.category ?? null, n.at, n.day, this.sealerFor(n.userId).seal(body));
    return Number(info.lastInsertRowid);
  }

  addUnkeptDraft(n: NoteInput): number {
    // Only the draft just shown is held: an earlier one the parent did not keep goes.
    this.prepare(`DELETE FROM notes WHERE user_id = ? AND kind = '${UNKEPT_DRAFT}'`).run(n.userId);
    return this.add({ ...n, kind: UNKEPT_DRAFT as NoteInput['kind'] });
  }

  keepDraft(userId: string): boolean {
    const r = this.prepare(`UPDATE notes SET kind = 'draft' WHERE id = (SELECT id FROM notes WHERE user_id = ? AND kind = '${UNKEPT_DRAFT}' ORDER BY id DESC LIMIT 1)`).run(userId);
    return r.changes > 0;
  }

  hasUnkept(userId: string): boolean {
    return this.prepare(`SELECT 1 FROM notes WHERE user_id = ? AND kind = '${UNKEPT_DRAFT}' LIMIT 1`).get(userId) !== undefined;
  }

  list(userId: string, opts: NoteFilter = {}): NoteRow[] {
    const { caseId, topics } = opts;
    const sql = `SELECT n.*, c.nickname AS nickname FROM notes n LEFT JOIN cases c ON c.id = n.case_id
                 WHERE n.user_id = ? AND n.kind != '${UNKEPT_DRAFT}' ${caseId !== undefined ? 'AND n.case_id = ?' : ''}
                 ${topics ? 'AND n.topic IN (SELECT value FROM json_each(?))' : ''} ORDER BY n.at, n.id`;
    const args = [userId, ...(caseId !== undefined ? [caseId] : []), ...(topics ? [JSON.stringify(topics)] : [])];
    return this.unreadable.readEach(userId, 'notes', this.prepare(sql).all(...args), (raw) => {
      const r = noteRowSchema.parse(raw);
      const body = noteBodySchema.parse(JSON.parse(this.sealerFor(userId).open(r.body)));
      const nickname = r.nickname;
      return {
        id: r.id,
        userId: r.user_id,
        caseId: r.case_id,
        nickname: nickname === null ? null : this.unreadable.orNull(userId, 'cases', r.case_id ?? 'none', () => this.sealerFor(userId).open(nickname)),
        kind: r.kind as NoteRow['kind'],
        topic: r.topic,
        category: r.category ?? undefined,
        at: r.at,
        day: r.day,
        text: body.text,
        who: body.who,
        saidOn: body.said_on,
        due: body.due,
      };
    });
  }
}

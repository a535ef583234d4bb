/**
 * `Store.refileNote` on the SQLite store (and so on PostgreSQL's working copy): a note kept with no
 * child moved into one of the parent's cases, as what the words turned out to be. Its words stay
 * inside its sealed body, sealed again with the parent's key with who, said-on and due; its id,
 * instant and `day` stay. Only this parent's caseless notes, into this parent's cases; or their own
 * words held in that very case already (triage's first message, moved in when the child was chosen:
 * review20 R3), never a note of another case or another kind.
 */
import type Database from 'better-sqlite3';
import type { NoteRefile, Sealer } from '../../core/ports.js';
import { noteBodySchema } from './row-schemas.js';
import { UNKEPT_DRAFT } from './notes-table.js';

export function refileCaseless(prepare: (sql: string) => Database.Statement, sealer: Sealer, userId: string, noteId: number, into: NoteRefile): boolean {
  const held = `(case_id IS NULL AND kind != '${UNKEPT_DRAFT}' OR case_id = ? AND kind = 'parent_words')`;
  const row = prepare(`SELECT body FROM notes WHERE id = ? AND user_id = ? AND ${held}`).get(noteId, userId, into.caseId) as { body: string } | undefined;
  if (!row || prepare('SELECT 1 FROM cases WHERE id = ? AND user_id = ?').get(into.caseId, userId) === undefined) return false;
  const { text } = noteBodySchema.parse(JSON.parse(sealer.open(row.body)));
  const body = sealer.seal(JSON.stringify({ text, who: into.who, said_on: into.saidOn, due: into.due }));
  return (
    prepare(`UPDATE notes SET case_id = ?, kind = ?, topic = ?, category = ?, body = ? WHERE id = ? AND user_id = ? AND ${held}`)
      .run(into.caseId, into.kind, into.topic, into.category ?? null, body, noteId, userId, into.caseId).changes > 0
  );
}

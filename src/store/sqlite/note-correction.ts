/**
 * `Store.correctNote` on the SQLite store (and so on PostgreSQL's working copy): a statement's
 * said-on day or who said it, changed inside its sealed body (or the kind of no it is filed under, its `category` column), which is sealed again with the
 * parent's key. Only this parent's `statement` notes; the row's instant and `day` stay.
 */
import type Database from 'better-sqlite3';
import type { NoteCorrection, Sealer } from '../../core/ports.js';
import { noteBodySchema } from './row-schemas.js';

export function correctStatement(prepare: (sql: string) => Database.Statement, sealer: Sealer, userId: string, noteId: number, change: NoteCorrection): boolean {
  const row = prepare("SELECT body FROM notes WHERE id = ? AND user_id = ? AND kind = 'statement'").get(noteId, userId) as { body: string } | undefined;
  if (!row) return false;
  const body = noteBodySchema.parse(JSON.parse(sealer.open(row.body)));
  if (change.saidOn !== undefined) body.said_on = change.saidOn;
  if (change.who !== undefined) body.who = change.who;
  // The kind of no is a column (not sealed: a machine id), re-filed with the body in one statement.
  return prepare('UPDATE notes SET body = ?, category = COALESCE(?, category) WHERE id = ? AND user_id = ?').run(sealer.seal(JSON.stringify(body)), change.category ?? null, noteId, userId).changes > 0;
}

/**
 * A choice as a platform control carries it, and found again when the answer comes back. A
 * platform bounds the id a button or a menu option can carry (Discord: 100 characters); a choice
 * id that does not fit travels as its index (`#2`), which is resolved against the question the
 * parent has pending: the server's own record, never the payload's say-so.
 */
import type { Store } from './ports.js';

/** The choice's id when it fits in `room` characters (and cannot be taken for an index), else `#<index>`. */
export function choiceToken(id: string, index: number, room: number): string {
  return id.length <= room && !id.startsWith('#') ? id : `#${index}`;
}

/** The index an answer's token names (`#2` → 2), or null for a choice id. */
export function tokenIndex(token: string): number | null {
  const m = /^#(\d{1,3})$/.exec(token);
  return m ? Number(m[1]) : null;
}

/** The id of the `index`th choice of the parent's pending question, if it is the question named (or none is). */
export function pendingChoiceAt(store: Pick<Store, 'getSession'>, user: string, promptId: string | undefined, index: number): string | null {
  const pending = store.getSession(user)?.pending;
  if (!pending || (promptId !== undefined && promptId !== pending.promptId)) return null;
  return pending.choices[index]?.id ?? null;
}

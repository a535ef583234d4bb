/**
 * Which of a parent's replies not yet shown, and which records of their posted questions, are
 * about one child, when that child is erased (both stores). Each row written since migration 016
 * carries the children it is about (`case_ids`, from the engine: src/core/turn-cases.ts): a row
 * naming the child's case goes, whatever its words call them (a full name, their notes quoted).
 * Every row is also read by what it holds, as all were before, which is all there is for a row
 * written before (NULL) or about no child ('[]'): a file tied to the child's case (`caseId` on a
 * document or image), or the child's name as a word anywhere the parent would see it (text,
 * buttons, a document's title and body, an image's description; a posted question's message as
 * the channel drew it). A reply about another child, or the parent's own (a check-in time set), is
 * kept and still shown. Rows that cannot be read cannot be shown either: they go.
 */
import * as z from 'zod';
import type { Reply } from '../../core/types.js';

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const caseIdsSchema = z.array(z.number().int());

/** The `case_ids` column's value: a JSON list, or NULL when the engine did not say. */
export const caseIdsToJson = (ids: readonly number[] | undefined): string | null => (ids === undefined ? null : JSON.stringify(ids));

/** Whether a row's recorded children include `caseId` (NULL, or a value that will not read: no). */
function recordedFor(caseIds: string | null | undefined, caseId: number): boolean {
  if (caseIds === null || caseIds === undefined) return false;
  try {
    const ids = caseIdsSchema.safeParse(JSON.parse(caseIds));
    return ids.success && ids.data.includes(caseId);
  } catch {
    return false;
  }
}

/** The words of a reply a parent would see. */
function shownWords(r: Reply): string[] {
  switch (r.type) {
    case 'text':
    case 'move_private':
      return [r.text, 'sharedText' in r ? (r.sharedText ?? '') : ''];
    case 'question':
      return [r.text, r.sharedText ?? '', r.hint ?? '', ...r.choices.map((c) => c.label)];
    case 'document':
      return [r.title, r.filename, r.body];
    case 'image':
      return [r.alt, r.filename];
  }
}

/** Matches the child's name as a word (the nickname as kept), any case; null when there is none. */
function nameAsWord(names: readonly string[]): RegExp | null {
  const named = names.map((n) => n.trim()).filter((n) => n.length > 0);
  return named.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${named.map(escaped).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : null;
}

/** Whether these replies are about the child (`caseId`, called `names`: the nickname as kept). */
export function repliesAboutChild(replies: readonly Reply[], caseId: number, names: readonly string[]): boolean {
  const word = nameAsWord(names);
  return replies.some((r) => ((r.type === 'document' || r.type === 'image') && r.caseId === caseId) || (word !== null && shownWords(r).some((w) => word.test(w))));
}

/** An outbox row as the erase reads it. */
export interface OutboxRow {
  event_id: string;
  replies: string;
  case_ids: string | null;
}

/** The event ids of undelivered turns to delete: those about the child, and those that cannot be read. */
export function turnsAboutChild(rows: readonly OutboxRow[], open: (sealed: string) => Reply[], caseId: number, names: readonly string[]): string[] {
  return rows
    .filter((row) => {
      if (recordedFor(row.case_ids, caseId)) return true;
      try {
        return repliesAboutChild(open(row.replies), caseId, names);
      } catch {
        return true;
      }
    })
    .map((row) => row.event_id);
}

/** A record of a posted question as the erase reads it. */
export interface PostRow {
  channel: string;
  prompt_id: string;
  view: string | null;
  case_ids: string | null;
}

/** Every string in a posted message as the channel drew it (its JSON), or the whole of it. */
function viewWords(view: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(view);
  } catch {
    return [view];
  }
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parsed);
  return out;
}

/**
 * The records of posted questions to delete: those about the child (recorded, or the message as
 * posted names them), and those whose message cannot be opened. A record with no message kept
 * (a click on a question posted before the record, or on Discord) holds no words: it stays.
 */
export function postsAboutChild(rows: readonly PostRow[], open: (sealed: string) => string, caseId: number, names: readonly string[]): PostRow[] {
  const word = nameAsWord(names);
  return rows.filter((row) => {
    if (recordedFor(row.case_ids, caseId)) return true;
    if (row.view === null || word === null) return false;
    try {
      return viewWords(open(row.view)).some((w) => word.test(w));
    } catch {
      return true;
    }
  });
}

/**
 * The parent's answers as they last settled them, for what the school reads (the evidence
 * packet's timeline): a line reworded at the wording check before a letter shows once, in its
 * new words; a line left out of the letter is not shown at all, and the button's words ("Leave it
 * out of the letter") never read as a fact. An answer is settled by the letter drafted from it:
 * the wording check comes before the draft, so an answer given after a letter (about a later
 * "no") never hides one given before it. The parent's own notes keep the whole history.
 */
import type { ContentCatalog } from '../../content/catalog.js';
import type { NoteRow } from '../../core/ports.js';
import { LEFT_OUT } from '../../../flows/advice/letter-wording-states.js';

/** A line the parent left out when its wording was checked (noted as the button's words, or its key in older notes). */
export function leftOutOfLetter(content: ContentCatalog, n: NoteRow): boolean {
  const t = n.text.trim();
  return t === LEFT_OUT || (content.has(LEFT_OUT) && t === content.render(LEFT_OUT));
}

export function settledAnswers(content: ContentCatalog, notes: readonly NoteRow[]): NoteRow[] {
  const letters = new Map<string, number>();
  const keys = new Map<NoteRow, string>();
  const last = new Map<string, NoteRow>();
  for (const n of notes) {
    const child = String(n.caseId ?? '');
    if (n.kind === 'draft') letters.set(child, (letters.get(child) ?? 0) + 1);
    if (n.kind !== 'answer') continue;
    const key = `${child}|${letters.get(child) ?? 0}|${n.topic}`;
    keys.set(n, key);
    last.set(key, n);
  }
  return notes.filter((n) => {
    const key = keys.get(n);
    return key === undefined || (last.get(key) === n && !leftOutOfLetter(content, n));
  });
}

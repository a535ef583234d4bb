/**
 * Fitting replies into a platform's limits, the part every channel shares: clip a label,
 * split a long text into pieces, lay items out in rows, choose buttons or a menu for a question's
 * choices, keep a public answer general. Each
 * adapter calls these with its own platform's numbers. Pure; no platform types.
 */
import type { Reply } from './types.js';

/** Never cut between the two halves of a surrogate pair (an emoji would become garbage). */
function safeSlice(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/** At most `max` characters, ending in `…` when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safeSlice(text, max - 1).trimEnd()}…`;
}

/**
 * At most `max` characters, ending in `…` when cut, and cut between words where a word ends in
 * the last half (a preview, a notification): "For exampl…" reads as a typo. A text without such
 * a space is cut as `clip` does.
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const window = text.slice(0, max);
  const space = window.search(/\s\S*$/);
  if (space < max / 2) return clip(text, max);
  return `${window.slice(0, space).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Text cut to at most `max` characters, never inside an emoji (no ellipsis). */
export function cutAt(text: string, max: number): string {
  return text.length <= max ? text : safeSlice(text, max);
}

/**
 * Split text into pieces of at most `limit` characters: on paragraph boundaries first, then
 * line breaks, sentence ends, spaces, and only as a last resort mid-word.
 */
export function splitWithin(text: string, limit: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = -1;
    for (const sep of ['\n\n', '\n', '. ', ' ']) {
      const at = window.lastIndexOf(sep);
      if (at > 0) {
        cut = sep === '. ' ? at + 1 : at;
        break;
      }
    }
    const piece = cut > 0 ? rest.slice(0, cut) : safeSlice(rest, limit);
    out.push(piece.trimEnd());
    rest = rest.slice(piece.length).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/** Items laid out in rows of `perRow`, at most `maxRows` rows (the rest dropped). */
export function rowsOf<T>(items: readonly T[], perRow: number, maxRows = Infinity): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length && rows.length < maxRows; i += perRow) rows.push(items.slice(i, i + perRow));
  return rows;
}

/** A choice's label on a control: trimmed and clipped to `max`; an empty one shows its number. */
export function choiceLabel(label: string, max: number, index: number): string {
  return clip(label.trim(), max) || String(index + 1);
}

/** Whether choices fit as buttons: no more than `maxButtons`, and every label whole within `maxLabel` (else a menu). */
export function fitsAsButtons(choices: readonly { label: string }[], maxButtons: number, maxLabel: number): boolean {
  return choices.length <= maxButtons && choices.every((c) => c.label.trim().length <= maxLabel);
}

/**
 * What may be shown in a shared channel: general text only. The engine already keeps a public
 * answer general; this is the second line of defence (the outbox's, for every channel), dropping
 * anything that could be about a case (questions, documents, images).
 */
export function publicReplies(replies: readonly Reply[]): Reply[] {
  return replies.filter((r) => r.type === 'text' || r.type === 'move_private');
}

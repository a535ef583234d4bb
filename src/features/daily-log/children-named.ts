/**
 * The children a message names, by their nicknames, for the daily log's commands (the summary and
 * chart's `scopeOf`, a day told at the menu). A nickname counts as a word of its own: next to
 * punctuation ("JJ,", "(Sam)", "Rosie's") it is found; inside a longer word ("Samuel", "same",
 * "Mary-Kate" for Mary) it is not. Case is ignored; a nickname of two words may be typed with
 * more space between them.
 */
import type { CaseRow } from '../../core/ports.js';

/** A letter or digit, or a hyphen joining a longer name: what a nickname must not touch. */
const WORD = String.raw`[\p{L}\p{N}\p{M}-]`;

function nicknamePattern(nickname: string): RegExp | null {
  const parts = nickname.trim().split(/\s+/).filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0) return null;
  return new RegExp(`(?<!${WORD})${parts.join(String.raw`\s+`)}(?!${WORD})`, 'iu');
}

/** The children named in `text`, in the order they are first named there. */
export function childrenNamedIn<C extends Pick<CaseRow, 'nickname'>>(cases: readonly C[], text: string): C[] {
  const found: { child: C; at: number }[] = [];
  for (const child of cases) {
    const at = nicknamePattern(child.nickname)?.exec(text)?.index;
    if (at !== undefined) found.push({ child, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.child);
}

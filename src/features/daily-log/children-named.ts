/**
 * The children a message names, by their nicknames, for the daily log's commands (the summary and
 * chart's `scopeOf`, a day told at the menu). A nickname counts as a word of its own: next to
 * punctuation ("JJ,", "(Sam)", "Rosie's") it is found; inside a longer word ("Samuel", "same",
 * "Mary-Kate" for Mary) it is not. Case is ignored, apostrophes straightened and accents set aside
 * on both sides ("D’Arcy" is D'Arcy, "Zoë" typed either way is Zoe); a nickname of two words may be
 * typed with more space between them. Where two nicknames are named at one place ("Mary Kate"
 * with children Mary and Mary Kate), the longest is the one named.
 */
import { once, shippedAlternation } from '../../content/catalog.js';
import { straightApostrophes } from '../../core/flow-kit.js';
import type { CaseRow } from '../../core/ports.js';

/** A letter or digit, or a hyphen joining a longer name: what a nickname must not touch. */
const WORD = String.raw`[\p{L}\p{N}\p{M}-]`;

/** Lower case, straight apostrophes, letters without their accents (NFKD, the marks dropped). */
export const foldName = (text: string): string => straightApostrophes(text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();

function nicknamePattern(nickname: string): RegExp | null {
  const parts = foldName(nickname).trim().split(/\s+/).filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0) return null;
  return new RegExp(`(?<!${WORD})${parts.join(String.raw`\s+`)}(?!${WORD})`, 'giu');
}

/** Where each child is named in `text` (folded), the longest name winning a place two share. */
export function namedSpans<C extends Pick<CaseRow, 'nickname'>>(cases: readonly C[], text: string): { child: C; start: number; end: number }[] {
  const said = foldName(text);
  const spans: { child: C; start: number; end: number }[] = [];
  for (const child of cases) {
    for (const m of said.matchAll(nicknamePattern(child.nickname) ?? /$^/g)) spans.push({ child, start: m.index, end: m.index + m[0].length });
  }
  spans.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof spans = [];
  for (const s of spans) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept;
}

/** The children named in `text`, in the order they are first named there. */
export function childrenNamedIn<C extends Pick<CaseRow, 'nickname'>>(cases: readonly C[], text: string): C[] {
  return [...new Set(namedSpans(cases, text).map((s) => s.child))];
}

/** Words beside a summary or chart that name no one (content/words/daily-log.yaml). */
const FILLER = once(() => new RegExp(`\\b(?:${shippedAlternation('daily-log.summary-filler')})\\b`, 'g'));

/**
 * The words give a name that is no child's ("summary Bob", "chart Bob last 2 weeks"): no child
 * named, and a word left that is not a range, a date or one of the words around a request. The
 * caller asks which child rather than show another child's days.
 */
export function namesNoChild(cases: readonly Pick<CaseRow, 'nickname'>[], text: string): boolean {
  if (namedSpans(cases, text).length > 0) return false;
  const rest = foldName(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\d+/g, ' ')
    .replace(FILLER(), ' ')
    .replace(/[^a-z]+/g, '');
  return rest !== '';
}

/**
 * The words name only children of theirs and a range ("Sam", "for Zoe please", "Zoe last 2
 * weeks", "last 2 weeks"): nothing else is left once the names and the words around a request
 * are taken out. "summary Sam" typed without its slash is the command only then, never "summary
 * of the meeting: they said no" (situations16).
 */
export function namesOnlyChildrenOrRange(cases: readonly Pick<CaseRow, 'nickname'>[], text: string): boolean {
  let said = foldName(text);
  for (const s of namedSpans(cases, text).reverse()) said = `${said.slice(0, s.start)} ${said.slice(s.end)}`;
  return said.trim() !== '' || namedSpans(cases, text).length > 0 ? !namesNoChild([], said) : false;
}

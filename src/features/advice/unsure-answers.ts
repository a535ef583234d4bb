/**
 * An answer the parent was unsure of ("not really, maybe the district special ed director?", "the
 * head I think"), as a letter says it: in content's words for being unsure (`case-file.letter.unsure`,
 * or the line's own `case-file.letter.unsure.<variable>`), never as a fact with a question mark left
 * on it (W21 L2). Only lines of fact say so (who decides, who is collecting the data, by when); an
 * idea offered with a "maybe" ("maybe the counselor could do it") is an idea, and reads as one.
 * The flows name a letter's unsure lines (`DraftParams.unsure`); the letter drafted from the notes
 * reads them from the answers. Pure; the words it reads are content (letters.unsure).
 */
import { once, shippedWords, type ContentCatalog } from '../../content/catalog.js';
import { factOf } from './letter-facts.js';

/** Letter variables that carry an answer of fact, which the parent may be unsure of. */
export const FACT_LINES: ReadonlySet<string> = new Set(['decider', 'decided_by', 'collection', 'by_when', 'missing_data', 'meanwhile', 'decision', 'next_meeting']);

const UNSURE = once(() => shippedWords('letters.unsure').map((p) => new RegExp(p, 'i')));
/** A content key (a button's sentence): never the parent's unsure words. */
const CONTENT_KEY = /^[a-z0-9-]+(?:\.[a-z0-9_-]+)+$/;

/** Is this typed answer hedged (and still a fact: "not sure" alone says nothing, and the line is left out)? */
export function isUnsure(typed: string | undefined): boolean {
  const t = (typed ?? '').trim();
  if (!t || CONTENT_KEY.test(t) || factOf(t) === '') return false;
  return UNSURE().some((p) => p.test(t));
}

/** The letter lines of fact (by variable) whose answers are hedged: `{ unsure }` when any is, else nothing. */
export function unsureLines(answers: readonly (readonly [string, string | undefined])[]): { unsure?: string[] } {
  const unsure = answers.filter(([name, typed]) => FACT_LINES.has(name) && isUnsure(typed)).map(([name]) => name);
  return unsure.length ? { unsure } : {};
}

/** A letter's variables with each unsure line said as unsure, its question mark dropped. */
export function withUnsureAnswers<V extends Record<string, string | undefined>>(content: ContentCatalog, vars: V, unsure: readonly string[]): V {
  const out: Record<string, string | undefined> = { ...vars };
  for (const name of unsure) {
    const words = out[name]?.trim().replace(/[\s?]+$/, '');
    if (!words || CONTENT_KEY.test(words)) continue;
    const own = `case-file.letter.unsure.${name.replace(/_/g, '-')}`;
    out[name] = content.render(content.has(own) ? own : 'case-file.letter.unsure', { words });
  }
  return out as V;
}

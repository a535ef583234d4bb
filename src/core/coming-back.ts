/**
 * A parent coming back to a waiting question (fifteenth walk, W15-3 and W15-13): a greeting or a
 * return typed there ("hi, back again", "sorry I've been away, where were we") is read as that,
 * never as the question's answer (content/words/input.yaml, `input-words.returning`). The rule is
 * pure and takes the word lists, so the engine (its catalog) and the daily log's reasons (the
 * shipped words) read the same one.
 */
import { straightApostrophes } from './flow-kit.js';

/** The topic of a return's words kept as the parent's ("…mum was in hospital"). */
export const RETURNED_TOPIC = 'engine.returned';

type Words = (key: string) => readonly string[];

const SEPARATOR = /^[\s,.!;:()-]+/;

type Patterns = { greeting: RegExp; returning: RegExp; maybe: RegExp; apology: RegExp; filler: RegExp; anywhere: RegExp };

const made = new WeakMap<Words, Patterns>();

function patterns(words: Words): Patterns {
  let p = made.get(words);
  if (!p) {
    const alt = (key: string) => words(key).join('|');
    const opening = (key: string) => new RegExp(`^(?:${alt(key)})\\b`);
    p = {
      greeting: opening('input-words.greeting'),
      returning: opening('input-words.returning'),
      maybe: opening('input-words.returning-maybe'),
      apology: opening('input-words.returning-apology'),
      filler: opening('input-words.returning-filler'),
      anywhere: new RegExp(`\\b(?:${alt('input-words.returning')})\\b`, 'g'),
    };
    made.set(words, p);
  }
  return p;
}

/** What the engine knows of the parent: `away`, over the half hour since their last turn, or a reminder has asked the question again since. */
export interface ReturnSigns {
  away?: boolean;
}

/** What follows a return's words up to the sentence's first break is only filler, or nothing: it stands alone ("I've been ill."), not going on ("I've been ill so she stayed home"). */
function standsAlone(after: string, filler: RegExp): boolean {
  for (let rest = after; ; ) {
    rest = rest.trimStart();
    if (rest === '' || /^[,.!?;:()-]/.test(rest)) return true;
    const m = filler.exec(rest);
    if (!m) return false;
    rest = rest.slice(m[0].length);
  }
}

/**
 * A greeting or a return: `carries` is the whole message when it says something more (kept as the
 * parent's words), '' when it says only that. Null for anything else, an answer that opens with a
 * greeting included. "I've been ill…" and "it's been weeks…" (`input-words.returning-maybe`) are a
 * return only beside a greeting, an apology or a sure return ("I'm back", "where were we"), or
 * when the parent has been away and they stand alone (review21 R1: "I've been ill so she stayed
 * home" goes on into the answer); otherwise they begin an answer (review20 R2).
 */
export function returnMessage(text: string, words: Words, signs: ReturnSigns = {}): { carries: string } | null {
  const p = patterns(words);
  let rest = straightApostrophes(text.toLowerCase()).trim();
  const seen = { returning: false, maybe: false, greeting: false, apology: false, alone: false };
  for (;;) {
    rest = rest.replace(SEPARATOR, '');
    const step = (['returning', 'maybe', 'greeting', 'apology', 'filler'] as const).map((k) => [k, p[k].exec(rest)] as const).find(([, m]) => m !== null);
    if (!step) break;
    const [kind, m] = step;
    if (kind !== 'filler') seen[kind] = true;
    rest = rest.slice(m?.[0].length ?? rest.length);
    if (kind === 'maybe' && standsAlone(rest, p.filler)) seen.alone = true;
  }
  const signed = seen.greeting || seen.apology || (signs.away === true && seen.alone) || rest.search(p.anywhere) >= 0;
  const returned = seen.returning || (seen.maybe && signed);
  if (!returned && !(seen.greeting && rest === '')) return null;
  const left = rest.replace(p.anywhere, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  return { carries: left === '' ? '' : text.trim() };
}

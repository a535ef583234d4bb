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

const made = new WeakMap<Words, { greeting: RegExp; returning: RegExp; filler: RegExp; returningAnywhere: RegExp }>();

function patterns(words: Words) {
  let p = made.get(words);
  if (!p) {
    const alt = (key: string) => words(key).join('|');
    p = {
      greeting: new RegExp(`^(?:${alt('input-words.greeting')})\\b`),
      returning: new RegExp(`^(?:${alt('input-words.returning')})\\b`),
      filler: new RegExp(`^(?:${alt('input-words.returning-filler')})\\b`),
      returningAnywhere: new RegExp(`\\b(?:${alt('input-words.returning')})\\b`, 'g'),
    };
    made.set(words, p);
  }
  return p;
}

/**
 * A greeting or a return: `carries` is the whole message when it says something more (kept as the
 * parent's words), '' when it says only that. Null for anything else, an answer that opens with a
 * greeting included.
 */
export function returnMessage(text: string, words: Words): { carries: string } | null {
  const p = patterns(words);
  let rest = straightApostrophes(text.toLowerCase()).trim();
  let returned = false;
  let greeted = false;
  for (;;) {
    rest = rest.replace(SEPARATOR, '');
    const step = [p.returning, p.greeting, p.filler].map((r) => r.exec(rest)).find((m) => m !== null);
    if (!step) break;
    if (p.returning.test(rest)) returned = true;
    else if (p.greeting.test(rest)) greeted = true;
    rest = rest.slice(step[0].length);
  }
  if (!returned && !(greeted && rest === '')) return null;
  const left = rest.replace(p.returningAnywhere, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  return { carries: left === '' ? '' : text.trim() };
}

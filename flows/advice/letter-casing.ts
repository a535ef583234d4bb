/**
 * The parent's typing, tidied for a letter's lines only (the notes keep their words as typed):
 * known acronyms upper-case ("camhs" → "CAMHS", "tas" → "TAs"), month and day names capitalised
 * ("october" → "October"; "may" only where it is the month), "year 6" → "Year 6" in England and
 * Wales (a US "grade 6" stays), a lone "i" → "I", and common contractions typed without their
 * apostrophe ("cant" → "can't"). Words already written with care are left as they are. The word
 * lists are content (content/words/letters.yaml: `letters.tidy-*`). Pure.
 */
import { once, shippedWords } from '../../src/content/catalog.js';
import { factOf } from '../../src/features/advice/letter-facts.js';

/** Where the school year is "Year 6" (content/prompts/profile.yaml's places). */
const YEAR_PLACES: ReadonlySet<string> = new Set(['england', 'wales']);

/** Each word list as a map from the word as typed (lower case, no apostrophe) to how a letter writes it. */
const asTyped = (key: string) => new Map(shippedWords(key).map((w) => [w.toLowerCase().replace(/['’]/g, ''), w] as const));
const ACRONYMS = once(() => asTyped('letters.tidy-acronyms'));
const NAMES = once(() => asTyped('letters.tidy-names'));
const APOSTROPHES = once(() => asTyped('letters.tidy-apostrophes'));

/** A word (letters, an apostrophe inside), not part of "i.e." or an email address. */
const WORD = /(?<![\w.@'’])([A-Za-z]+(?:['’][A-Za-z]+)?)(?![\w@]|\.\w)/g;
/** "may" is the month beside a number ("may 3rd", "3 may") or after these ("in may", "since may"). */
const MAY_MONTH = /(?:\b(?:in|since|until|till|from|before|after|of|early|late|mid|end|start|beginning|last|next|this)\s+|\d(?:st|nd|rd|th)?\s+)$/i;
const NUMBER_NEXT = /^\s+\d/;
const YEAR = /\b(?:year|yr)\s?(\d{1,2})\b/gi;

function tidyWord(word: string, before: string, after: string): string {
  const lower = word.toLowerCase();
  if (lower === 'i') return 'I';
  // "i'm", "i've": the apostrophe typed, the "i" not capitalised.
  if (/^i['’](?:m|ve|d|ll)$/.test(lower)) return `I${word.slice(1)}`;
  const bare = lower.replace(/['’]/g, '');
  const acronym = ACRONYMS().get(bare) ?? (bare.endsWith('s') ? ACRONYMS().get(bare.slice(0, -1)) : undefined);
  if (acronym) return acronym.toLowerCase() === bare ? acronym : `${acronym}s`;
  if (lower === 'may') return MAY_MONTH.test(before) || NUMBER_NEXT.test(after) ? 'May' : word;
  const name = NAMES().get(bare);
  if (name) return name;
  // Only a word typed without its apostrophe ("cant"): one typed with it is the parent's own.
  if (!/['’]/.test(word)) {
    const contraction = APOSTROPHES().get(bare);
    // Kept in the parent's case at its start ("Cant" → "Can't"); "I'm" always with its capital.
    if (contraction) return contraction.startsWith('I') ? contraction : word[0] === word[0]?.toUpperCase() ? contraction[0]?.toUpperCase() + contraction.slice(1) : contraction;
  }
  return word;
}

/** The parent's typed words as a letter sets them down, for a family in `place`. */
export function tidyTyping(text: string, place: string): string {
  const words = text.replace(WORD, (word: string, _w: string, at: number) => tidyWord(word, text.slice(Math.max(0, at - 20), at), text.slice(at + word.length, at + word.length + 4)));
  return YEAR_PLACES.has(place) ? words.replace(YEAR, (_m, n: string) => `Year ${n}`) : words;
}

/** A content key (a button's sentence, "no-data.letter.not-said"): rendered later, never tidied. */
const CONTENT_KEY = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** `factOf` for a letter's line (fillers out, "no idea" a blank), then tidied for a family in `place`. */
export function letterFactFor(place: string): (typed: string | undefined) => string {
  return (typed) => {
    const fact = factOf(typed);
    return CONTENT_KEY.test(fact) ? fact : tidyTyping(fact, place);
  };
}

/**
 * What a parent typed, made safe to use: control characters removed, whitespace tidied,
 * and the few kinds of input we cannot work with recognised so they get a kind reply.
 */
import type { ContentCatalog } from '../content/catalog.js';
import { straightApostrophes } from './flow-kit.js';
import { MAX_TEXT_CHARS } from './types.js';

export type InputProblem = 'empty' | 'too_long' | 'no_words' | 'language';

// C0/C1 controls except tab and newline; zero-width and bidi overrides too.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanText(raw: string): string {
  return raw.replace(CONTROL, '').replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}

/** The common words of English and of other languages in the Latin script (content/words/input.yaml). */
export interface OtherLanguages {
  english: ReadonlySet<string>;
  others: readonly ReadonlySet<string>[];
}

/** The languages with a word list (`input-words.language.<code>`): those parents here most often write in. */
const OTHER_LANGUAGES = ['es', 'cy', 'fr', 'pt', 'pl', 'de'] as const;

export function otherLanguages(content: ContentCatalog): OtherLanguages {
  const set = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
  return { english: set(content.words('input-words.english')), others: OTHER_LANGUAGES.map((code) => set(content.words(`input-words.language.${code}`))) };
}

/**
 * A name: two capitalised words or more, perhaps joined by a small word ("Ysgol y Preseli", "Maria
 * de la Cruz", "Pennaeth, Ysgol y Garth" holds one). Left out before the words are counted: a
 * Welsh school's name is not a message in Welsh.
 */
const JOINERS = '(?:y|yr|de|da|do|dos|das|del|la|le|van|von|der|den|of|the)';
const NAME = new RegExp(`\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:${JOINERS}\\s+)?\\p{Lu}[\\p{L}'\u2019-]*)+`, 'gu');
/** NAME for a message all in ASCII (most of them), where \p{Lu} is A-Z and \p{L} is A-Z and a-z: the same matches, faster. */
const ASCII_NAME = new RegExp(`[A-Z][A-Za-z'-]*(?:\\s+(?:${JOINERS}\\s+)?[A-Z][A-Za-z'-]*)+`, 'g');
const ASCII = /^[\x00-\x7f]*$/;

/**
 * A message of two words or more that is mostly the common words of one other language, and has
 * more of them than of English: "¿Habla español?", "Mae'r ysgol wedi dweud na". A name, or a
 * borrowed phrase in an English sentence, is not.
 */
function inOtherLanguage(text: string, languages: OtherLanguages, ascii: boolean): boolean {
  const words = (ascii ? text.replace(ASCII_NAME, ' ').toLowerCase().match(/[a-z]+(?:'[a-z]+)*/g) : straightApostrophes(text.replace(NAME, ' ').toLowerCase()).match(/\p{L}+(?:'\p{L}+)*/gu)) ?? [];
  if (words.length < 2) return false;
  const english = wordsIn(words, languages.english);
  return languages.others.some((lang) => {
    const hits = wordsIn(words, lang);
    return hits >= 2 && hits * 2 >= words.length && hits > english;
  });
}

function wordsIn(words: readonly string[], list: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (list.has(w)) n++;
  return n;
}

/** Runs of letters or digits, and of Latin letters or digits (counted, never listed one by one). */
const LETTERS = /[\p{L}\p{N}]+/gu;
const LATIN = /[\p{Script=Latin}\p{N}]+/gu;

function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) n++;
  }
  return n;
}

/** How many characters (code points) of `text` the runs of `runs` cover. */
function count(text: string, runs: RegExp): number {
  let n = 0;
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const run = m[0];
    n += run.length;
    // A character beyond the BMP is two UTF-16 units (a surrogate pair): one character.
    for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) >= 0xdc00 && run.charCodeAt(i) <= 0xdfff) n--;
  }
  return n;
}

/** Returns the reason we cannot use this text, or null when it is fine. */
export function inputProblem(text: string, languages?: OtherLanguages): InputProblem | null {
  if (text.length === 0) return 'empty';
  if (text.length > MAX_TEXT_CHARS) return 'too_long';
  // In ASCII every letter and digit is [A-Za-z0-9], and every one of them Latin or a digit.
  const ascii = ASCII.test(text);
  const letters = ascii ? asciiLetters(text) : count(text, LETTERS);
  if (letters === 0) return 'no_words';
  // Mostly non-Latin script in a sentence-length message: we can only help in English for now.
  // Short inputs (a child's nickname in any script) are fine.
  if (!ascii && letters >= 8 && count(text, LATIN) / letters < 0.5) return 'language';
  if (languages && inOtherLanguage(text, languages, ascii)) return 'language';
  return null;
}

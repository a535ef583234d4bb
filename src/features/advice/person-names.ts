/**
 * Reading a person's name as the parent gives it: letters in any script ("Nguyễn", "Müller",
 * "Zoë"), apostrophes and hyphens inside ("O'Neill", "Smith-Jones", "al-Amin"), and the small
 * words that belong to a surname ("van der Berg", "De Souza", "Ó Briain", "St John",
 * "Mac Giolla Phádraig"), kept as the parent typed them. The particles and titles are content
 * (`school.surname-particles`, `school.titles` in content/words/school.yaml). Pure.
 */
import { once, shippedAlternation } from '../../content/catalog.js';

/** A letter of a name, in any script, with its accents. */
const NAME_LETTER = '[\\p{L}\\p{M}]';
/** Not followed by a letter (where `\b` would cut "Nguyễn" after "Nguy"). */
export const NAME_END = '(?![\\p{L}\\p{M}\\p{N}_])';
/** A title before a name. */
const TITLES = once(() => shippedAlternation('school.titles'));
/** A particle of a surname, as a pattern part (one word: "van", "Ó", "St."). */
const PARTICLE = once(() => `(?:${shippedAlternation('school.surname-particles')})\\.?`);
/**
 * A titled name as a pattern part, for regular expressions with the `iu` flags: the title,
 * initials ("Mrs A. Fenwick"), particles ("Mr O Briain"), then the surname's first word.
 */
export const TITLED_NAME = once(
  () => `(?:${TITLES()})\\.?\\s+(?:[a-z]\\.?\\s+){0,2}(?:${PARTICLE()}\\s+){0,3}${NAME_LETTER}[\\p{L}\\p{M}'’-]*${NAME_LETTER}${NAME_END}`,
);

const TITLE_AT = once(() => new RegExp(`(?<![\\p{L}\\p{M}])(${TITLES()})\\.?\\s+`, 'iu'));
const IS_PARTICLE = once(() => new RegExp(`^${PARTICLE()}$`, 'iu'));
const CAPITAL_PARTICLE = once(() => new RegExp(`^(?:${shippedAlternation('school.surname-particles-capital')})\\.?$`, 'iu'));
/** A word of a name as typed, any case ("dunn", "Nguyễn", "O'Neill", "Smith-Jones"). */
const WORD = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;
/** A name-word as a signature writes it: a capital, then lower case ("McLeod", "Müller"; not "SENCO", "said"). */
const CAPITAL_WORD = /^\p{Lu}[\p{Ll}\p{M}]*(?:['’-]?\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const INITIAL = /^\p{L}\.?$/u;
/** A word that starts a school role ("Head of Year", "SENCO"): never a surname. */
const ROLE_START = once(() => new RegExp(`^(?:${shippedAlternation('school.roles')}|${shippedAlternation('school.authority')})\\b`, 'i'));
/** A family name written first ("Nguyen" in "Mr Nguyen Van Anh"): the surname, whatever follows. */
const FAMILY_FIRST = once(() => new RegExp(`^(?:${shippedAlternation('school.family-first-surnames')})$`, 'iu'));
/** The first of a Spanish double surname ("López" in "López García"). */
const DOUBLE_FIRST = once(() => new RegExp(`^(?:${shippedAlternation('school.double-surname-first')})$`, 'u'));

interface Token {
  word: string;
  /** Punctuation after it (or a bracket before the next) ends the name there. */
  last: boolean;
}

/** The words after a title, up to punctuation that ends a name ("Hill, Headteacher", "Patel (SENCO)"). */
function tokensOf(rest: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of rest.split(/\s+/).slice(0, 8)) {
    if (!raw || /^[("“'‘[]/.test(raw)) break;
    const m = /^(.*?)([.,;:!?)"”\]]*)$/u.exec(raw) as RegExpExecArray;
    const word = m[1] as string;
    const tail = m[2] as string;
    if (!word) break;
    // "A." and "St." keep their dot; any other punctuation, or a dot after a word, ends the name.
    const dotted = tail === '.' && (INITIAL.test(`${word}.`) || IS_PARTICLE().test(word));
    tokens.push({ word: dotted ? `${word}.` : word, last: tail !== '' && !dotted });
    if (tail !== '' && !dotted) break;
  }
  return tokens;
}

const isParticle = (t: Token | undefined) => t !== undefined && IS_PARTICLE().test(t.word);
/** Words that follow a name in a sentence, never a surname after a particle typed in lower case ("ms le said no"). */
const NOT_A_SURNAME = once(() => new RegExp(`^(?:${shippedAlternation('school.speaker-verbs')}|is|was|has|at|from|in|on|the|and|who|about)$`, 'i'));

/** The words from token `i` on, as one phrase ("Deputy Head"). */
const wordsFrom = (tokens: readonly Token[], i: number) => tokens.slice(i).map((t) => t.word).join(' ');

/**
 * A particle belongs to the word after it: a name ("O Briain"), another particle ("van der"), or
 * typed all in lower case ("de souza"); never a role ("Mrs Le Head": "Head" is her role).
 */
function joins(tokens: readonly Token[], i: number, typedAny: boolean): boolean {
  const p = tokens[i] as Token;
  const next = tokens[i + 1] as Token;
  if (ROLE_START().test(wordsFrom(tokens, i + 1))) return false;
  if (isParticle(next) || CAPITAL_WORD.test(next.word)) return true;
  return typedAny && p.word === p.word.toLowerCase() && WORD.test(next.word) && !NOT_A_SURNAME().test(next.word);
}

/**
 * One name from `at`: particles, then a word of two letters or more. `typedAny` for the first
 * name after a title, typed in any case ("mrs hughes"); later ones must be written as names are
 * ("Cole", not "said" or "Headteacher").
 */
function unitAt(tokens: readonly Token[], at: number, typedAny: boolean): { words: string[]; next: number } | undefined {
  const words: string[] = [];
  let i = at;
  for (let t = tokens[i]; words.length < 3 && t && isParticle(t) && !t.last && tokens[i + 1] && joins(tokens, i, typedAny); t = tokens[i]) {
    words.push(t.word);
    i++;
  }
  const t = tokens[i];
  if (!t || !WORD.test(t.word.replace(/\.$/, '')) || INITIAL.test(t.word)) return undefined;
  // A role after the name ("Mr Smith Deputy Head", "Mrs Abdi Attendance Officer") is not a surname.
  if (!typedAny && (!CAPITAL_WORD.test(t.word) || ROLE_START().test(wordsFrom(tokens, i)))) return undefined;
  words.push(t.word);
  return { words, next: i + 1 };
}

/** "mcleod" is "McLeod", "o'brien" is "O'Brien", "dunn" is "Dunn": a word typed in lower case, its first letter. */
const CAP = (w: string) => w.replace(/^(mc|o')?(.)/iu, (_m, pre: string | undefined, c: string) => (pre ? pre.charAt(0).toUpperCase() + pre.slice(1).toLowerCase() : '') + c.toUpperCase());

/** A surname as written in a greeting: as typed, a word typed all in lower case with its capital. */
function written(words: readonly string[]): string {
  return words
    .map((w, i) => {
      if (w !== w.toLowerCase()) return w;
      // "ms le": a particle on its own is the surname ("Ms Le").
      if (IS_PARTICLE().test(w) && i < words.length - 1) return CAPITAL_PARTICLE().test(w) ? CAP(w) : w;
      return w.split('-').map(CAP).join('-');
    })
    .join(' ');
}

/**
 * The name a letter greets, from what the parent said about who said it: "Mr Dunn",
 * "mrs patel (SENCO)", "it was Dr. Khan at the meeting", "Ms Nguyễn", "Mr O Briain",
 * "Ms Anna van der Berg" give "Mr Dunn", "Mrs Patel", "Dr Khan", "Ms Nguyễn", "Mr O Briain",
 * "Ms van der Berg". A bare role ("the SENCO", "the district") or a button id gives '' (the
 * letter asks for a name).
 */
export function greetingName(who: string | undefined): string {
  const w = (who ?? '').normalize('NFC').trim();
  const m = TITLE_AT().exec(w);
  if (!m) return '';
  const title = (m[1] as string).toLowerCase();
  const tokens = tokensOf(w.slice(m.index + m[0].length));
  let at = 0;
  // Initials ("Mrs A. Fenwick", "Mr J Patel"), but not "O" or "Ó" before a name ("Mr O Briain").
  while (at < 2 && tokens[at] && INITIAL.test((tokens[at] as Token).word) && !(isParticle(tokens[at]) && !tokens[at]?.word.endsWith('.')) && tokens[at + 1]) at++;
  const first = unitAt(tokens, at, true);
  if (!first) return '';
  // "Dr. Raymond Cole", "Ms Anna van der Berg": the last of the names written after it is the surname.
  let surname = first.words;
  let next = first.next;
  // "Mr Nguyen Van Anh": a family name written first is the one a letter greets.
  const familyFirst = first.words.length === 1 && FAMILY_FIRST().test(first.words[0] as string);
  const firstWritten = CAPITAL_WORD.test(first.words.at(-1) as string) && !familyFirst;
  for (let n = 0; n < 2 && firstWritten && !tokens[next - 1]?.last; n++) {
    const later = unitAt(tokens, next, false);
    if (!later) break;
    // "Ms Ana López García": both surnames; otherwise the last name written.
    const double = n > 0 && surname.length === 1 && DOUBLE_FIRST().test(surname[0] as string) && later.words.length === 1;
    surname = double ? [...surname, ...later.words] : later.words;
    next = later.next;
  }
  return `${CAP(title)} ${written(surname)}`;
}

/**
 * The words with the titled name in them written as a letter greets it ("his case manager, ms
 * rodriguez" gives "his case manager, Ms Rodriguez"; "mrs anna van der berg" gives "Mrs Anna van
 * der Berg"): each word from the title to the surname typed all in lower case, with its capital
 * (a particle as a greeting writes it). Words already written with capitals stay as they are.
 */
export function withNamesCased(text: string): string {
  const greeting = greetingName(text);
  const m = TITLE_AT().exec(text.normalize('NFC'));
  if (!greeting || !m) return text;
  const t = text.normalize('NFC');
  const surname = greeting.split(' ').slice(1);
  const after = t.slice(m.index + m[0].length);
  const words = after.split(/(\s+)/);
  // The name runs to the surname's last word (or the first word, when not found as typed).
  const last = (surname.at(-1) ?? '').toLowerCase();
  let end = words.findIndex((w, i) => i % 2 === 0 && w.replace(/[^\p{L}\p{M}'’-]/gu, '').toLowerCase() === last);
  if (end < 0) end = 0;
  const name = words.slice(0, end + 1).filter((_, i) => i % 2 === 0).map((w) => w.replace(/[^\p{L}\p{M}'’.-]+$/u, ''));
  const trail = (words[end] ?? '').slice(name.at(-1)?.length ?? 0);
  const cased = written(name);
  const title = CAP(m[1] as string) + m[0].slice((m[1] as string).length);
  return t.slice(0, m.index) + title + cased + trail + words.slice(end + 1).join('');
}

/** A word of a name as a signature writes it, as a pattern part ("Zoë", "McLeod", "O'Neill"). */
const SIGNED_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’-]?\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
/** Names as a signature writes them, particles between ("Siobhán Ní Bhriain", "Maria de la Cruz"): one to three. */
const SIGNED = once(() => `${SIGNED_WORD}(?: (?:(?:${shippedAlternation('school.surname-particles')}) )*${SIGNED_WORD}){0,2}`);
const SIGNED_ONLY = once(() => new RegExp(`^${SIGNED()}$`, 'u'));
const SIGNED_START = new RegExp(`^${SIGNED_WORD} ${SIGNED_WORD}`, 'u');

/**
 * A name typed without a title, as a signature writes it ("Sarah Jones", "Zoë Clarke", "Siobhán
 * Ní Bhriain"), as typed; '' for anything else. `words`: at least this many names (2 for a name
 * a letter can greet as it is; 1 for a name typed where a name was asked for).
 */
export function plainName(text: string, words: 1 | 2): string {
  const t = text.normalize('NFC').trim().replace(/[.!]+$/, '');
  return SIGNED_ONLY().test(t) && (words === 1 || / /.test(t)) ? t : '';
}

/** Starts with two names as a signature writes them ("Sarah Jones, Attendance", "Zoë Clarke"). */
export function startsWithPlainName(text: string): boolean {
  return SIGNED_START.test(text.normalize('NFC'));
}

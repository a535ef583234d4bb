/**
 * A past day named by its number ("Thursday 14th", "on the 26th", "Friday 15 February"): the
 * number says which day, not the weekday beside it. Read as the last weekday of that name, "Friday
 * 15 February" said a fortnight later had been dated the Friday just gone, in the notes and a
 * letter. Dates through luxon, in UTC calendar days (the parent's own day comes in as `today`).
 */
import { DateTime } from 'luxon';

const WEEKDAYS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
const WEEKDAY = `(${WEEKDAYS.join('|')})day`;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A month's name with one slip of typing (review11 2): a letter dropped ("Agust", "Januar", for
 * names of six letters or more), doubled ("Aprill") or two side by side swapped ("Janaury",
 * "Ocotber"). Never a change to a short name ("may", "june" and "july" only swapped or doubled),
 * so no ordinary word becomes a month.
 */
function slipsOf(name: string): string[] {
  const slips = new Set<string>();
  for (let i = 0; i < name.length; i++) {
    if (name.length >= 6) slips.add(name.slice(0, i) + name.slice(i + 1));
    slips.add(name.slice(0, i + 1) + name.slice(i));
    if (i + 1 < name.length) slips.add(name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2));
  }
  return [...slips].filter((w) => w !== name && w.length >= 4 && !MONTH_NAMES.includes(w));
}
const SLIPS = MONTH_NAMES.filter((n) => n.length > 3).flatMap(slipsOf).sort((a, b) => b.length - a.length);

/** Prefixes of a month's name that are words or names of their own, never a month ("Marc 3"). */
const NOT_MONTHS = new Set(['marc']);

/**
 * A month's name cut short, three letters or more of it ("decemb 14", "novem", "sept", "jun"): only
 * ever the start of the name, so a longer word that begins like one ("maybe", "marching", "junk",
 * "novels") never is (review12).
 */
const CUT = MONTH_NAMES.flatMap((n) => Array.from({ length: n.length - 2 }, (_, i) => n.slice(0, i + 3)))
  .filter((w) => !NOT_MONTHS.has(w))
  .sort((a, b) => b.length - a.length);

/**
 * A month's name, in full, cut short to three letters or more ("Sept", "decemb"), or misspelt the usual ways ("Febuary", "Janaury",
 * "Agust"), never a word that only begins like one: "maybe 8" is not May 8, nor "decided 14" a day
 * in December, nor "marching 3" in March (W13-2).
 */
export const MONTH = `(?:jan(?:[a-z]*ary)?|feb(?:[a-z]*ary)?|sep(?:[a-z]*ber)?|oct(?:[a-z]*ber)?|nov(?:[a-z]*ber)?|dec(?:[a-z]*ber)?|${CUT.join('|')}|${SLIPS.join('|')})(?![a-z])`;

const SLIPPED = new RegExp(`\\b(?:${SLIPS.join('|')})(?![a-z])`, 'gi');

/** The words with a month's name slipped in typing spelt right ("16 Janaury" → "16 january"), for a date reader that knows only the names. */
export function withMonthsMended(words: string): string {
  return words.replace(SLIPPED, (w) => MONTH_NAMES[monthOf(w)] ?? w);
}

const WHOLE_MONTH = new RegExp(`^${MONTH}$`, 'i');

/**
 * The month (0-11) a word names, when the whole word is a month's name by MONTH ("Sept", "nov",
 * "Agust"); -1 for a word that only begins like one ("maybe", "marching", "junk"). The daily log's
 * date readers read months by it, so "maybe 8" is no date anywhere (review11/fix2's note).
 */
export function monthNamed(word: string): number {
  return WHOLE_MONTH.test(word) ? monthOf(word) : -1;
}

/** The month (0-11) a name read by MONTH stands for ("Sept", "Agust", "Ocotber"); -1 for none. */
export function monthOf(word: string): number {
  const w = word.toLowerCase();
  const exact = MONTH_NAMES.findIndex((n) => n.startsWith(w.slice(0, 3)));
  return exact >= 0 ? exact : MONTH_NAMES.findIndex((n) => slipsOf(n).includes(w));
}

/** A day's number: an ordinal ("14th"), or a number before a month ("15 February", "15 of Feb"). */
const NUMBER = `(?:the\\s+)?\\d{1,2}(?:(?:st|nd|rd|th)\\b|\\s+(?:of\\s+)?${MONTH})`;

/** A weekday with a day's number after it, as one day ("Friday 15 February", "Thursday the 14th", a US mail header's "Thursday, February 14, 2030"). */
export const WEEKDAY_AND_NUMBER = `${WEEKDAY.replace('(', '(?:')},?\\s+(?:${NUMBER}(?:\\s+${MONTH})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?)`;

/** The weekday before a day's number: left out, so the number (and month) is read alone. */
const WEEKDAY_BEFORE_NUMBER = new RegExp(`\\b${WEEKDAY},?\\s+(?=${NUMBER}|${MONTH}\\s+\\d)`, 'gi');

/**
 * "the 26th", "Thursday 14th", "on Wednesday the 20th, at pick-up": an ordinal ending the words,
 * a clause, or before a small joining word. Never a count ("the 3rd time", "the 1st review", "the
 * 2nd week of January"), nor a day with its month (read as a date elsewhere).
 */
const ORDINAL = new RegExp(
  `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*$|\\s*[,.;:!?)]|\\s+(?:at|in|on|when|and|but|after|before|during|so|because|by|as|if|or)\\b)`,
  'i',
);

/** The words with a weekday before a day's number left out ("Friday 15 February" → "15 February"). */
export function withoutWeekdayBeforeNumber(words: string): string {
  return words.replace(WEEKDAY_BEFORE_NUMBER, '');
}

/**
 * The day numbered as the words say (`YYYY-MM-DD`), this month or the one before (`past`, on or
 * before `today`: when something was said) or after (`ahead`, on or after it: when something is
 * due): the one on the weekday named, when there is one; else the nearest such day (the number
 * wins: the letter's date check shows it). Undefined when the words hold no ordinal.
 */
function numberedDay(words: string, today: string, way: 'past' | 'ahead'): string | undefined {
  const m = ORDINAL.exec(words);
  const start = DateTime.fromISO(today, { zone: 'UTC' });
  if (!m || !start.isValid) return undefined;
  const n = Number(m[2]);
  const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) + 1 : 0;
  let nearest: DateTime | undefined;
  for (let step = 0; step < 2; step++) {
    const month = start.startOf('month').plus({ months: way === 'past' ? -step : step });
    if (n < 1 || n > (month.daysInMonth ?? 31)) continue;
    const d = month.set({ day: n });
    if (way === 'past' ? d > start : d < start) continue;
    nearest ??= d;
    if (!weekday || d.weekday === weekday) return d.toISODate() ?? undefined;
  }
  return nearest?.toISODate() ?? undefined;
}

/** When something was said: "Thursday 14th", "on the 26th" (see numberedDay). */
export const lastNumberedDay = (words: string, today: string): string | undefined => numberedDay(words, today, 'past');
/** When something is due: "by Friday 18th", "by the 18th" (see numberedDay). */
export const nextNumberedDay = (words: string, today: string): string | undefined => numberedDay(words, today, 'ahead');

/**
 * Letters are built from facts, not from chat. This turns what a parent typed into what a
 * letter may carry: fillers dropped ("as I said", "I just said", "I told you"), answers that
 * say nothing ("no idea", "not sure") left out, relative and numeric dates made real dates
 * (chrono-node, with the parent's place deciding whether 05/11 is May or November), and the
 * person a letter greets ("Dear Mr Dunn") taken from what the parent said about who said it.
 * Pure functions; no words of the bot's own live here.
 */
import { createRequire } from 'node:module';

/**
 * chrono-node's English parsers only (its other locales are most of its load time), loaded on
 * the first date read rather than at start-up: most runs never draft a letter.
 */
type ChronoEn = typeof import('chrono-node/en');
let chronoEn: ChronoEn | undefined;
const english = (): ChronoEn => (chronoEn ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEn);

/** Openers and asides that belong to the chat, never to a letter. */
const FILLERS = [
  /\b(?:as|like) i (?:just )?(?:said|told you|mentioned|wrote)\b[,.:;!]*/gi,
  /\bi (?:just |already )?(?:said|told you|mentioned)(?: (?:that|this|it))?(?: (?:already|before|earlier))?\b[,.:;!]*/gi,
  /\b(?:i (?:already )?(?:said|told you)|see above|same as (?:before|above))\b[,.:;!]*/gi,
  /^(?:so|well|um+|uh+|erm+|ok(?:ay)?|yeah|basically|honestly|lol)\b[,.!]*\s*/gi,
];

/** Whole answers that give no fact. */
const NO_FACT = /^(?:no idea|idk|i (?:don'?t|do not) know|dunno|not sure|unsure|no clue|nothing|none|n\/a|na|\?+|-+|same|same as (?:before|above)|see above)[.!?\s]*$/i;

/** The parent's answer as a letter may carry it, or '' when it carries no fact. */
export function factOf(text: string | undefined): string {
  let t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t || NO_FACT.test(t)) return '';
  for (let i = 0; i < 3; i++) {
    const before = t;
    for (const f of FILLERS) t = t.replace(f, ' ');
    t = t.replace(/\s+/g, ' ').replace(/^[\s,.;:!-]+/, '').trim();
    if (t === before) break;
  }
  if (!t || NO_FACT.test(t)) return '';
  return t;
}

// ---- Dates ------------------------------------------------------------------------------------

export interface FoundDate {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** More than a year before `at`, or after it: worth checking with the parent. */
  doubtful: boolean;
}

const DAY_MS = 86_400_000;

function iso(d: Date): string {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())).toISOString().slice(0, 10);
}

/**
 * The day a past event happened, from the parent's words, relative to when they answered.
 * `monthFirst` reads 05/11 as 11 May (US); otherwise it is 5 November. A day and month with no
 * year is the latest such day not after `at`. Undefined when the words name no day.
 */
export function pastDate(text: string, at: string, monthFirst: boolean): FoundDate | undefined {
  const ref = new Date(at);
  if (Number.isNaN(ref.getTime()) || !text.trim()) return undefined;
  const parser = monthFirst ? english().casual : english().GB;
  const [found] = parser.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  if (!found) return undefined;
  const when = found.start.date();
  if (found.start.isCertain('month') && !found.start.isCertain('year') && when.getTime() > ref.getTime() + DAY_MS) when.setFullYear(when.getFullYear() - 1);
  const date = iso(when);
  return { date, doubtful: isDoubtfulDay(date, at) };
}

/** A past event's day that is worth checking: after `at`, or more than a year before it. */
export function isDoubtfulDay(isoDate: string, at: string): boolean {
  const ref = new Date(at);
  if (Number.isNaN(ref.getTime())) return false;
  const today = iso(ref);
  const yearAgo = iso(new Date(ref.getTime() - 365 * DAY_MS));
  return isoDate > today || isoDate < yearAgo;
}

/** A date for a letter: `2026-11-20` as "20 November 2026" (or "November 20, 2026" in the US). */
export function letterDay(isoDate: string, monthFirst: boolean): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return d.toLocaleDateString(monthFirst ? 'en-US' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

// ---- Who the letter greets ---------------------------------------------------------------------

const TITLE = /\b(mr|mrs|ms|miss|mx|dr|prof)\.?\s+([a-z][a-z'-]+(?:-[a-z][a-z'-]+)?)/i;
const CAP = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * The name a letter greets, from what the parent said about who said it: "Mr Dunn",
 * "mrs patel (SENCO)", "it was Dr. Khan at the meeting" give "Mr Dunn", "Mrs Patel", "Dr Khan".
 * A bare role ("the SENCO", "the district") or a button id gives '' (the letter asks for a name).
 */
export function greetingName(who: string | undefined): string {
  const w = (who ?? '').trim();
  const m = TITLE.exec(w);
  if (!m) return '';
  const title = (m[1] as string).toLowerCase();
  return `${CAP(title)} ${(m[2] as string).split('-').map(CAP).join('-')}`;
}

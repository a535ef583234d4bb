/**
 * A trial the school agreed, and when it will be looked at again, in their words: "They'll do a
 * 9:15 start from Monday for two weeks and then review it", "we'll try the quiet room for a
 * fortnight and see how it goes", "the head agreed a reduced timetable until half term". The day
 * of the review (ISO), counted as a due date is (due-periods.ts, `dueFrom`): a period from the
 * start they named ("from Monday"), else from the day they said it, else from today; a day they
 * named is read from the day they said it: a start with no year is the one nearest it (so "from 1
 * December", said in December, is this year's), an end or review day the one next after it unless
 * it was a few weeks before or the words say it is past ("until 20 June", said in December, is next
 * June's). A review day already come is said as such (`passed`), never moved a year on. A review with no day we can know (half term, the end of
 * term, "till Christmas", a day in or next to the winter break, "at the next meeting") is asked,
 * never invented. Nothing agreed (a refusal, a time off school), nothing read.
 */
import { inWinterBreak } from '../../src/features/daily-log/school-week.js';
import { FOR, periodDue } from './due-periods.js';
import { dueFrom } from './parent-answers.js';

/** What to ask when no day can be known: half term's start, the last day of term, a day near the winter break (`near`), or when. */
export type ReviewAsk = 'half-term' | 'term-end' | 'break' | 'when';
/**
 * The review's day (`due`, still to come), the day it was (`passed`: today or before), or what to
 * ask (with the day read, `near`, when it falls by the winter break); and the sentence that agreed
 * the trial, in their words (what the date is for).
 */
export type TrialReview = ({ due: string } | { passed: string } | { ask: ReviewAsk; near?: string }) & { words: string };

export interface TrialOptions {
  /** The family's order of day and month (month first in the US); undefined before the case has a profile. */
  monthFirst?: boolean | undefined;
  /** The day the school said it (ISO), when known. */
  saidOn?: string | undefined;
  /** The family's schools have half terms (the UK and Ireland): "until half term" asks that date. */
  halfTerms?: boolean | undefined;
}

/** Words that agree to try something (or to keep it for a while and look again). */
const AGREED =
  /\b(?:(?:said|say|says) yes to|yes to|okay'?d|ok'?d|approved|try|trial\w*|pilot\w*|give it a (?:go|try)|see how (?:it|that|this|things|she|he|they) (?:goes?|gets? on)|agree[sd]?|happy to|for now|temporar\w*|(?:will|'ll|can|could|are going to|is going to|going to) (?:do|offer|put|start|let|allow|give|set up|arrange|run|use|have|keep|make)|to be reviewed|(?:then|and) review)\b/;
/** A refusal in the same part of a sentence: nothing agreed there. */
const REFUSED = /\b(?:can'?t|cannot|won'?t|will not|wouldn'?t|not (?:able|possible|going to|prepared|willing)|unable|isn'?t possible|refuse\w*|don'?t|do not|no longer|decline\w*)\b/;
/** A look again at what was tried, with no day given. */
const REVIEWED = /\b(?:review\w*|see how (?:it|that|this|things|she|he|they) (?:goes?|gets? on)|look at it again|meet again|check in)\b/;
const HALF_TERM = /\b(?:until|till|til|up to|to|before)\s+(?:the\s+)?(?:half[\s-]?term|mid[\s-]?term)\b/;
/** The end of term, or a break whose first day only the school knows ("till Christmas", "until the holidays"). */
const END_OF_TERM = /\b(?:until|till|til|up to|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?term|holidays|easter|summer|christmas|xmas)\b/;
/** The length of the trial: a period (due-periods.ts), never a time off school ("been off for two weeks"). */
const PERIOD = new RegExp(String.raw`\b(?:${FOR}|after|in|within)\s+(?:the\s+next\s+)?(?:a|an|one|two|three|four|five|six|ten|\d{1,2})\s+(?:school\s+|working\s+)?(?:days?|weeks?|fortnights?|months?)\b`);
/** The length of the trial before "then" they look again, as a parent writes it: "4 weeks then they look at it again". */
const THEN_PERIOD = /\b(a|an|one|two|three|four|five|six|ten|\d{1,2})\s+((?:school\s+)?(?:days?|weeks?|fortnights?|months?))\s*,?\s+(?:and\s+)?then\b/;
/** A day the trial runs to, or the review is on: "until Friday 27 November", "review it (at the meeting) on 20 November". */
const UNTIL_DAY = /\b(?:until|till|til|up to|through|review(?:ed)?(?:\s+(?:it|this|that|things))?(?:\s+at\s+the\s+(?:next\s+)?(?:meeting|review))?\s+on)\s+([^,;]{1,30})/;
/** The day the trial starts, when named: "from Monday", "starting next week". */
const STARTS = /\b(?:from|starting(?:\s+on)?|as of|beginning)\s+((?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|week)|tomorrow|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)\b/;

const DAY_MS = 86_400_000;
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A sentence ends at . ! ? or a line break; never at the point of a time or a number ("a 9.30 start"). */
const SENTENCE_END = /(?:[!?\n]|\.(?!\d))+/;
/** Where a sentence turns: a refusal beside an agreement ("but we'll try…"), or what led to it ("she's been off for two weeks, so we'll try…"). */
const TURNS = /\bbut\b|\bhowever\b|\bso\b(?!\s+(?:far|that|much|long|well)\b)|\bbecause\b|\bsince\b/;
/** The same turns in words as the parent wrote them, capitals and all (`agreedClause`). */
const TURNS_ANY_CASE = new RegExp(TURNS.source, 'gi');

/**
 * The parts of the words that agree something (a refusal beside it, "but we'll try…", or what led
 * to it, "…so we'll try", is its own part), lower case, each with its sentence as written; the
 * next sentence joins it when it says when they look again ("We'll see how it goes after two weeks").
 */
function agreedParts(words: string): { part: string; sentence: string }[] {
  const written = words.split(SENTENCE_END);
  const sentences = words.toLowerCase().replace(/[’‘]/g, "'").split(SENTENCE_END);
  const parts: { part: string; sentence: string }[] = [];
  sentences.forEach((s, i) => {
    const agreed = s.split(TURNS).filter((p) => AGREED.test(p) && !REFUSED.test(p));
    const next = sentences[i + 1] ?? '';
    if (agreed.length) parts.push({ part: agreed.join(' ') + (REVIEWED.test(next) ? ' ' + next : ''), sentence: (written[i] ?? '').trim() });
  });
  return parts;
}

/** Where a part of a sentence turns to its next clause: a comma, "and", a dash. */
const CLAUSE_BREAK = /[,;:]|\band\b|\s[-–—]\s/g;

/**
 * What was agreed, as the parent wrote it, and nothing round it: the first part of their words
 * that agrees something, from the clause the agreement is in ("Since his dad went to prison he
 * isn't sleeping, so the head said they'll try a 9.30 start" gives "the head said they'll try a
 * 9.30 start"); '' when no part agrees anything. For what goes to the school (W12-7, review10 4).
 */
export function agreedClause(words: string): string {
  for (const sentence of words.split(SENTENCE_END)) {
    for (const piece of sentence.split(TURNS_ANY_CASE)) {
      const low = piece.toLowerCase().replace(/[’‘]/g, "'");
      const at = AGREED.exec(low)?.index;
      if (at === undefined || REFUSED.test(low)) continue;
      let from = 0;
      for (const m of low.matchAll(CLAUSE_BREAK)) if (m.index + m[0].length <= at) from = m.index + m[0].length;
      return piece.slice(from).replace(/^[\s,;:]+|[\s,;:]+$/g, '');
    }
  }
  return '';
}

/** A day the school named ("Monday", "1 December", "12/18"), read from the day they said it: with no year, the one nearest that day. */
function namedDay(text: string, said: string, monthFirst: boolean | undefined): string | undefined {
  const day = dueFrom(text, `${said}T12:00:00.000Z`, monthFirst);
  if (!day || /\b\d{4}\b|\d[/.-]\d{1,2}[/.-]\d{2}\b/.test(text)) return day;
  // The next time it comes round, more than half a year on: they meant the one just gone.
  const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
  return Date.parse(day) - Date.parse(said) > 183 * DAY_MS && !Number.isNaN(Date.parse(yearBefore)) ? yearBefore : day;
}

/** Words that say the end or review named was in the past ("which was until 20 June", "it ended on…"). */
const PAST = /\b(?:was|were|had been)\s+(?:\w+\s+)?(?:until|till|til|up to|through|reviewed|due)\b|\b(?:ended|finished|stopped)\b|\blast year\b/;
/** Days before the day said that a trial's end named with no year may be (one just gone); further back, it is next year's. */
const JUST_GONE_DAYS = 31;

/**
 * The day a trial runs to, or is reviewed on, with no year: the reading nearest after the day it
 * was said (a trial's end is normally in the coming months), unless the words say it was in the
 * past or it fell within a short window before (review9, 7).
 */
function endDay(text: string, part: string, said: string, monthFirst: boolean | undefined): string | undefined {
  const day = dueFrom(text, `${said}T12:00:00.000Z`, monthFirst);
  if (!day || /\b\d{4}\b|\d[/.-]\d{1,2}[/.-]\d{2}\b/.test(text)) return day;
  const year = Number(said.slice(0, 4));
  const readings = [year - 1, year, year + 1].map((y) => `${y}${day.slice(4)}`).filter((d) => !Number.isNaN(Date.parse(d)) && isoOf(Date.parse(d)) === d);
  const before = readings.filter((d) => d < said).at(-1);
  const after = readings.find((d) => d >= said);
  if (before && (PAST.test(part) || Date.parse(said) - Date.parse(before) <= JUST_GONE_DAYS * DAY_MS)) return before;
  return after ?? day;
}

/** The day a named start falls on, from the day it was said ("from Monday": the next Monday; "from next week": its Monday), else undefined. */
function startOf(part: string, said: string, monthFirst: boolean | undefined): string | undefined {
  const named = STARTS.exec(part)?.[1];
  if (!named) return undefined;
  if (/week$/.test(named)) {
    const d = new Date(`${said}T00:00:00Z`);
    return isoOf(d.getTime() + (((8 - d.getUTCDay()) % 7) || 7) * DAY_MS);
  }
  return namedDay(named, said, monthFirst);
}

/** In the winter break, or within a week or so of it: most schools' last week of term, or the first of the new one. */
function byWinterBreak(day: string): boolean {
  const at = Date.parse(`${day}T00:00:00Z`);
  for (let d = -7; d <= 10; d++) if (inWinterBreak(isoOf(at + d * DAY_MS))) return true;
  return false;
}

/** A review day read: still to come, come already, or (by the winter break) asked. */
function dayOf(day: string, today: string): { due: string } | { passed: string } | { ask: ReviewAsk; near: string } {
  if (day <= today) return { passed: day };
  return byWinterBreak(day) ? { ask: 'break', near: day } : { due: day };
}

/** The review of a trial the school agreed, from `today` (the parent's day, ISO); undefined when they agreed none. */
export function trialReview(words: string, today: string, opts: TrialOptions = {}): TrialReview | undefined {
  const said = opts.saidOn && /^\d{4}-\d{2}-\d{2}$/.test(opts.saidOn) && opts.saidOn <= today ? opts.saidOn : today;
  for (const { part, sentence } of agreedParts(words)) {
    const found = (r: { due: string } | { passed: string } | { ask: ReviewAsk; near?: string }): TrialReview => ({ ...r, words: sentence });
    if (HALF_TERM.test(part)) return found({ ask: opts.halfTerms ? 'half-term' : 'when' });
    if (END_OF_TERM.test(part)) return found({ ask: 'term-end' });
    const then = THEN_PERIOD.exec(part);
    const period = PERIOD.exec(part)?.[0] ?? (then ? `for ${then[1]} ${then[2]}` : undefined);
    const due = period ? periodDue(period, startOf(part, said, opts.monthFirst) ?? said) : undefined;
    if (due) return found(dayOf(due, today));
    const until = UNTIL_DAY.exec(part)?.[1];
    const day = until ? endDay(until, part, said, opts.monthFirst) : undefined;
    if (day) return found(dayOf(day, today));
    if (REVIEWED.test(part)) return found({ ask: 'when' });
  }
  return undefined;
}

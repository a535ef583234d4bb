/**
 * A trial the school agreed, and when it will be looked at again, in their words: "They'll do a
 * 9:15 start from Monday for two weeks and then review it", "we'll try the quiet room for a
 * fortnight and see how it goes", "the head agreed a reduced timetable until half term". The day
 * of the review (ISO), counted as a due date is (due-periods.ts, `dueFrom`): a period from the
 * start they named ("from Monday"), else from the day they said it, else from today, all on the
 * parent's day. A review with no day we can know (half term, the end of term, "at the next
 * meeting") is asked, never invented. Nothing agreed (a refusal, a time off school), nothing read.
 */
import { periodDue } from './due-periods.js';
import { dueFrom } from './parent-answers.js';

/** The review's day, or what to ask; and the sentence that agreed the trial, in their words (what the date is for). */
export type TrialReview = ({ due: string } | { ask: 'half-term' | 'when' }) & { words: string };

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
  /\b(?:try|trial\w*|pilot\w*|give it a (?:go|try)|see how (?:it|that|this|things|she|he|they) (?:goes?|gets? on)|agree[sd]?|happy to|for now|temporar\w*|(?:will|'ll|can|could|are going to|is going to|going to) (?:do|offer|put|start|let|allow|give|set up|arrange|run|use|have|keep|make)|to be reviewed|(?:then|and) review)\b/;
/** A refusal in the same part of a sentence: nothing agreed there. */
const REFUSED = /\b(?:can'?t|cannot|won'?t|will not|wouldn'?t|not (?:able|possible|going to|prepared|willing)|unable|isn'?t possible|refuse\w*|don'?t|do not|no longer|decline\w*)\b/;
/** A look again at what was tried, with no day given. */
const REVIEWED = /\b(?:review\w*|see how (?:it|that|this|things|she|he|they) (?:goes?|gets? on)|look at it again|meet again|check in)\b/;
const HALF_TERM = /\b(?:until|till|til|up to|to|before)\s+(?:the\s+)?(?:half[\s-]?term|mid[\s-]?term)\b/;
const END_OF_TERM = /\b(?:until|till|til|up to|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?term|holidays|easter|summer)\b/;
const CHRISTMAS = /\b(?:until|till|til|up to|before)\s+(?:the\s+)?(?:christmas|xmas)\b/;
/** The length of the trial: a period (due-periods.ts). */
const PERIOD = /\b(?:for|after|in|within)\s+(?:the\s+next\s+)?(?:a|an|one|two|three|four|five|six|ten|\d{1,2})\s+(?:school\s+|working\s+)?(?:days?|weeks?|fortnights?|months?)\b/;
/** A day the trial runs to, or the review is on: "until Friday 27 November", "review it on 20 November". */
const UNTIL_DAY = /\b(?:until|till|til|up to|through|review(?:ed)?(?:\s+(?:it|this|that|things))?\s+on)\s+([^,;]{1,30})/;
/** The day the trial starts, when named: "from Monday", "starting next week". */
const STARTS = /\b(?:from|starting(?:\s+on)?|as of|beginning)\s+((?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|week)|tomorrow|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)\b/;

const DAY_MS = 86_400_000;
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const SENTENCE_END = /[.!?\n]+/;

/**
 * The parts of the words that agree something (a refusal beside it, "but we'll try…", is its own
 * part), lower case, each with its sentence as written.
 */
function agreedParts(words: string): { part: string; sentence: string }[] {
  const written = words.split(SENTENCE_END);
  const sentences = words.toLowerCase().replace(/[’‘]/g, "'").split(SENTENCE_END);
  const parts: { part: string; sentence: string }[] = [];
  sentences.forEach((s, i) => {
    const agreed = s.split(/\bbut\b|\bhowever\b/).filter((p) => AGREED.test(p) && !REFUSED.test(p));
    // The sentence after an agreement often says when they look again ("We'll see how it goes after two weeks").
    if (agreed.length) parts.push({ part: agreed.join(' ') + ' ' + (sentences[i + 1] ?? ''), sentence: (written[i] ?? '').trim() });
  });
  return parts;
}

/** The last weekday before the winter break (24 December) on or after `today`: where "till Christmas" ends. */
function beforeChristmas(today: string): string {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    let d = Date.UTC(y, 11, 23);
    while ([0, 6].includes(new Date(d).getUTCDay())) d -= DAY_MS;
    if (isoOf(d) >= today) return isoOf(d);
  }
  return today;
}

/** The day a named start falls on ("from Monday": the next Monday; "from next week": its Monday), else undefined. */
function startOf(part: string, today: string, monthFirst: boolean | undefined): string | undefined {
  const named = STARTS.exec(part)?.[1];
  if (!named) return undefined;
  if (/week$/.test(named)) {
    const d = new Date(`${today}T00:00:00Z`);
    return isoOf(d.getTime() + (((8 - d.getUTCDay()) % 7) || 7) * DAY_MS);
  }
  return dueFrom(named, `${today}T12:00:00.000Z`, monthFirst);
}

/** The review of a trial the school agreed, from `today` (the parent's day, ISO); undefined when they agreed none. */
export function trialReview(words: string, today: string, opts: TrialOptions = {}): TrialReview | undefined {
  for (const { part, sentence } of agreedParts(words)) {
    const found = (r: { due: string } | { ask: 'half-term' | 'when' }): TrialReview => ({ ...r, words: sentence });
    if (HALF_TERM.test(part)) return found({ ask: opts.halfTerms ? 'half-term' : 'when' });
    if (END_OF_TERM.test(part)) return found({ ask: 'when' });
    if (CHRISTMAS.test(part)) return found({ due: beforeChristmas(today) });
    const period = PERIOD.exec(part)?.[0];
    if (period) {
      const said = opts.saidOn && /^\d{4}-\d{2}-\d{2}$/.test(opts.saidOn) && opts.saidOn <= today ? opts.saidOn : today;
      const due = periodDue(period, startOf(part, today, opts.monthFirst) ?? said);
      if (due && due > today) return found({ due });
    }
    const until = UNTIL_DAY.exec(part)?.[1];
    const day = until ? dueFrom(until, `${today}T12:00:00.000Z`, opts.monthFirst) : undefined;
    if (day && day > today) return found({ due: day });
    if (REVIEWED.test(part)) return found({ ask: 'when' });
  }
  return undefined;
}

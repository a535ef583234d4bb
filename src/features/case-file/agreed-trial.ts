/**
 * Trials agreed with the school, as the daily log is read against them (W12-7): a kept review
 * (a `review.date` next step) names what was agreed, in the parent's words, from the day it was
 * noted to the review day. Logged days in that time are said to fall in it, in the packet's
 * summary and a letter's log line, so a shorter day that was agreed never reads as school missed
 * without a word. No hours are made up: a trial that reads as a shorter day (a later start, a
 * finish at lunch, periods 1-3) is said to be counted against a full school day, and that is all.
 */
import { once, shippedAlternation, type ContentCatalog } from '../../content/catalog.js';
import type { NoteRow } from '../../core/ports.js';
import { REVIEW_TOPIC } from '../../../flows/advice/review-states.js';
import { agreedClause } from '../../../flows/advice/trial-review.js';
import { ISO_DATE, readableDate } from '../daily-log/dates.js';

export interface AgreedTrial {
  /** The day it was noted, and the review day (inclusive local dates). */
  from: string;
  to: string;
  /**
   * What was agreed, in the parent's words: the agreed clause only, never the sentence round it
   * (what led to it is the parent's, not the school's: review10 4); '' when the step was kept in
   * the bot's words (`review.note`).
   */
  words: string;
  /** The day the school agreed it, when the note knows it (its said-on day); never the day the parent told us. */
  agreedOn?: string;
  /** The words read as a shorter school day. */
  shorterDay: boolean;
}

const SHORTER_DAY = once(() => new RegExp(`\\b(?:${shippedAlternation('daily-log.shorter-day-trial')})`, 'i'));

/** The trials agreed for one child, oldest first. */
export function agreedTrials(content: ContentCatalog, notes: readonly NoteRow[], caseId: number): AgreedTrial[] {
  return notes
    .filter((n) => n.caseId === caseId && n.kind === 'next_step' && n.topic === REVIEW_TOPIC && n.due !== undefined && ISO_DATE.test(n.due) && n.day <= n.due)
    .map((n) => {
      const text = content.has(n.text) ? '' : n.text.replace(/\s+/g, ' ').trim();
      // No clause that agrees anything: not quoted at all rather than the whole sentence.
      const words = agreedClause(text);
      const agreedOn = n.saidOn && ISO_DATE.test(n.saidOn) && n.saidOn <= n.day ? n.saidOn : undefined;
      return { from: n.day, to: n.due as string, words, shorterDay: SHORTER_DAY().test(text), ...(agreedOn ? { agreedOn } : {}) };
    });
}

/**
 * A sentence or two per trial that logged days fall in: `<base>` (or `<base>-shorter`, with `from`,
 * `to`, `count`), then `<base>-words` quoting what was agreed when the parent's words are kept; none
 * when no logged day falls in one. `agreedDay`: the line names the day it was agreed (`from` is
 * then that day), and says none (`…-undated`) when the school's day is not known.
 */
export function trialLines(content: ContentCatalog, trials: readonly AgreedTrial[], days: readonly string[], base: string, monthFirst: boolean, agreedDay = false): string[] {
  return trials.flatMap((t) => {
    const count = days.filter((d) => d >= t.from && d <= t.to).length;
    if (count === 0) return [];
    const from = agreedDay ? t.agreedOn : t.from;
    const vars = { ...(from ? { from: readableDate(from, monthFirst) } : {}), to: readableDate(t.to, monthFirst), count: String(count) };
    const said = content.render(`${t.shorterDay ? `${base}-shorter` : base}${from ? '' : '-undated'}`, vars);
    return [t.words ? `${said} ${content.render(`${base}-words`, { words: t.words })}` : said];
  });
}

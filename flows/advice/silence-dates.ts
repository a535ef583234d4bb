/**
 * The days a parent says they wrote to a school that has not replied ("I emailed on 30 November…
 * emailed again 11 Dec"), as they typed them, for the replies about silence (review13-5). Only
 * days in a sentence about writing or calling, never one about a meeting cancelled: a reply that
 * says "I wrote on 12 Jan" when 12 Jan was the meeting would be wrong.
 */
import { MONTH } from './numbered-day.js';

const DAY = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`, 'gi');
const CONTACT = /\b(?:e-?mail\w*|wr[io]te|written|messag\w*|letters?|rang|phoned|called|chased)\b/i;
const CANCELLED = /\bcancel\w*/i;

/** The days written on, joined as a sentence reads them ("30 November and 11 Dec"), '' when none. At most four. */
export function writtenOnDays(statement: string): string {
  const days = statement
    .slice(0, 4000)
    .split(/[.!?;\n]+/)
    .filter((s) => CONTACT.test(s) && !CANCELLED.test(s))
    .flatMap((s) => [...s.matchAll(DAY)].map((m) => m[0]))
    .filter((d, i, all) => all.indexOf(d) === i)
    .slice(0, 4);
  return days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? '');
}

/**
 * The days a parent says they wrote to a school that has not replied ("I emailed on 30 November…
 * emailed again 11 Dec"), as they typed them, for the replies about silence (review13-5). Only
 * days in a sentence about writing or calling by the parent, never one about a meeting cancelled
 * (a reply that says "I wrote on 12 Jan" when 12 Jan was the meeting would be wrong), nor one
 * where the school wrote ("they emailed on 3 Dec"). The days of meetings set and cancelled are read
 * the same way, from sentences about a cancelling. When the latest message holds none, the days the
 * case holds (`caseDays`, src/features/advice/case-days.ts) stand in (situations16).
 */
import { MONTH, monthOf } from './numbered-day.js';

const DAY = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?:,?\\s+\\d{4}\\b)?`, 'gi');
const CONTACT = /\b(?:e-?mail\w*|wr[io]te|written|messag\w*|letters?|rang|phoned|called|chased)\b/i;
const CANCELLED = /\bcancel\w*/i;
/** The school as the one writing or calling: not a day the parent wrote on. */
const SCHOOL_WROTE = /\b(?:we|they|she|he|you|the school|school|the head|the senco|the teacher)\s+(?:have\s+|has\s+|had\s+)?(?:just\s+|finally\s+)?(?:e-?mailed|wrote|written|rang|phoned|called|messaged|sent)\b/i;

/** The most days said in one reply: a long list reads as a grievance, not a request. */
const MOST = 4;

function sentences(text: string): string[] {
  return text.slice(0, 4000).split(/[.!?;\n]+/);
}

/** Each day named in the words, as typed, with the day and month it stands for (so "30 Nov" and "30 November" are one). */
export function daysIn(text: string): { words: string; key: string }[] {
  return [...text.matchAll(DAY)].map((m) => {
    const day = Number(m[1] ?? m[4]);
    const month = monthOf((m[2] ?? m[3]) as string);
    return { words: m[0], key: `${month}-${day}` };
  });
}

/** Days as a sentence reads them ("30 November, 4 Dec and 11 Dec"), one of each, at most four; '' for none. */
export function joinDays(days: readonly { words: string; key: string }[]): string {
  const seen = new Set<string>();
  const kept = days.filter((d) => !seen.has(d.key) && Boolean(seen.add(d.key))).slice(0, MOST).map((d) => d.words);
  return kept.length > 1 ? `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)}` : (kept[0] ?? '');
}

/** The days in the sentences about the parent writing or calling. */
export function writtenOnDayList(statement: string): { words: string; key: string }[] {
  return sentences(statement)
    .filter((s) => CONTACT.test(s) && !CANCELLED.test(s) && !SCHOOL_WROTE.test(s))
    .flatMap(daysIn);
}

/** The days in the sentences about a meeting cancelled. */
export function cancelledDayList(statement: string): { words: string; key: string }[] {
  return sentences(statement).filter((s) => CANCELLED.test(s)).flatMap(daysIn);
}

/** The days written on, joined as a sentence reads them ("30 November and 11 Dec"), '' when none. At most four. */
export function writtenOnDays(statement: string): string {
  return joinDays(writtenOnDayList(statement));
}

/** The days of meetings set and cancelled, joined the same way, '' when none. */
export function cancelledDays(statement: string): string {
  return joinDays(cancelledDayList(statement));
}

/** What the case holds, handed to a flow as `caseDays` (joined days; '' for none). */
export interface CaseDays {
  wrote: string;
  cancelled: string;
}

/** The case's days from a flow's input ('' each when none). */
export function caseDaysOf(input: Record<string, unknown>): CaseDays {
  const d = input['caseDays'];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return typeof d === 'object' && d !== null ? { wrote: str((d as CaseDays).wrote), cancelled: str((d as CaseDays).cancelled) } : { wrote: '', cancelled: '' };
}

/** The days for a silence reply or letter: the message's own first, else the case's. */
export function silenceDays(statement: string, held: CaseDays | undefined): CaseDays {
  return { wrote: writtenOnDays(statement) || held?.wrote || '', cancelled: cancelledDays(statement) || held?.cancelled || '' };
}

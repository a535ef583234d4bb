/**
 * The days a case already holds for silence (situations16): the days the parent said they wrote,
 * emailed or rang (their earlier words, the silence questions' answers), the days letters were
 * sent (`request_sent` notes, written out without the year), and the days of meetings set and cancelled. Handed to
 * every flow as `caseDays`, so the silence replies and letter use them when the latest message
 * names none. Only days the notes hold; never one made up.
 */
import type { NoteRow } from '../../core/ports.js';
import { cancelledDayList, daysIn, joinDays, writtenOnDayList, type CaseDays } from '../../../flows/advice/silence-dates.js';
import { DateTime } from 'luxon';
import { LETTER_KINDS } from '../case-file/letter-kinds.js';
import { FIRST_MESSAGE_TOPIC } from '../../../flows/advice/triage-notes.js';
import { KIND_OF_NO_FLOWS } from '../../../flows/advice/kinds-of-no.js';
import { SITUATION_FLOWS } from '../../../flows/advice/situations.js';
import { sayNextFlow } from '../../../flows/advice/say-next.flow.js';

/** Topics whose answers are dates the parent gave for silence (situations.ts, the silence flow). */
const SILENCE_TOPICS = { tried: 'silence.tried', cancelled: 'silence.cancelled' } as const;

/** Every letter a flow or the case file drafts: "I've sent it" notes it as `sent.letter.<id>` (follow-ups.ts). */
const LETTERS = new Set<string>([...LETTER_KINDS, ...[...KIND_OF_NO_FLOWS, ...SITUATION_FLOWS, sayNextFlow].flatMap((f) => f.templates ?? [])]);

/** Where the days are: the school's words and the parent's account, the silence answers, letters sent (read in the flow input's one read). */
export const CASE_DAY_TOPICS: readonly string[] = ['triage.statement', 'say-next.statement', 'case-file.response', FIRST_MESSAGE_TOPIC, SILENCE_TOPICS.tried, SILENCE_TOPICS.cancelled, 'sent.request', ...[...LETTERS].map((l) => `sent.letter.${l}`)];

/** A button's answer is noted as its content key: no days in it. */
const BUTTON_KEY = /^[a-z-]+\.(?:choice|letter)\.[a-z-]+$/;

/** The days this case's notes hold, oldest first (`monthFirst`: how a sent letter's day is written). */
export function caseDaysIn(notes: readonly NoteRow[], caseId: number | null, monthFirst: boolean): CaseDays {
  const wrote: { words: string; key: string }[] = [];
  const cancelled: { words: string; key: string }[] = [];
  for (const n of notes) {
    if (caseId === null || n.caseId !== caseId || BUTTON_KEY.test(n.text.trim())) continue;
    if (n.kind === 'request_sent' && /^\d{4}-\d{2}-\d{2}$/.test(n.day)) {
      const [, m, d] = n.day.split('-').map(Number);
      // Written as the parent writes the other days, without the year ("14 December", "December 14").
      const words = DateTime.fromISO(n.day, { zone: 'UTC' }).setLocale('en-GB').toFormat(monthFirst ? 'LLLL d' : 'd LLLL');
      wrote.push({ words, key: `${(m as number) - 1}-${d as number}` });
    } else if (n.topic === SILENCE_TOPICS.tried) wrote.push(...daysIn(n.text));
    else if (n.topic === SILENCE_TOPICS.cancelled) cancelled.push(...daysIn(n.text));
    else if (n.kind === 'statement' || n.kind === 'parent_words' || n.kind === 'response') {
      wrote.push(...writtenOnDayList(n.text));
      cancelled.push(...cancelledDayList(n.text));
    }
  }
  return { wrote: joinDays(wrote), cancelled: joinDays(cancelled) };
}

/**
 * A full case for the evidence packet's tests: a "no" walked through triage, a letter drafted and
 * sent, a letter drafted and left with blanks (never sent), a reply, a follow-up due, and a year
 * of daily logs (last school year and this one), with the daily-log notes a chat log leaves.
 */
import { letterFromNotes } from '../../../src/features/case-file/letter-from-notes.js';
import { addDays, weekdayOf } from '../../../src/features/daily-log/dates.js';
import type { Attendance } from '../../../src/features/daily-log/model.js';
import { cmd, pick, tellTriage, type CaseApp } from './support.js';

export const SAMPLE_STATEMENT = 'We need six more weeks of attendance data before we can consider a later start for Zoë.';

/** Deterministic attendance for a day: mostly part days, some full, some absent. */
function attendanceOn(i: number): Attendance {
  const r = (i * 7919) % 10;
  return r < 3 ? 'full' : r < 7 ? 'partial' : 'absent';
}

/** Logs every school day from `from` to `to`, inclusive (a few days left unlogged). */
export function logSchoolDays(a: CaseApp, caseId: number, from: string, to: string): number {
  let n = 0;
  for (let d = from, i = 0; d <= to; d = addDays(d, 1), i++) {
    if (weekdayOf(d) === 'sat' || weekdayOf(d) === 'sun' || i % 17 === 5) continue;
    const attendance = attendanceOn(i);
    a.store.logs.putEntry(
      'parent-a',
      {
        caseId,
        date: d,
        attendance,
        hours: attendance === 'partial' ? 1 + (i % 4) : null,
        difficulty: attendance === 'full' ? 3 : attendance === 'partial' ? 6 : 9,
        triggers: attendance === 'full' ? [] : [{ id: i % 2 ? 'sensory' : 'morning-transition', detail: null }],
        supports: attendance === 'absent' ? [] : [{ id: 'quiet-space', detail: null, helped: attendance === 'full' }],
        note: i % 11 === 0 ? 'Came home at lunch' : null,
      },
      `${d}T18:00:00Z`,
    );
    n++;
  }
  return n;
}

export interface SampleCase {
  caseId: number;
  blankDraftId: number;
}

/** The whole case, as a parent would build it over a term (the clock stays at Wednesday 25 Nov 2026). */
export async function sampleCase(a: CaseApp, opts: { logFrom?: string } = {}): Promise<SampleCase> {
  await tellTriage(a, { nickname: 'Zoë', request: 'A later start and the quiet room', statement: SAMPLE_STATEMENT, who: 'Mr Brennan' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  const caseId = a.store.listCases('parent-a')[0]?.id as number;
  // A finished letter, kept but not sent.
  await a.send(cmd('letter', 'restate-nos'));
  await a.send(pick('keep'));
  // A draft left with its blanks (as every preview used to be saved), never sent.
  const blank = letterFromNotes(a.store, a.content, { userId: 'nobody', kind: 'decision-in-writing', now: a.clock.now() });
  const blankDraftId = a.store.addNote({ userId: 'parent-a', caseId, kind: 'draft', topic: 'letter.decision-in-writing', text: blank.body, at: '2026-11-25T09:30:00Z', day: '2026-11-25' });
  // The chat leaves a "Daily log" note per logged day: the packet shows them once, in the table.
  for (const d of ['2026-11-23', '2026-11-24']) {
    a.store.addNote({ userId: 'parent-a', caseId, kind: 'log_summary', topic: 'daily-log.saved', text: 'partial', saidOn: d, at: `${d}T18:00:00Z`, day: d });
  }
  logSchoolDays(a, caseId, opts.logFrom ?? '2026-09-02', '2026-11-24');
  return { caseId, blankDraftId };
}

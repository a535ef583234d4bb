/**
 * Follow-ups: "I've sent it" records a request and a follow-up due after N school days
 * (weekends, or the parent's non-school days, skipped); the scheduler reminds once, not before,
 * and not at all once the school has replied. Reminders live in the database, so they survive
 * a restart.
 */
import { describe, expect, it } from 'vitest';
import { createFollowupSource, followupKey } from '../../../src/features/case-file/followup-source.js';
import { addSchoolDays, followupDue, schoolDaysBetween } from '../../../src/features/case-file/school-days.js';
import { schoolWeek, type WeekdayId } from '../../../src/features/daily-log/school-week.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { createScheduler } from '../../../src/core/scheduler.js';
import { FixedClock } from '../../support/builders.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, documents, keysOf, makeCaseApp, pick, question, tellTriage, WEDNESDAY, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();
function app(dir?: string): CaseApp {
  const a = makeCaseApp(dir ? { dir, clock: new FixedClock(new Date(WEDNESDAY)) } : {});
  cleanups.add(() => a.close());
  return a;
}

function schedulerFor(a: CaseApp) {
  return createScheduler({ ledger: a.store.prompts, engine: a.engine, clock: a.clock, logger: silentLogger, sources: [createFollowupSource(a.store)] });
}

const HOUR = 3_600_000;

async function draftAndSend(a: CaseApp): Promise<Reply[]> {
  await tellTriage(a, { nickname: 'Robin', request: 'A quiet room first thing', statement: 'We need more data before we change anything for Robin.', who: 'Mrs Okafor' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  return a.send(pick('sent'));
}

describe('school days', () => {
  it('counts only school days, skipping weekends', () => {
    expect(addSchoolDays('2026-11-25', 10)).toBe('2026-12-09'); // Wed + 10 school days
    expect(addSchoolDays('2026-11-27', 1)).toBe('2026-11-30'); // Fri + 1 = Mon
    expect(addSchoolDays('2026-11-28', 1)).toBe('2026-11-30'); // sent on a Saturday
    expect(addSchoolDays('2026-11-25', 3, ['mon', 'wed', 'fri'])).toBe('2026-12-02');
    expect(schoolDaysBetween('2026-11-25', '2026-12-09')).toBe(10);
  });

  it("puts the reminder at the end of the Nth school day in the parent's zone", () => {
    const due = followupDue(new Date('2026-11-25T10:00:00Z'), 3, schoolWeek('America/New_York', ['mon', 'wed', 'fri']));
    expect(due).toMatchObject({ sentOn: '2026-11-25', dueOn: '2026-12-02' });
    expect(due.dueAt.toISOString()).toBe('2026-12-02T21:00:00.000Z'); // 16:00 EST
    // Late evening in New York is already the next day in UTC: the local date counts.
    expect(followupDue(new Date('2026-11-28T03:00:00Z'), 1, schoolWeek('America/New_York', null)).sentOn).toBe('2026-11-27');
    expect(schoolWeek('Not/AZone', ['xyz'])).toEqual({ zone: 'UTC', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  });
});

describe('follow-ups', () => {
  it('"I\'ve sent it" after a letter records the request and when a reply is due', async () => {
    const a = app();
    const r = await draftAndSend(a);
    expect(keysOf(r)).toEqual(['case-file.sent.recorded', 'home.menu']);
    expect(r[0]?.type === 'text' && r[0].text).toContain('Wed 9 Dec 2026');
    const sent = a.store.listNotes('parent-a').filter((n) => n.kind === 'request_sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ topic: 'sent.letter.data-request', due: '2026-12-09', nickname: 'Robin' });
    const [f] = a.store.requests.listFollowups('parent-a');
    expect(f).toMatchObject({ status: 'open', letter: 'data-request', schoolDays: 10, sentOn: '2026-11-25', dueOn: '2026-12-09', dueAt: '2026-12-09T16:00:00.000Z', requestNoteId: sent[0]?.id });
  });

  it('reminds after 10 school days (weekends skipped), not before, and only once', async () => {
    const a = app();
    await draftAndSend(a);
    const scheduler = schedulerFor(a);
    const [f] = a.store.requests.listFollowups('parent-a');
    // Every hour from sending until a second before the end of the tenth school day: nothing.
    for (let t = WEDNESDAY.getTime(); t < Date.parse('2026-12-09T16:00:00Z'); t += HOUR) {
      expect(await scheduler.pending(new Date(t)), new Date(t).toISOString()).toEqual([]);
    }
    expect(await scheduler.pending(new Date('2026-12-09T15:59:59Z'))).toEqual([]);
    const at = new Date('2026-12-09T16:00:00Z');
    expect(await scheduler.pending(at)).toEqual([expect.objectContaining({ key: followupKey(f?.id ?? 0), command: 'followup-reminder', userId: 'parent-a', localDate: '2026-12-09' })]);

    a.clock.current = at;
    const delivered: Reply[][] = [];
    await scheduler.tick(async (_u, replies) => {
      delivered.push(replies);
      return true;
    }, at);
    expect(delivered).toHaveLength(1);
    const q = question(delivered[0] ?? []);
    expect(q.key).toBe('case-file.followup.reminder');
    expect(q.text).toContain('10 school days');
    expect(q.choices.map((c) => c.id)).toEqual(['replied', 'draft', 'wait']);
    expect(await scheduler.pending(new Date('2026-12-20T12:00:00Z'))).toEqual([]);
    expect(a.store.requests.getFollowup('parent-a', f?.id ?? 0)?.remindedAt).toBe(at.toISOString());
  });

  it("uses the parent's check-in days and time zone when they have set them", async () => {
    const a = app();
    a.store.ensureUser('parent-a', WEDNESDAY.toISOString());
    a.store.logs.updateCheckin('parent-a', { zone: 'America/New_York', days: ['mon', 'wed', 'fri'] }, WEDNESDAY.toISOString());
    await a.send(cmd('followup-days', '3'));
    await a.send(cmd('sent', 'the email to Mrs Okafor'));
    const [f] = a.store.requests.listFollowups('parent-a');
    expect(f).toMatchObject({ about: 'the email to Mrs Okafor', dueOn: '2026-12-02', timeZone: 'America/New_York', schoolDays: 3 });
    const scheduler = schedulerFor(a);
    expect(await scheduler.pending(new Date('2026-12-02T20:59:00Z'))).toEqual([]);
    expect(await scheduler.pending(new Date('2026-12-02T21:00:00Z'))).toHaveLength(1);
  });

  it('survives a restart: the reminder is in the database', async () => {
    const dir = cleanups.dir('nextstep-restart-');
    const first = makeCaseApp({ dir });
    await draftAndSend(first);
    first.close();
    const second = app(dir);
    expect(await schedulerFor(second).pending(new Date('2026-12-09T16:00:00Z'))).toHaveLength(1);
  });

  it('"they replied" keeps the answer, closes the follow-up, and no reminder comes', async () => {
    const a = app();
    await draftAndSend(a);
    let r = await a.send('They replied!');
    expect(question(r).key).toBe('case-file.replied.ask');
    r = await a.send('They will start the quiet room trial on Monday and review it in two weeks.');
    expect(question(r).key).toBe('case-file.replied.another');
    r = await a.send(pick('keep'));
    // A trial with a review in it (mends of 7 December, afternoon): its day is offered as a date to watch.
    expect(keysOf(r)).toEqual(['case-file.replied.kept', 'review.offer']);
    r = await a.send(pick('leave-review'));
    expect(keysOf(r)).toEqual(['review.log-step', 'home.menu']);
    const response = a.store.listNotes('parent-a').find((n) => n.kind === 'response');
    expect(response?.text).toContain('quiet room trial on Monday');
    expect(a.store.requests.listFollowups('parent-a')[0]?.status).toBe('answered');
    expect(await schedulerFor(a).pending(new Date('2026-12-10T12:00:00Z'))).toEqual([]);
    // The command with words records them at once.
    await a.send(cmd('sent'));
    await a.send(cmd('replied', 'A short email: no.'));
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toEqual([]);
  });

  it('a reply that is another no is kept, then goes straight to triage for this child and is filed as what the school said', async () => {
    const a = app();
    await draftAndSend(a);
    await a.send('they replied');
    let r = await a.send('Mr Hughes says there will be no support until the referral meeting in February.');
    r = await a.send(pick('respond'));
    expect(keysOf(r)).toContain('case-file.replied.to-triage');
    // The reply names who said it: confirmed, not asked again.
    expect(question(r).key).toBe('triage.confirm-who');
    expect(question(r).choices.map((c) => c.id)[0]).toBe('said-by');
    expect(a.store.requests.listFollowups('parent-a', { status: 'open' })).toEqual([]);
    r = await a.send(pick('said-by'));
    r = await a.send(pick('today'));
    // Kept as the reply at once, so leaving triage half-way loses nothing.
    const notes = a.store.listNotes('parent-a');
    expect(notes.filter((n) => n.text.includes('no support until the referral meeting')).map((n) => n.kind)).toEqual(['response']);
    // Confirmed or chosen, the kind of no is filed with the reply as the statement.
    r = await a.send(pick(question(r).choices[0]?.id ?? 'yes'));
    const statements = a.store.listNotes('parent-a').filter((n) => n.text.includes('no support until the referral meeting'));
    expect(statements.map((n) => [n.kind, n.who ?? null])).toEqual([['response', null], ['statement', 'Mr Hughes']]);
  });

  it('a reminder offers the follow-up letter; sending that replaces the old follow-up with a new one', async () => {
    const a = app();
    await draftAndSend(a);
    const at = new Date('2026-12-09T16:00:00Z');
    a.clock.current = at;
    await schedulerFor(a).tick(async () => true, at);
    const r = await a.send(pick('draft'));
    const [doc] = documents(r);
    expect(doc?.key).toBe('letter.follow-up');
    expect(doc?.body).toContain('I wrote to you on 25 November 2026 about Robin (the letter "Which data is needed, and what happens meanwhile")');
    // No count of school days told to the school as a fact: term dates are not known, and over a
    // holiday the count would be wrong (eleventh walk W11-5). The date it was sent says it.
    expect(doc?.body).not.toMatch(/school days/);
    expect(doc?.body).toContain("I haven't yet had a reply");
    expect(doc?.body).toContain('reply in writing by 16 December 2026');
    expect(question(r).choices.map((c) => c.id)).toContain('sent');
    await a.send(pick('sent'));
    const rows = a.store.requests.listFollowups('parent-a');
    expect(rows.map((f) => [f.letter, f.status])).toEqual([
      ['data-request', 'followed_up'],
      ['follow-up', 'open'],
    ]);
  });

  it('mid-conversation, a reminder is a short note and the question is asked again', async () => {
    const a = app();
    await draftAndSend(a);
    await a.send(cmd('letter'));
    await a.send(pick('kind:meeting-recap')); // now answering "When was the meeting?"
    const at = new Date('2026-12-09T16:00:00Z');
    a.clock.current = at;
    const delivered: Reply[][] = [];
    await schedulerFor(a).tick(async (_u, replies) => {
      delivered.push(replies);
      return true;
    }, at);
    expect(keysOf(delivered[0] ?? [])).toEqual(['case-file.followup.reminder-busy', 'case-file.meeting.ask-when']);
  });

  it('followup-days shows, sets and refuses nonsense', async () => {
    const a = app();
    expect(keysOf(await a.send(cmd('followup-days')))[0]).toBe('case-file.followup-days.show');
    expect(keysOf(await a.send(cmd('followup-days', 'lots')))[0]).toBe('case-file.followup-days.invalid');
    expect(keysOf(await a.send(cmd('followup-days', '0')))[0]).toBe('case-file.followup-days.invalid');
    expect(keysOf(await a.send(cmd('followup-days', '5')))[0]).toBe('case-file.followup-days.set');
    expect(a.store.requests.followupDays('parent-a')).toBe(5);
  });

  it('the timeline shows requests sent, responses, follow-ups due and the daily-log summary', async () => {
    const a = app();
    await draftAndSend(a);
    const caseId = a.store.listCases('parent-a')[0]?.id as number;
    a.store.logs.putEntry('parent-a', { caseId, date: '2026-11-23', attendance: 'absent' }, WEDNESDAY.toISOString());
    a.store.logs.putEntry('parent-a', { caseId, date: '2026-11-24', attendance: 'full' }, WEDNESDAY.toISOString());
    const r = await a.send(cmd('notes'));
    const doc = documents(r)[0];
    const text = doc?.body ?? (r[0]?.type === 'text' ? r[0].text : '');
    expect(text).toContain('Request sent: the letter "Which data is needed, and what happens meanwhile"');
    expect(text).toContain('9 December 2026 · Follow-up due: no reply yet to the letter');
    expect(text).toContain('24 November 2026 · Daily log: From my daily log');
    // Chronological: the request before its follow-up.
    expect(text.indexOf('Request sent')).toBeLessThan(text.indexOf('Follow-up due'));
    // The drafted letter: its title in the timeline, and in full (line breaks kept) under it.
    const title = a.content.letter('data-request')?.title as string;
    const draft = a.store.listNotes('parent-a').find((n) => n.kind === 'draft');
    expect(draft && title).toBeTruthy();
    expect(text).toMatch(new RegExp(`· ${a.content.render('notes.kind.draft')}[^\\n]*: ${title}\\n`));
    const letters = text.indexOf(a.content.render('case-file.packet.letters'));
    expect(letters).toBeGreaterThan(text.indexOf('Follow-up due'));
    expect(text.slice(letters)).toContain(draft?.text.trimEnd());
    expect(draft?.text).toContain('\n');
  });
});

describe('phrases a parent might type', () => {
  // "I've sent it" with no letter drafted is not read as sent (review9, 3): sent-only-a-letter.test.ts.
  it.each([
    ["They've replied", 'case-file.replied.ask'],
    ['the school has finally answered!', 'case-file.replied.ask'],
    ['export pdf', 'case-file.export.empty'],
    ['download my case file', 'case-file.export.empty'],
    ['forget me', 'case-file.forget.confirm'],
    ['delete all my data', 'case-file.forget.confirm'],
    ['draft a follow-up letter', 'case-file.letter.intro'],
    ['letter', 'case-file.letter.ask-kind'],
  ])('%s → %s', async (text, key) => {
    const a = app();
    await a.send(cmd('resume'));
    expect(keysOf(await a.send(text))).toContain(key);
  });
});

describe('school-day arithmetic, week by week', () => {
  /** The plain definition: one day at a time, 24 December to 1 January never a school day. */
  const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const dayOf = (iso: string) => WEEK[(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7] as WeekdayId;
  const next = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const inBreak = (iso: string) => iso.slice(5) >= '12-24' || iso.slice(5) === '01-01';
  const counts = (iso: string, days: readonly WeekdayId[]) => days.includes(dayOf(iso)) && !inBreak(iso);
  function slowAdd(date: string, n: number, days: readonly WeekdayId[]): string {
    let d = date;
    for (let left = n; left > 0; ) {
      d = next(d);
      if (counts(d, days)) left -= 1;
    }
    return d;
  }
  function slowBetween(from: string, to: string, days: readonly WeekdayId[]): number {
    let n = 0;
    for (let d = from; d < to; ) {
      d = next(d);
      if (counts(d, days)) n += 1;
    }
    return n;
  }
  const weeks: WeekdayId[][] = [['mon', 'tue', 'wed', 'thu', 'fri'], ['mon', 'wed', 'fri'], ['sun', 'mon', 'tue', 'wed', 'thu'], ['sat'], [...WEEK]];

  it('agrees with counting one day at a time, for every start day, week and count', () => {
    let checked = 0;
    for (const days of weeks) {
      for (let start = 0; start < 28; start++) {
        // Across a DST change, then across the winter break.
        const from = new Date(start < 14 ? Date.UTC(2026, 2, 20 + start) : Date.UTC(2026, 11, 10 + start)).toISOString().slice(0, 10);
        for (let n = 0; n <= 45; n++) {
          const to = addSchoolDays(from, n, days);
          expect(to).toBe(slowAdd(from, n, days));
          expect(schoolDaysBetween(from, to, days)).toBe(slowBetween(from, to, days));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(6000);
  });
});

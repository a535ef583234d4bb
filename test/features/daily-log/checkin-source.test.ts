/**
 * Daily check-in prompts through the real scheduler and store, with a fixed clock moved by hand:
 * a week of school days, weekends, pause, skip, snooze, DST starting and ending in New York and
 * London, zones east of UTC, restarts, and never the same prompt twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { checkinDue } from '../../../src/features/daily-log/checkin-source.js';
import type { CheckinPatch } from '../../../src/features/daily-log/daily-log-port.js';
import { SCHOOL_DAYS, WEEKDAYS, type CheckinSettings } from '../../../src/features/daily-log/model.js';
import { createScheduler } from '../../../src/core/scheduler.js';
import type { DueItem } from '../../../src/core/ports.js';
import { schedulerSources } from '../../../src/app.js';
import { choice, FixedClock, keys, lastQuestion, makeTestApp, type TestApp } from '../../support/builders.js';

let apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.reverse()) a.cleanup();
  apps = [];
});

function app(at: string, dbPath?: string): TestApp {
  const a = makeTestApp({ clock: new FixedClock(new Date(at)), ...(dbPath ? { dbPath } : {}) });
  apps.push(a);
  return a;
}

function optIn(a: TestApp, user: string, patch: CheckinPatch & { time: string; zone: string }): void {
  const at = a.clock.now().toISOString();
  a.store.ensureUser(user, at);
  a.store.logs.updateCheckin(user, { enabled: true, days: [...SCHOOL_DAYS], ...patch }, at);
}

interface Sent {
  item: DueItem;
  at: string;
  replies: Reply[];
}

function scheduler(a: TestApp) {
  const sent: Sent[] = [];
  const s = createScheduler({ ledger: a.store.prompts, engine: a.engine, clock: a.clock, logger: silentLogger, sources: schedulerSources(a.store) });
  const delivered: { user: string; replies: Reply[] }[] = [];
  const deliver = async (user: string, replies: Reply[]) => {
    delivered.push({ user, replies });
    return true;
  };
  return {
    sent,
    delivered,
    /** Ticks at `at`, like the running scheduler each minute. */
    async tick(at: string): Promise<DueItem[]> {
      a.clock.current = new Date(at);
      const items = await s.tick(deliver, a.clock.now());
      for (const item of items) sent.push({ item, at: new Date(at).toISOString(), replies: delivered.at(-1)?.replies ?? [] });
      return items;
    },
    /** Ticks every `stepMinutes` from `from` (inclusive) to `to` (exclusive). */
    async walk(from: string, to: string, stepMinutes = 15): Promise<void> {
      for (let t = Date.parse(from); t < Date.parse(to); t += stepMinutes * 60_000) await this.tick(new Date(t).toISOString());
    },
  };
}

const dates = (sent: Sent[]) => sent.map((s) => s.item.localDate);

describe('check-in prompts over a week', () => {
  it('prompts at 7:30 local on each school day, never at weekends, once each', async () => {
    const a = app('2026-11-22T00:00:00Z'); // a Sunday
    optIn(a, 'ny', { time: '07:30', zone: 'America/New_York' });
    const s = scheduler(a);
    await s.walk('2026-11-22T00:00:00Z', '2026-11-30T00:00:00Z');
    expect(dates(s.sent)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    // 7:30 EST is 12:30 UTC; the prompt goes out on the first tick at or after it.
    expect(s.sent.map((x) => x.at)).toEqual(['2026-11-23T12:30:00.000Z', '2026-11-24T12:30:00.000Z', '2026-11-25T12:30:00.000Z', '2026-11-26T12:30:00.000Z', '2026-11-27T12:30:00.000Z']);
    expect(s.sent.every((x) => x.item.key === `checkin:ny:${x.item.localDate}`)).toBe(true);
    expect(keys(s.sent[0]?.replies ?? [])).toEqual(['daily-log.prompt-intro', 'daily-log.ask-nickname']);
  });

  it('is quiet for parents who did not ask, and for a check-in that was stopped', async () => {
    const a = app('2026-11-23T00:00:00Z');
    await a.send('hello', { user: 'talker' }); // a parent who uses the bot but never opted in
    optIn(a, 'stopped', { time: '07:30', zone: 'Europe/London', enabled: false });
    const s = scheduler(a);
    await s.walk('2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z', 30);
    expect(s.sent).toEqual([]);
  });

  it('honours a pause until a date (prompts resume that day) and a skipped day', async () => {
    const a = app('2026-11-22T00:00:00Z');
    optIn(a, 'p', { time: '07:30', zone: 'Europe/London', pauseUntil: '2026-11-25' });
    const s = scheduler(a);
    await s.walk('2026-11-23T00:00:00Z', '2026-11-25T00:00:00Z');
    expect(s.sent).toEqual([]);
    // Wednesday: the pause is over. On Thursday morning the parent says "skip today" first.
    await s.walk('2026-11-25T00:00:00Z', '2026-11-26T07:00:00Z');
    a.clock.current = new Date('2026-11-26T07:00:00Z');
    expect(keys(await a.send('skip today', { user: 'p' }))).toContain('checkin.skipped');
    await s.walk('2026-11-26T07:00:00Z', '2026-11-28T00:00:00Z');
    expect(dates(s.sent)).toEqual(['2026-11-25', '2026-11-27']);
  });

  it('is quiet over the winter break (24 Dec - 1 Jan), and says so on the last prompt before it', async () => {
    const a = app('2026-12-21T00:00:00Z'); // a Monday
    optIn(a, 'ny', { time: '07:30', zone: 'America/New_York' });
    const s = scheduler(a);
    await s.walk('2026-12-21T00:00:00Z', '2027-01-06T00:00:00Z', 60);
    expect(dates(s.sent)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2027-01-04', '2027-01-05']);
    const said = s.sent.map((x) => keys(x.replies).includes('checkin.break-ahead'));
    expect(said).toEqual([false, false, true, false, false]);
    const note = s.sent[2]?.replies.find((r) => r.key === 'checkin.break-ahead');
    // The day it names is the first check-in after the break (the label is dates.ts's dayLabel).
    expect(note?.type === 'text' ? note.text : '').toContain('Mon 4 Jan');
  });

  it('pauses and stops by conversation', async () => {
    const a = app('2026-11-23T09:00:00Z');
    optIn(a, 'p', { time: '07:30', zone: 'Europe/London' });
    expect(keys(await a.send('pause reminders until monday', { user: 'p' }))).toContain('checkin.paused');
    expect(a.store.logs.getCheckin('p')?.pauseUntil).toBe('2026-11-30');
    expect(keys(await a.send('stop reminders', { user: 'p' }))).toContain('checkin.stopped');
    expect(a.store.logs.getCheckin('p')?.enabled).toBe(false);
  });

  it('snoozes to later the same morning (+90 min), once, and not past midnight', async () => {
    const a = app('2026-11-23T00:00:00Z');
    optIn(a, 'z', { time: '07:30', zone: 'Europe/London' });
    const s = scheduler(a);
    await s.walk('2026-11-23T07:00:00Z', '2026-11-23T07:45:00Z');
    expect(dates(s.sent)).toEqual(['2026-11-23']);
    a.clock.current = new Date('2026-11-23T07:40:00Z');
    const r = await a.send('snooze', { user: 'z' });
    expect(keys(r)).toEqual(['checkin.snoozed']);
    expect(r[0]?.type === 'text' && r[0].text).toContain('9:10');
    // The prompt it answered is put aside: typing now goes to the menu, not to the old question.
    expect(a.store.getSession('z')?.flowId).toBeNull();
    await s.walk('2026-11-23T07:45:00Z', '2026-11-24T00:00:00Z');
    expect(s.sent.map((x) => x.at)).toEqual(['2026-11-23T07:30:00.000Z', '2026-11-23T09:15:00.000Z']);
    expect(s.sent[1]?.item.key).toBe('checkin:z:2026-11-23:snooze:2026-11-23T09:10:00.000Z');
    expect(lastQuestion(s.sent[1]?.replies ?? []).key).toBe('daily-log.ask-nickname');

    a.clock.current = new Date('2026-11-24T23:00:00Z');
    expect(keys(await a.send('snooze', { user: 'z' }))).toEqual(['checkin.snooze-too-late']);
  });

  it('sends a prompt missed while the bot was down, once, on the same local day only', async () => {
    const a = app('2026-11-23T00:00:00Z');
    optIn(a, 'm', { time: '07:30', zone: 'Europe/London' });
    const s = scheduler(a);
    // Down all Monday morning; back at 15:00.
    await s.tick('2026-11-23T15:00:00Z');
    await s.tick('2026-11-23T15:01:00Z');
    // Down again from Monday evening until Wednesday 06:00: Tuesday's prompt is not sent late.
    await s.tick('2026-11-25T06:00:00Z');
    await s.walk('2026-11-25T06:00:00Z', '2026-11-25T12:00:00Z');
    expect(s.sent.map((x) => [x.item.localDate, x.at])).toEqual([
      ['2026-11-23', '2026-11-23T15:00:00.000Z'],
      ['2026-11-25', '2026-11-25T07:30:00.000Z'],
    ]);
  });

  it('does not prompt right after opting in late in the day, nor when the day is already logged', async () => {
    const a = app('2026-11-23T09:00:00Z');
    await a.send('remind me at 7:30 on school days, London time', { user: 'late' });
    expect(a.store.logs.getCheckin('late')).toMatchObject({ enabled: true, time: '07:30', zone: 'Europe/London' });
    const s = scheduler(a);
    await s.walk('2026-11-23T09:00:00Z', '2026-11-24T00:00:00Z', 60);
    expect(s.sent).toEqual([]);
    // Tuesday: the parent logs before 7:30, so there is nothing to ask.
    a.clock.current = new Date('2026-11-24T06:50:00Z');
    await a.send('log today', { user: 'late' });
    await a.send('Bean', { user: 'late' });
    await a.send(choice('full'), { user: 'late' });
    await s.walk('2026-11-24T07:00:00Z', '2026-11-26T00:00:00Z');
    expect(dates(s.sent)).toEqual(['2026-11-25']);
  });

  it('sends a short nudge instead of interrupting another conversation', async () => {
    const a = app('2026-11-23T07:00:00Z');
    optIn(a, 'busy', { time: '07:30', zone: 'Europe/London' });
    await a.send('resume', { user: 'busy' });
    await a.send(choice('new-no'), { user: 'busy' });
    const asked = lastQuestion(await a.send('Bean', { user: 'busy' }));
    expect(asked.key).toBe('triage.ask-request');
    const s = scheduler(a);
    await s.tick('2026-11-23T07:30:00Z');
    expect(keys(s.delivered[0]?.replies ?? [])).toEqual(['checkin.nudge-log']);
    expect(a.store.getSession('busy')?.pending?.promptId).toBe(asked.promptId);
    const next = await a.send('A later start on Mondays', { user: 'busy' });
    expect(lastQuestion(next).key).toBe('triage.ask-statement');
  });
});

describe('time zones and daylight saving (luxon)', () => {
  async function sentAt(zone: string, time: string, from: string, to: string, days = [...WEEKDAYS]) {
    const a = app(from);
    // Opted in at `from`: a time already past that day is not a missed prompt.
    optIn(a, 'tz', { time, zone, days, activeFrom: from });
    const s = scheduler(a);
    await s.walk(from, to, 15);
    return s.sent.map((x) => [x.item.localDate, x.at]);
  }

  it('New York, DST starts (8 Mar 2026): a 2:30 that does not exist goes out at 3:30 EDT; Monday moves an hour earlier in UTC', async () => {
    expect(await sentAt('America/New_York', '02:30', '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([['2026-03-08', '2026-03-08T07:30:00.000Z']]);
    const monday = await sentAt('America/New_York', '07:30', '2026-03-02T00:00:00Z', '2026-03-10T00:00:00Z', [...SCHOOL_DAYS]);
    expect(monday[0]).toEqual(['2026-03-02', '2026-03-02T12:30:00.000Z']);
    expect(monday.at(-1)).toEqual(['2026-03-09', '2026-03-09T11:30:00.000Z']);
  });

  it('New York, DST ends (1 Nov 2026): a 1:30 that happens twice is sent once, at its first occurrence (1:30 EDT)', async () => {
    const sent = await sentAt('America/New_York', '01:30', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(sent).toEqual([['2026-11-01', '2026-11-01T05:30:00.000Z']]);
    expect(await sentAt('America/New_York', '07:30', '2026-11-02T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([['2026-11-02', '2026-11-02T12:30:00.000Z']]);
  });

  it('London, BST starts (29 Mar 2026) and ends (25 Oct 2026)', async () => {
    expect(await sentAt('Europe/London', '01:30', '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z')).toEqual([['2026-03-29', '2026-03-29T01:30:00.000Z']]);
    expect(await sentAt('Europe/London', '07:30', '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z', [...SCHOOL_DAYS])).toEqual([
      ['2026-03-27', '2026-03-27T07:30:00.000Z'],
      ['2026-03-30', '2026-03-30T06:30:00.000Z'],
    ]);
    // 1:30 happens twice on 25 Oct: the first (1:30 BST = 00:30 UTC) is the one.
    expect(await sentAt('Europe/London', '01:30', '2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z')).toEqual([['2026-10-25', '2026-10-25T00:30:00.000Z']]);
    expect(await sentAt('Europe/London', '07:30', '2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z', [...SCHOOL_DAYS])).toEqual([
      ['2026-10-23', '2026-10-23T06:30:00.000Z'],
      ['2026-10-26', '2026-10-26T07:30:00.000Z'],
    ]);
  });

  it('Asia/Kolkata (UTC+5:30): an early prompt falls on the previous UTC day but belongs to the local one', async () => {
    expect(await sentAt('Asia/Kolkata', '07:30', '2026-11-22T12:00:00Z', '2026-11-24T00:00:00Z', [...SCHOOL_DAYS])).toEqual([
      ['2026-11-23', '2026-11-23T02:00:00.000Z'],
    ]);
    expect(await sentAt('Asia/Kolkata', '05:00', '2026-11-22T12:00:00Z', '2026-11-23T12:00:00Z', [...SCHOOL_DAYS])).toEqual([
      ['2026-11-23', '2026-11-22T23:30:00.000Z'],
    ]);
  });

  it('Australia/Sydney (UTC+11 in summer, +10 after DST ends on 5 Apr 2026)', async () => {
    expect(await sentAt('Australia/Sydney', '07:30', '2026-11-22T00:00:00Z', '2026-11-23T00:00:00Z', [...SCHOOL_DAYS])).toEqual([
      ['2026-11-23', '2026-11-22T20:30:00.000Z'],
    ]);
    expect(await sentAt('Australia/Sydney', '07:30', '2026-04-02T12:00:00Z', '2026-04-06T12:00:00Z', [...SCHOOL_DAYS])).toEqual([
      ['2026-04-03', '2026-04-02T20:30:00.000Z'],
      ['2026-04-06', '2026-04-05T21:30:00.000Z'],
    ]);
  });

  it('the pure rule agrees with every check-in field', () => {
    const base: CheckinSettings = {
      userId: 'u',
      enabled: true,
      time: '07:30',
      zone: 'Europe/London',
      days: [...SCHOOL_DAYS],
      pauseUntil: null,
      skipDate: null,
      snoozeDate: null,
      snoozeUntil: null,
      schoolDayHours: 6.5,
      activeFrom: null,
      updatedAt: '2026-11-01T00:00:00Z',
    };
    const monday = new Date('2026-11-23T08:00:00Z');
    expect(checkinDue(base, monday)?.key).toBe('checkin:u:2026-11-23');
    expect(checkinDue({ ...base, enabled: false }, monday)).toBeNull();
    expect(checkinDue({ ...base, zone: 'Not/AZone' }, monday)).toBeNull();
    expect(checkinDue({ ...base, skipDate: '2026-11-23' }, monday)).toBeNull();
    expect(checkinDue({ ...base, pauseUntil: '2026-11-24' }, monday)).toBeNull();
    expect(checkinDue({ ...base, pauseUntil: '2026-11-23' }, monday)?.localDate).toBe('2026-11-23');
    expect(checkinDue({ ...base, days: ['tue'] }, monday)).toBeNull();
    expect(checkinDue({ ...base, days: [...WEEKDAYS] }, new Date('2026-12-25T08:00:00Z'))).toBeNull(); // Christmas Day
    expect(checkinDue({ ...base, days: [...WEEKDAYS] }, new Date('2027-01-01T08:00:00Z'))).toBeNull();
    expect(checkinDue({ ...base, days: [...WEEKDAYS] }, new Date('2027-01-02T08:00:00Z'))?.localDate).toBe('2027-01-02');
    expect(checkinDue({ ...base, activeFrom: '2026-11-23T07:45:00Z' }, monday)).toBeNull();
    expect(checkinDue({ ...base, snoozeDate: '2026-11-23', snoozeUntil: '2026-11-23T09:00:00Z' }, monday)).toBeNull();
  });
});

describe('restarts', () => {
  it('a crash after the prompt turn committed but before it was recorded sends nothing twice', async () => {
    const first = app('2026-11-23T07:30:00Z');
    optIn(first, 'r', { time: '07:30', zone: 'Europe/London' });
    // What the scheduler does first: the engine turn, keyed by the prompt. Then the process dies.
    const [item] = (await Promise.all(schedulerSources(first.store).map((src) => src.due(first.clock.now())))).flat();
    expect(item?.key).toBe('checkin:r:2026-11-23');
    await first.engine.handleTurn({ id: `sched:${item?.key}`, channel: 'scheduler', user: 'r', input: { kind: 'command', name: 'checkin-prompt', args: '2026-11-23' }, receivedAt: first.clock.now() });
    first.close();

    const second = app('2026-11-23T07:31:00Z', first.dbPath);
    const s = scheduler(second);
    expect((await s.tick('2026-11-23T07:31:00Z')).map((i) => i.key)).toEqual(['checkin:r:2026-11-23']);
    expect(s.delivered).toEqual([]); // the turn was already done: its replies wait in the outbox
    const waiting = (await second.engine.undelivered()).filter((u) => u.userId === 'r');
    expect(waiting.map((u) => u.eventId)).toEqual(['sched:checkin:r:2026-11-23']);
    expect(lastQuestion(waiting[0]?.replies ?? []).key).toBe('daily-log.ask-nickname');
    expect(await s.tick('2026-11-23T08:00:00Z')).toEqual([]);
  });

  it('a crash after it was recorded but before delivery leaves it in the outbox, and it is not sent again', async () => {
    const first = app('2026-11-23T07:30:00Z');
    optIn(first, 'r', { time: '07:30', zone: 'Europe/London' });
    const s1 = createScheduler({ ledger: first.store.prompts, engine: first.engine, clock: first.clock, logger: silentLogger, sources: schedulerSources(first.store) });
    await s1.tick(async () => {
      throw new Error('network down');
    });
    first.close();
    const second = app('2026-11-23T07:45:00Z', first.dbPath);
    const s = scheduler(second);
    await s.walk('2026-11-23T07:45:00Z', '2026-11-24T00:00:00Z', 30);
    expect(s.sent).toEqual([]);
    expect((await second.engine.undelivered()).filter((u) => u.userId === 'r')).toHaveLength(1);
  });

  it('two schedulers on one database (an overlap during a redeploy) still send each prompt once', async () => {
    const a = app('2026-11-23T07:30:00Z');
    optIn(a, 'r', { time: '07:30', zone: 'Europe/London' });
    const s1 = scheduler(a);
    const s2 = scheduler(a);
    const [x, y] = await Promise.all([s1.tick('2026-11-23T07:30:00Z'), s2.tick('2026-11-23T07:30:00Z')]);
    expect([...(x ?? []), ...(y ?? [])].length).toBeGreaterThanOrEqual(1);
    expect(s1.delivered.length + s2.delivered.length).toBe(1);
  });
});

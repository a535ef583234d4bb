/**
 * Transcripts through the engine: a parent opts in by conversation, receives the morning prompt
 * from the scheduler, logs the day in a handful of taps, and sees the summary and the chart.
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { userFilesDir } from '../../../src/core/user-files.js';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { startScheduler } from '../../../src/scheduler/start.js';
import { consoleDeliver } from '../../../src/adapters/console/console-deliver.js';
import { bootContent } from '../../../src/app.js';
import { choice, command, FixedClock, keys, lastQuestion, makeTestApp, tempDir, type TestApp } from '../../support/builders.js';

let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

const textOf = (replies: Reply[], key: string): string => {
  const r = replies.find((x) => x.key === key);
  return r && (r.type === 'text' || r.type === 'question') ? r.text : '';
};

describe('daily log transcripts', () => {
  it('offers the check-in tip after the first day logged, not after every day', async () => {
    const clock = new FixedClock(new Date('2026-11-25T19:00:00Z')); // Wednesday evening in London
    app = makeTestApp({ clock });
    const a = app;
    let r = await a.send('log yesterday');
    if (lastQuestion(r).key === 'daily-log.ask-nickname') r = await a.send('Pip');
    for (const id of ['absent', 'd:9', 't:sensory', 'done', 'nothing-tried', 'skip']) r = await a.send(choice(id));
    expect(keys(r)).toContain('daily-log.saved');
    expect(keys(r)).toContain('daily-log.tip-reminder');
    r = await a.send('log today');
    for (const id of ['full', 'd:3', 'nothing', 'nothing-tried', 'skip']) r = await a.send(choice(id));
    expect(keys(r)).toContain('daily-log.saved');
    expect(keys(r)).not.toContain('daily-log.tip-reminder');
  });

  it('opt in by conversation, get the prompt from the scheduler, log in under ten taps, see the summary', async () => {
    const clock = new FixedClock(new Date('2026-11-23T19:00:00Z')); // Monday evening in London
    app = makeTestApp({ clock });
    const a = app;

    // Opting in: the time and days come from the words; the zone is asked for.
    let r = await a.send('Remind me at 7:30 on school days');
    expect(lastQuestion(r).key).toBe('checkin.ask-zone');
    r = await a.send(choice('zone:Europe/London'));
    expect(keys(r)).toContain('checkin.saved');
    expect(textOf(r, 'checkin.saved')).toContain('7:30, Monday to Friday (Europe/London)');
    // No child yet: asked for now (W15-10); "ask me at the first check-in" leaves it to the prompt.
    expect(lastQuestion(r).key).toBe('checkin.ask-child');
    await a.send(choice('later'));

    // Tuesday 7:30 London: the scheduler's prompt starts today's log.
    const delivered: { user: string; replies: Reply[] }[] = [];
    const running = startScheduler({ app: a, logger: silentLogger, deliver: async (user, replies) => (delivered.push({ user, replies }), true), everyMs: 3_600_000 });
    running.stop();
    clock.current = new Date('2026-11-24T07:30:00Z');
    expect((await running.tick()).map((i) => i.key)).toEqual(['checkin:parent-a:2026-11-24']);
    const prompt = delivered[0]?.replies ?? [];
    expect(delivered[0]?.user).toBe('parent-a');
    expect(keys(prompt)[0]).toBe('daily-log.prompt-intro');
    expect(lastQuestion(prompt).key).toBe('daily-log.ask-nickname'); // first time only
    r = await a.send('Bean');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.today');

    // The day itself: taps only.
    let taps = 0;
    const tap = async (id: string) => {
      taps += 1;
      return a.send(choice(id, lastQuestion(r).promptId));
    };
    r = await tap('partial');
    expect(lastQuestion(r).key).toBe('daily-log.ask-hours');
    r = await tap('h:3');
    r = await tap('d:7');
    r = await tap('t:morning-transition');
    r = await tap('done');
    r = await tap('s:quiet-space');
    r = await tap('yes');
    r = await tap('done');
    r = await tap('skip');
    expect(taps).toBeLessThan(10);
    expect(textOf(r, 'daily-log.saved')).toBe('Saved for Bean, Tue 24 Nov: part of the day (3 h) · morning 7/10 · harder: the morning transition · tried: a quiet space to arrive in (helped).');
    expect(lastQuestion(r).key).toBe('home.menu');
    expect(a.store.listNotes('parent-a').find((n) => n.topic === 'daily-log.saved')).toMatchObject({ kind: 'log_summary', saidOn: '2026-11-24', nickname: 'Bean', text: 'part of the day' });

    // Later that week: an absent day, backfilled, and a typed full day.
    clock.current = new Date('2026-11-26T18:00:00Z');
    r = await a.send('log yesterday');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.past');
    expect(lastQuestion(r).text).toContain('Wed 25 Nov');
    for (const id of ['absent', 'd:9', 't:sensory', 'done', 'nothing-tried', 'skip']) r = await a.send(choice(id));
    expect(keys(r)).toContain('daily-log.saved');
    r = await a.send('log today');
    r = await a.send('full day');
    r = await a.send('3');
    for (const id of ['nothing', 'nothing-tried']) r = await a.send(choice(id));
    r = await a.send('Smiled at pick-up');
    expect(textOf(r, 'daily-log.saved')).toContain('full day · morning 3/10 · note kept');

    // The summary, in chat.
    r = await a.send('summary');
    const summary = textOf(r, 'summary.text');
    expect(summary).toContain('Bean, 24 Nov – 26 Nov 2026. Days logged: 3.');
    expect(summary).toContain('Full days: 1. Part days: 1. Didn\'t go in: 1.');
    expect(summary).toContain('about 49% of school time'); // (3/6.5 + 0 + 1) / 3
    expect(summary).toContain('a quiet space to arrive in (helped 1 of 1)');
    expect(keys(r)).toContain('summary.chart-hint');

    // And the chart, as an image reply.
    r = await a.send(command('chart'));
    const image = r.find((x) => x.type === 'image');
    expect(image?.type === 'image' && Buffer.from(image.data.subarray(1, 4)).toString('ascii')).toBe('PNG');
    expect(image?.type === 'image' && image.filename).toBe('attendance-2026-11-24-to-2026-11-26.png');
  });

  it('a question saved by an older release as buttons-only still takes the words the flow now reads', async () => {
    app = makeTestApp({ clock: new FixedClock(new Date('2026-11-24T18:00:00Z')) });
    const a = app;
    await a.send(command('resume'));
    await a.send('log today');
    await a.send('Bean');
    await a.send('full day');
    let r = await a.send('4');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers');
    // As an older release saved it: the same question, but without "or type".
    const s = a.store.getSession('parent-a');
    if (!s?.pending) throw new Error('expected a pending question');
    a.store.saveSession({ ...s, pending: { ...s.pending, freeText: false } });
    r = await a.send('the noise in the hall');
    expect(keys(r)).not.toContain('engine.pick-one');
    expect(lastQuestion(r).key).toBe('daily-log.ask-triggers-more');
    // Where the flow takes no words, buttons-only still means buttons only.
    r = await a.send(choice('done'));
    r = await a.send(choice('s:quiet-space'));
    expect(lastQuestion(r).freeText).toBe(false);
    r = await a.send('it was great');
    expect(keys(r)).toContain('engine.pick-one');
  });

  it('logging a day again says so first; "keep" leaves it as it was', async () => {
    app = makeTestApp({ clock: new FixedClock(new Date('2026-11-24T18:00:00Z')) });
    const a = app;
    await a.send(command('log'));
    await a.send('Bean');
    await a.send(choice('full'));
    await a.send(command('restart'));
    let r = await a.send(choice('log')); // "Log today" from the menu
    expect(lastQuestion(r).key).toBe('daily-log.ask-replace');
    r = await a.send(choice('keep'));
    expect(keys(r)).toContain('daily-log.kept');
    expect(a.store.logs.listEntries('parent-a').map((e) => e.attendance)).toEqual(['full']);
    await a.send('log today');
    await a.send(choice('replace'));
    await a.send(choice('absent'));
    expect(a.store.logs.listEntries('parent-a').map((e) => e.attendance)).toEqual(['absent']);
  });

  it('check-in commands in conversation: status, school-day length, bad dates', async () => {
    app = makeTestApp({ clock: new FixedClock(new Date('2026-11-24T18:00:00Z')) });
    const a = app;
    expect(keys(await a.send('skip today'))).toContain('checkin.not-set');
    await a.send('remind me at 8am every day in Sydney');
    let r = await a.send(command('checkin'));
    expect(textOf(r, 'checkin.status')).toBe('Your daily check-in is at 8:00, every day (Australia/Sydney).');
    r = await a.send('my school day is 6 hours');
    expect(keys(r)).toContain('checkin.school-day-set');
    expect(a.store.logs.schoolDayHours('parent-a')).toBe(6);
    expect(keys(await a.send('log next friday'))).toContain('daily-log.bad-date');
    expect(keys(await a.send('pause reminders'))).toContain('checkin.pause-needs-date');
    r = await a.send('pause reminders until 1 Dec');
    expect(textOf(r, 'checkin.paused')).toContain('Tue 1 Dec');
    r = await a.send(command('checkin', 'status'));
    expect(textOf(r, 'checkin.status')).toContain("It's paused until Tue 1 Dec.");
    expect(keys(await a.send('resume reminders'))).toContain('checkin.resumed');
    expect(a.store.logs.getCheckin('parent-a')?.pauseUntil).toBeNull();
  });

  it('the console deliver prints prompts for its own parent and saves charts beside the database', async () => {
    let printed = '';
    const out = new Writable({
      write(chunk, _enc, done) {
        printed += String(chunk);
        done();
      },
    });
    const t = tempDir('nextstep-console-deliver-');
    try {
      const deliver = consoleDeliver({ user: 'local', output: out, filesDir: t.dir, content: bootContent() });
      expect(await deliver('someone-else', [{ type: 'text', key: 'k', text: 'hi' }])).toBe(false);
      expect(await deliver('local', [{ type: 'text', key: 'k', text: 'Check-in time.' }, { type: 'image', key: 'c', filename: 'c.png', alt: 'chart', data: new Uint8Array([1]) }])).toBe(true);
      expect(printed).toContain('next step › Check-in time.');
      expect(printed).toContain(`(saved to ${join(userFilesDir(t.dir, 'local'), 'c.png')})`);
    } finally {
      t.cleanup();
    }
  });
});

describe('logging on a day that is not a school day', () => {
  it('a plain "log" on Saturday offers Friday; a named day or a Saturday school week does not', async () => {
    const clock = new FixedClock(new Date('2026-11-28T10:00:00Z')); // Saturday
    app = makeTestApp({ clock });
    const a = app;
    let r = await a.send('log');
    expect(lastQuestion(r).key).toBe('daily-log.ask-off-day');
    expect(lastQuestion(r).text).toContain('Fri 27 Nov');
    r = await a.send(choice('school-day', lastQuestion(r).promptId));
    expect(lastQuestion(r).key).toBe('daily-log.ask-nickname');
    r = await a.send('Bean');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.past');
    expect(lastQuestion(r).text).toContain('Fri 27 Nov');
    for (const id of ['absent', 'd:8', 'nothing', 'nothing-tried', 'skip']) r = await a.send(choice(id));
    expect(keys(r)).toContain('daily-log.saved');
    const bean = a.store.listCases('parent-a')[0];
    expect(bean && a.store.logs.getEntry('parent-a', bean.id, '2026-11-27')?.attendance).toBe('absent');
    expect(bean && a.store.logs.getEntry('parent-a', bean.id, '2026-11-28')).toBeUndefined();

    // "log today" asks again, now saying Friday is logged already (the fourth walk); "not now" leaves nothing behind.
    r = await a.send('log today');
    expect(lastQuestion(r).key).toBe('daily-log.ask-off-day-logged');
    r = await a.send(choice('not-now'));
    expect(keys(r)).toContain('daily-log.not-now');

    // Named outright: the parent means that day.
    r = await a.send('log saturday');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.today');
    await a.send(choice('not-now'));

    // A school week that includes Saturday (the days the check-in runs on): no question.
    a.store.logs.updateCheckin('parent-a', { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }, clock.now().toISOString());
    r = await a.send('log');
    expect(lastQuestion(r).key).toBe('daily-log.ask-attendance.today');
  });
});

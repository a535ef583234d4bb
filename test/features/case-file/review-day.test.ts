/**
 * The review day through the engine and the scheduler (A-L1): a review date kept is a reminder
 * at the end of that school day in the parent's zone, sent once (the clock port, never timers),
 * in the parent's private conversation; its buttons lead on; a day typed instead moves it, one
 * left out makes none, and forget erases it.
 */
import { describe, expect, it } from 'vitest';
import { schedulerSources } from '../../../src/app.js';
import { createScheduler } from '../../../src/core/scheduler.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/types.js';
import { FixedClock } from '../../support/builders.js';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cmd, keysOf, makeCaseApp, pick, question, tellTriage, type CaseApp } from './support.js';

const cleanups = cleanupsAfterEach();
const USER = 'parent-a';
const TRIAL = "They'll do a 9:15 start from Monday for two weeks and then review it.";

/** A letter sent on Wednesday 11 November, then on Wednesday 18 November the reply agreeing a trial: the review offered for Monday 7 December (outside the winter break, which is asked about). */
async function offered(zone = 'America/New_York'): Promise<CaseApp> {
  const a = makeCaseApp({ clock: new FixedClock(new Date('2026-11-11T10:00:00Z')) });
  cleanups.add(() => a.close());
  a.store.ensureUser(USER, a.clock.now().toISOString());
  a.store.logs.updateCheckin(USER, { zone }, a.clock.now().toISOString());
  await tellTriage(a, { nickname: 'Amara', request: 'A later start at 10', statement: 'We need more evidence before we change anything.', who: 'Mr Hill' });
  for (let i = 0; i < 4; i++) await a.send(pick('not-said'));
  await a.send(pick('sent'));
  a.clock.current = new Date('2026-11-18T17:00:00Z');
  expect(question(await a.send(cmd('replied', TRIAL))).key).toBe('review.offer');
  return a;
}

function schedulerFor(a: CaseApp) {
  return createScheduler({ ledger: a.store.prompts, engine: a.engine, clock: a.clock, logger: silentLogger, sources: schedulerSources(a.store) });
}

/** One tick at `iso`, returning what was delivered, per parent. */
async function tickAt(a: CaseApp, iso: string): Promise<{ userId: string; replies: Reply[] }[]> {
  const at = new Date(iso);
  a.clock.current = at;
  const out: { userId: string; replies: Reply[] }[] = [];
  await schedulerFor(a).tick(async (userId, replies) => {
    out.push({ userId, replies });
    return true;
  }, at);
  return out;
}

const reviewItems = async (a: CaseApp, iso: string) => (await schedulerFor(a).pending(new Date(iso))).filter((i) => i.command === 'review-reminder');

describe('the review day', () => {
  it('kept, it is due at 16:00 on that day in the parent\'s zone, and sent once', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    const [r] = a.store.reviews.list(USER);
    expect(r).toMatchObject({ status: 'open', reviewOn: '2026-12-07', dueOn: '2026-12-07', dueAt: '2026-12-07T21:00:00.000Z', timeZone: 'America/New_York' });
    expect(await reviewItems(a, '2026-12-07T20:59:59Z')).toEqual([]);
    expect(await reviewItems(a, '2026-12-07T21:00:00Z')).toEqual([expect.objectContaining({ userId: USER, key: `review:${r?.id}:2026-12-07`, localDate: '2026-12-07' })]);
    const sent = await tickAt(a, '2026-12-07T21:00:00Z');
    expect(sent).toHaveLength(1);
    const q = question(sent[0]?.replies ?? []);
    expect(q.key).toBe('review-day.ask');
    expect(q.text).toContain('9:15 start');
    expect(q.choices.map((c) => c.id)).toEqual(['went-well', 'change', 'not-yet', 'later']);
    // Never again: a later tick, or a restart of the scheduler, finds nothing.
    expect(await tickAt(a, '2026-12-07T21:05:00Z')).toEqual([]);
    expect(await reviewItems(a, '2026-12-14T12:00:00Z')).toEqual([]);
  });

  it('"It went well" notes it and ends the reminder', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    await tickAt(a, '2026-12-07T21:00:00Z');
    const r = await a.send(pick('went-well'));
    expect(keysOf(r)).toContain('review-day.well');
    expect(a.store.listNotes(USER)).toContainEqual(expect.objectContaining({ kind: 'answer', topic: 'review.outcome' }));
    expect(a.store.reviews.list(USER)[0]?.status).toBe('done');
  });

  it('"Ask me in a day or two" moves it two school days on, and it comes again then', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    await tickAt(a, '2026-12-07T21:00:00Z');
    const r = await a.send(pick('later'));
    expect(keysOf(r)).toContain('review-day.later');
    const [row] = a.store.reviews.list(USER);
    expect(row).toMatchObject({ status: 'open', reviewOn: '2026-12-07', dueOn: '2026-12-09', dueAt: '2026-12-09T21:00:00.000Z', remindedAt: null });
    expect(await reviewItems(a, '2026-12-09T20:59:00Z')).toEqual([]);
    const again = await tickAt(a, '2026-12-09T21:00:00Z');
    expect(again.map((s) => question(s.replies).key)).toEqual(['review-day.ask']);
  });

  it('"They want to stop or change it": their words kept, then triage on them', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    await tickAt(a, '2026-12-07T21:00:00Z');
    expect(question(await a.send(pick('change'))).key).toBe('review-day.what-said');
    const r = await a.send('Mr Hill said the 9:15 start is too hard for staff to cover and they want to stop it.');
    expect(question(r).key.startsWith('triage.')).toBe(true);
    expect(a.store.reviews.list(USER)[0]?.status).toBe('done');
  });

  it('"Not reviewed yet": a next step and a short message to ask for it', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    await tickAt(a, '2026-12-07T21:00:00Z');
    const r = await a.send(pick('not-yet'));
    expect(keysOf(r)).toContain('review-day.not-yet');
    expect(a.store.listNotes(USER)).toContainEqual(expect.objectContaining({ kind: 'next_step', topic: 'review.ask' }));
  });

  it('in the middle of another question: a short line once, then it waits for the parent', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    a.clock.current = new Date('2026-12-07T20:00:00Z');
    await a.send(cmd('letter'));
    const sent = await tickAt(a, '2026-12-07T21:00:00Z');
    expect(keysOf(sent[0]?.replies ?? [])[0]).toBe('review-day.reminder-busy');
    // Said once (review9, 6): then it waits for the parent, as the follow-up reminder does.
    expect(a.store.reviews.list(USER)[0]).toMatchObject({ status: 'open', dueOn: '2026-12-07', remindedAt: expect.any(String) });
    expect(await tickAt(a, '2026-12-08T21:00:00Z')).toEqual([]);
    expect(await tickAt(a, '2026-12-09T21:00:00Z')).toEqual([]);
    expect(await reviewItems(a, '2026-12-20T12:00:00Z')).toEqual([]);
    // When the parent is ready, "review" asks how it went.
    await a.send(cmd('resume'));
    expect(question(await a.send('review')).key).toBe('review-day.ask');
  });

  it('missed mid-conversation, "what is due?" still says the review is waiting for them (review10, 5)', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    a.clock.current = new Date('2026-12-07T20:00:00Z');
    await a.send(cmd('letter'));
    await tickAt(a, '2026-12-07T21:00:00Z');
    a.clock.current = new Date('2026-12-10T15:00:00Z');
    await a.send(cmd('resume'));
    const said = (await a.send(cmd('due'))).map((r) => ('text' in r ? r.text : '')).join('\n');
    expect(said).toContain("review the trial on 7 December 2026");
    expect(said).toContain('type "review"');
    // Told how it went, it is no longer listed.
    await a.send('review');
    await a.send(pick('went-well'));
    expect((await a.send(cmd('due'))).map((r) => ('text' in r ? r.text : '')).join('\n')).not.toContain('type "review"');
  });

  it('asked again days later, the question says the day it was, never "today" (review9, 6)', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    await tickAt(a, '2026-12-07T21:00:00Z');
    await a.send(pick('later'));
    const again = await tickAt(a, '2026-12-09T21:00:00Z');
    const q = question(again[0]?.replies ?? []);
    expect(q.text).toContain('Monday 7 December');
    expect(q.text).not.toMatch(/today/i);
  });

  it('"review" with no review waiting: said so kindly, then the menu', async () => {
    const a = makeCaseApp();
    cleanups.add(() => a.close());
    await a.send(cmd('resume'));
    expect(keysOf(await a.send('review'))).toEqual(['review-day.none', 'home.menu']);
  });

  it('the right day typed instead is the day reminded; left out, there is no reminder', async () => {
    const typed = await offered('Europe/London');
    await typed.send('no, it is the 8th');
    expect(typed.store.reviews.list(USER)).toEqual([expect.objectContaining({ reviewOn: '2026-12-08', dueAt: '2026-12-08T16:00:00.000Z' })]);
    const left = await offered();
    await left.send(pick('leave-review'));
    expect(left.store.reviews.list(USER)).toEqual([]);
    expect(await reviewItems(left, '2026-12-16T00:00:00Z')).toEqual([]);
  });

  it('forget erases it: nothing is sent to an erased parent', async () => {
    const a = await offered();
    await a.send(pick('keep-review'));
    await a.send(cmd('forget'));
    await a.send(pick('yes'));
    await a.store.requests.settleErase();
    expect(a.store.reviews.list(USER)).toEqual([]);
    expect(await tickAt(a, '2026-12-07T21:00:00Z')).toEqual([]);
  });
});

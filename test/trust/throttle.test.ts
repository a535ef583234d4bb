import { afterEach, describe, expect, it } from 'vitest';
import { createThrottle, DEFAULT_THROTTLE } from '../../src/core/throttle.js';
import { keys } from '../support/builders.js';
import { makeTrustApp, resume, text, type TrustApp } from './support/trust-app.js';

let app: TrustApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

const turnCount = (a: TrustApp, user: string) =>
  (a.store.db.prepare('SELECT count(*) AS n FROM turns WHERE user_id = ?').get(user) as { n: number }).n;

describe('token bucket', () => {
  it('allows a burst, then one turn per refill interval', () => {
    const t = createThrottle({ burst: 3, perSecond: 1 });
    expect([t.take('a', 0), t.take('a', 0), t.take('a', 0), t.take('a', 0)]).toEqual([true, true, true, false]);
    expect(t.take('a', 999)).toBe(false);
    expect(t.take('a', 1000)).toBe(true);
    expect(t.take('a', 1000)).toBe(false);
    expect(t.take('b', 1000)).toBe(true); // buckets are per user
  });

  it('never refills on a clock that goes backwards, and caps at the burst', () => {
    const t = createThrottle({ burst: 2, perSecond: 1 });
    t.take('a', 10_000);
    t.take('a', 10_000);
    expect(t.take('a', 5_000)).toBe(false);
    expect(t.take('a', 1_000_000)).toBe(true);
    expect(t.take('a', 1_000_000)).toBe(true);
    expect(t.take('a', 1_000_000)).toBe(false);
  });

  it('forgets idle users, so memory follows active users only', () => {
    const t = createThrottle({ burst: 1, perSecond: 1 });
    for (let i = 0; i < 10_000; i++) t.take(`u${i}`, 0);
    expect(t.size).toBe(10_000);
    t.take('late', 60_000); // everyone else has refilled by now
    expect(t.size).toBe(1);
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_THROTTLE).toEqual({ burst: 20, perSecond: 1 });
  });
});

describe('engine flood control', () => {
  /** Flood control is for network channels: these turns come from Slack. */
  const send = (input: Parameters<TrustApp['send']>[0], o: Parameters<TrustApp['send']>[1] = {}) => (app as TrustApp).send(input, { channel: 'slack', ...o });

  it('answers a flood politely, without processing or recording the throttled turns', async () => {
    app = makeTrustApp({ throttle: { burst: 5, perSecond: 1 } });
    for (let i = 0; i < 5; i++) expect(keys(await send(resume))).not.toContain('engine.slow-down');
    const notesBefore = app.store.listNotes('parent-a').length;
    const sessionBefore = app.store.getSession('parent-a');
    for (let i = 0; i < 10; i++) {
      const r = await send(text(`flood message number ${i} with words`));
      expect(keys(r)).toEqual(['engine.slow-down']);
      expect(r[0]?.type === 'text' && r[0].text.length > 0).toBe(true);
    }
    expect(turnCount(app, 'parent-a')).toBe(5);
    expect(app.store.listNotes('parent-a').length).toBe(notesBefore);
    expect(app.store.getSession('parent-a')).toEqual(sessionBefore);

    // Another parent is unaffected; and after a pause the first parent carries on where they were.
    expect(keys(await send(resume, { user: 'parent-b' }))).not.toContain('engine.slow-down');
    app.clock.advance(2_000);
    const r = await send(resume);
    expect(keys(r)).not.toContain('engine.slow-down');
    expect(r.some((x) => x.type === 'question')).toBe(true);
  });

  it('a throttled event is not remembered, so a later retry of the same id is answered', async () => {
    app = makeTrustApp({ throttle: { burst: 1, perSecond: 1 } });
    await send(resume);
    expect(keys(await send(resume, { id: 'evt-retry' }))).toEqual(['engine.slow-down']);
    app.clock.advance(1_000);
    expect(keys(await send(resume, { id: 'evt-retry' }))).not.toContain('engine.slow-down');
  });

  it('a retry of a turn already answered is ignored, not told to slow down, even mid-flood', async () => {
    app = makeTrustApp({ throttle: { burst: 1, perSecond: 1 } });
    expect((await send(resume, { id: 'evt-answered' })).length).toBeGreaterThan(0);
    expect(keys(await send(resume))).toEqual(['engine.slow-down']);
    expect(await send(resume, { id: 'evt-answered' })).toEqual([]);
  });

  it('never throttles the scheduler\'s own prompts', async () => {
    app = makeTrustApp({ throttle: { burst: 1, perSecond: 1 } });
    await send(resume);
    for (let i = 0; i < 5; i++) {
      expect(keys(await send(resume, { channel: 'scheduler' }))).not.toContain('engine.slow-down');
    }
    expect(keys(await send(resume))).toEqual(['engine.slow-down']);
  });

  it('is on by default with a burst of 20', async () => {
    app = makeTrustApp();
    for (let i = 0; i < 20; i++) expect(keys(await send(resume))).not.toContain('engine.slow-down');
    expect(keys(await send(resume))).toEqual(['engine.slow-down']);
  });

  it('never throttles the console or the CLI, which read their input at their own pace', async () => {
    app = makeTrustApp({ throttle: { burst: 1, perSecond: 1 } });
    for (let i = 0; i < 5; i++) {
      expect(keys(await app.send(resume, { channel: 'console' }))).not.toContain('engine.slow-down');
      expect(keys(await app.send(resume, { channel: 'cli' }))).not.toContain('engine.slow-down');
    }
    await send(resume);
    expect(keys(await send(resume))).toEqual(['engine.slow-down']);
  });

  it('refuses an oversized payload kindly, without storing it', async () => {
    app = makeTrustApp();
    await app.send(resume);
    const huge = 'school said no '.repeat(5_000);
    const r = await app.send(text(huge));
    expect(keys(r)[0]).toBe('input.too_long');
    expect(app.store.listNotes('parent-a')).toEqual([]);
    const tooBig = await app.send({ kind: 'command', name: 'say', args: 'x'.repeat(30_000) });
    expect(keys(tooBig)).toEqual(['engine.bad-event']);
  });
});

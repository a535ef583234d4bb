/**
 * A Slack parent's day is their own (walkthrough W-L1): their Slack profile's time zone
 * (`users.info` `tz`), asked once and kept, dates "today" at 8 pm in Chicago as that Monday, not
 * the UTC Tuesday. A look-up that fails holds nothing up: the turn is answered, dated in UTC.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../support/builders.js';
import { dm, postJson, startHarness, type Harness } from './fake-slack.js';

/** 8 pm on Monday 7 December 2026 in Chicago: 02:00 on Tuesday 8 December in UTC. */
const EVENING_IN_TEXAS = new Date('2026-12-08T02:00:00Z');
const LINES = ['hello', 'They said no', 'Mateo', 'A shortened day', 'We need more data before we change anything', 'The assistant principal', 'today', '1'];

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function talk(harness: Harness, user: string): Promise<void> {
  let delivered = harness.logger.count('turn delivered');
  for (const line of LINES) {
    const res = await postJson(harness.port, dm(user, line));
    expect(res.status).toBe(200);
    await harness.waitForLog('turn delivered', ++delivered);
  }
}

const saidOn = (harness: Harness, user: string) => harness.app.store.listNotes(user).find((n) => n.kind === 'statement')?.saidOn;

describe("Slack: the parent's own day", () => {
  it('reads the parent\'s tz from users.info, once, and dates "today" at 8 pm Central as Monday 7 December', async () => {
    h = await startHarness({ clock: new FixedClock(EVENING_IN_TEXAS) });
    h.fake.zones.set('U7', 'America/Chicago');
    await talk(h, 'U7');
    expect(saidOn(h, 'slack:T1:U7')).toBe('2026-12-07');
    for (const n of h.app.store.listNotes('slack:T1:U7')) expect(n.day).toBe('2026-12-07');
    const asked = h.fake.callsTo('users.info');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.args['user']).toBe('U7');
    // Kept with the parent, for turns that come without it (the scheduler's, the command line's).
    expect(h.app.store.channelZone('slack:T1:U7')).toBe('America/Chicago');
  });

  it('a profile with no tz leaves the UTC day, as before', async () => {
    h = await startHarness({ clock: new FixedClock(EVENING_IN_TEXAS) });
    await talk(h, 'U8');
    expect(saidOn(h, 'slack:T1:U8')).toBe('2026-12-08');
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
  });

  it('a users.info that fails holds no turn up: every message is answered, dated in UTC, and nothing about it is said to the parent', async () => {
    h = await startHarness({ clock: new FixedClock(EVENING_IN_TEXAS) });
    h.fake.zones.set('U9', 'America/Chicago');
    h.fake.failNext('users.info', 1);
    await talk(h, 'U9');
    // The first look-up failed; the next is not made at once (it waits a while before asking again).
    expect(h.fake.callsTo('users.info')).toHaveLength(1);
    expect(saidOn(h, 'slack:T1:U9')).toBe('2026-12-08');
    expect(h.logger.count('time zone not read')).toBe(1);
    expect(h.logger.dump()).not.toContain('shortened');
  });
});

/** `checkin` and `due` on the command line; with --json, stdout carries only JSON. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../../support/cleanups.js';
import { cli } from './cli-io.js';

const cleanups = cleanupsAfterEach();

function db(): string {
  const dir = cleanups.dir('nextstep-cli-');
  return join(dir, 'c.db');
}

const json = (s: string): unknown => JSON.parse(s);

describe('checkin and due', () => {
  it('sets check-ins and lists what is due at an instant, recording it unless --dry-run', async () => {
    const path = db();
    expect(json((await cli(['checkin', '--db', path, '--user', 'ny', '--time', '07:30', '--tz', 'America/New_York', '--json'])).stdout)).toEqual({
      user: 'ny', enabled: true, time: '07:30', tz: 'America/New_York', days: ['mon', 'tue', 'wed', 'thu', 'fri'], pause_until: null, school_day_hours: 6.5,
    });
    await cli(['checkin', '--db', path, '--user', 'in', '--time', '07:30', '--tz', 'Asia/Kolkata', '--days', 'mon,wed,fri']);
    // Paused until a Wednesday (today or later: a past day is refused).
    await cli(['checkin', '--db', path, '--user', 'ldn', '--time', '08:00', '--tz', 'London', '--pause-until', '2030-01-09']);

    // Monday 23 Nov 2026, 12:30 UTC: 7:30 in New York, 18:00 in Kolkata, 12:30 in London (paused).
    const dry = await cli(['due', '--db', path, '--now', '2026-11-23T12:30:00Z', '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(json(dry.stdout)).toEqual([
      { user: 'in', local_date: '2026-11-23' },
      { user: 'ny', local_date: '2026-11-23' },
    ]);
    expect(json((await cli(['due', '--db', path, '--now', '2026-11-23T12:30:00Z', '--json'])).stdout)).toHaveLength(2);
    expect(json((await cli(['due', '--db', path, '--now', '2026-11-23T13:00:00Z', '--json'])).stdout)).toEqual([]);
    // Tuesday: Kolkata's days do not include it; New York's prompt is not due until 12:30 UTC.
    expect(json((await cli(['due', '--db', path, '--now', '2026-11-24T12:29:00Z', '--json'])).stdout)).toEqual([]);
    expect(json((await cli(['due', '--db', path, '--now', '2026-11-24T12:29:00-05:00', '--json'])).stdout)).toEqual([{ user: 'ny', local_date: '2026-11-24' }]);
    // Wednesday: Kolkata's day; London is paused.
    expect(json((await cli(['due', '--db', path, '--now', '2026-11-25T08:00:00Z', '--dry-run', '--json'])).stdout)).toEqual([{ user: 'in', local_date: '2026-11-25' }]);
    // London's pause is over on the day it names, not before.
    expect(json((await cli(['due', '--db', path, '--now', '2030-01-08T08:00:00Z', '--dry-run', '--json'])).stdout)).not.toContainEqual({ user: 'ldn', local_date: '2030-01-08' });
    expect(json((await cli(['due', '--db', path, '--now', '2030-01-09T08:00:00Z', '--dry-run', '--json'])).stdout)).toContainEqual({ user: 'ldn', local_date: '2030-01-09' });
    // DST: Monday 9 Mar 2026 in New York is on EDT, so 7:30 is 11:30 UTC.
    expect(json((await cli(['due', '--db', path, '--now', '2026-03-09T11:30:00Z', '--dry-run', '--json'])).stdout)).toContainEqual({ user: 'ny', local_date: '2026-03-09' });

    expect((await cli(['checkin', '--db', path, '--user', 'ny', '--stop', '--json'])).stdout).toContain('"enabled":false');
    expect(json((await cli(['due', '--db', path, '--now', '2026-11-27T12:30:00Z', '--dry-run', '--json'])).stdout)).toEqual([{ user: 'in', local_date: '2026-11-27' }]);
  });

  it('refuses bad options with a usage message', async () => {
    const path = db();
    const badZone = await cli(['checkin', '--db', path, '--user', 'u', '--time', '07:30', '--tz', 'Mars/Base']);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toContain('--tz "Mars/Base"');
    expect(badZone.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli(['checkin', '--db', path, '--user', 'u', '--time', '7.30am', '--tz', 'Europe/London'])).code).toBe(2);
    expect((await cli(['checkin', '--db', path, '--user', 'u', '--time', '07:30', '--tz', 'Europe/London', '--days', 'mon,funday'])).code).toBe(2);
    expect((await cli(['checkin', '--db', path, '--user', 'u', '--time', '07:30'])).code).toBe(2);
    expect((await cli(['due', '--db', path, '--now', 'tomorrow'])).code).toBe(2);
    expect((await cli(['due', '--db', path, '--now', '2026-11-23T12:30:00'])).code).toBe(2); // no offset: ambiguous
  });

  it('reads --tz as the chat does (a city, a common name), and refuses a --pause-until that has passed', async () => {
    const path = db();
    const london = await cli(['checkin', '--db', path, '--user', 'u', '--time', '07:30', '--tz', 'London', '--json']);
    expect(london.code).toBe(0);
    expect(json(london.stdout)).toMatchObject({ tz: 'Europe/London' });
    expect(json((await cli(['checkin', '--db', path, '--user', 'u', '--tz', 'UK', '--json'])).stdout)).toMatchObject({ tz: 'Europe/London' });
    const past = await cli(['checkin', '--db', path, '--user', 'u', '--pause-until', '2020-01-06']);
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/^checkin: --pause-until 2020-01-06 has passed/);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await cli(['checkin', '--db', path, '--user', 'u', '--pause-until', tomorrow])).code).toBe(0);
    expect(today < tomorrow).toBe(true);
  });
});

/**
 * `isIsoDate` and `readableDate` are worked out by hand, not through luxon: `notes` lists dates
 * and nothing else of luxon's, and a luxon date's first use starts the platform's Intl (20-40 ms
 * of the command's start). These check that they still answer exactly as luxon does, and that
 * they touch no Intl formatter (in a fresh process: this worker's luxon has long made and cached
 * its formatters).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isIsoDate, readableDate } from '../../../src/features/daily-log/dates.js';

const ROOT = join(import.meta.dirname, '../../..');

/** What the two functions were, through luxon. */
const luxonIsIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;
const luxonReadable = (s: string, monthFirst: boolean) =>
  luxonIsIsoDate(s) ? DateTime.fromISO(s, { zone: 'UTC' }).setLocale('en-GB').toFormat(monthFirst ? 'LLLL d, yyyy' : 'd LLLL yyyy') : s;

const p2 = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${p2(m)}-${p2(d)}`;

function agrees(s: string): void {
  expect(isIsoDate(s), s).toBe(luxonIsIsoDate(s));
  expect(readableDate(s), s).toBe(luxonReadable(s, false));
  expect(readableDate(s, true), s).toBe(luxonReadable(s, true));
}

describe('isIsoDate and readableDate, without luxon', () => {
  it('agree with luxon on every day of 2016-2035, and on the days either side of each month', () => {
    for (let y = 2016; y <= 2035; y++) for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) agrees(iso(y, m, d));
    // Leap years and centuries (1600, 1700, 1900, 2000, 2100, 2400), year 0, month and day 0 or too large.
    for (const y of [0, 4, 100, 400, 1600, 1700, 1900, 2000, 2100, 2400, 9999])
      for (let m = 0; m <= 13; m++) for (const d of [0, 1, 28, 29, 30, 31, 32, 99]) agrees(iso(y, m, d));
    for (const s of ['', '2026-1-05', '2026-01-5', '20260105', '2026-01-05T00:00', ' 2026-01-05', 'at the review meeting', '２０２６-01-05']) agrees(s);
  });

  it('agree with luxon on any four-digit year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => agrees(iso(y, m, d))),
      { numRuns: 3000 },
    );
  });

  it('build no Intl formatter (a fresh process, Intl.DateTimeFormat made to throw)', () => {
    const dates = pathToFileURL(join(ROOT, 'src/features/daily-log/dates.ts')).href;
    const script = `
      Intl.DateTimeFormat = function () { throw new Error('Intl.DateTimeFormat used'); };
      const { isIsoDate, readableDate } = await import(${JSON.stringify(dates)});
      process.stdout.write(JSON.stringify([isIsoDate('2024-02-29'), isIsoDate('2026-02-29'), readableDate('2026-11-05'), readableDate('2026-11-05', true)]));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, false, '5 November 2026', 'November 5, 2026']);
  });
});

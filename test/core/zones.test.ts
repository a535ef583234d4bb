/**
 * Zone names are checked once each (src/core/zones.ts): luxon's check builds an Intl.DateTimeFormat
 * on every call, about 80 us, and every turn works out the parent's day (a regression the bench
 * found: ~9,000 → ~3,000 turns/s).
 */
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { dayIn, isRealZone } from '../../src/core/zones.js';

describe('isRealZone', () => {
  it('asks luxon once per name, and answers the same after', () => {
    const spy = vi.spyOn(IANAZone, 'isValidZone');
    try {
      for (let i = 0; i < 5; i++) {
        expect(isRealZone('Pacific/Chatham')).toBe(true);
        expect(isRealZone('Not/AZone-zz')).toBe(false);
      }
      // At most once: another test in this worker may have checked the name already.
      expect(spy.mock.calls.filter(([z]) => z === 'Pacific/Chatham').length).toBeLessThanOrEqual(1);
      expect(spy.mock.calls.filter(([z]) => z === 'Not/AZone-zz').length).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses what is not a name, without asking', () => {
    expect(isRealZone(undefined)).toBe(false);
    expect(isRealZone(42)).toBe(false);
    expect(isRealZone('x'.repeat(101))).toBe(false);
    expect(dayIn(new Date('2026-12-08T02:00:00Z'), 'America/Chicago')).toBe('2026-12-07');
  });
});

describe('dayIn', () => {
  it('gives luxon\'s day at every moment, across midnights, clock changes and back in time', () => {
    const zones = ['Europe/London', 'Australia/Lord_Howe', 'Not/AZone-zz'];
    const luxonDay = (t: number, zone: string) => DateTime.fromMillis(t, { zone: IANAZone.isValidZone(zone) ? zone : 'UTC' }).toISODate();
    // Stepping by 71 minutes and a few seconds through the spring and autumn changes, each step also a day back.
    const starts = [Date.UTC(2026, 2, 27), Date.UTC(2026, 9, 23), Date.UTC(2026, 2, 27)];
    for (const zone of zones) {
      for (const start of starts) {
        for (let t = start; t < start + 3 * 86_400_000; t += 71 * 60_000 + 3_001) {
          expect(dayIn(new Date(t), zone)).toBe(luxonDay(t, zone));
          expect(dayIn(new Date(t - 86_400_000), zone)).toBe(luxonDay(t - 86_400_000, zone));
        }
      }
    }
  });
});

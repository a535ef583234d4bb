/**
 * Zone names are checked once each (src/core/zones.ts): luxon's check builds an Intl.DateTimeFormat
 * on every call, about 80 us, and every turn works out the parent's day (a regression the bench
 * found: ~9,000 → ~3,000 turns/s).
 */
import { IANAZone } from 'luxon';
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

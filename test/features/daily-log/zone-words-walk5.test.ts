/**
 * The fifth walk: a parent in Texas typed "central" at "Which time zone are you in?", whose own
 * buttons say "US Central (Chicago)", and was told "I couldn't find that place". The words of
 * the US buttons work typed, as "eastern" and "pacific" did; "CST" alone is still asked about.
 */
import { describe, expect, it } from 'vitest';
import { parseZone } from '../../../src/features/daily-log/parse-zone.js';

describe('zone words from the US buttons', () => {
  it.each([
    ['central', 'America/Chicago'],
    ['Central', 'America/Chicago'],
    ['us central', 'America/Chicago'],
    ['US Central time', 'America/Chicago'],
    ['us eastern', 'America/New_York'],
    ['us mountain', 'America/Denver'],
    ['us pacific', 'America/Los_Angeles'],
    ['eastern', 'America/New_York'],
  ])('%j is %s', (typed, zone) => expect(parseZone(typed)).toBe(zone));

  it('"CST" alone is still not guessed (China and Cuba use it too)', () => {
    expect(parseZone('cst')).toBeNull();
  });
});

describe('"central" inside a reminder sentence', () => {
  it('is not a zone: "central London" is not Chicago', async () => {
    const { findZone } = await import('../../../src/features/daily-log/parse-zone.js');
    expect(findZone('remind me at 7:30 on school days, we live in central london')).not.toBe('America/Chicago');
    expect(findZone('remind me at 7 us central')).toBe('America/Chicago');
  });
});

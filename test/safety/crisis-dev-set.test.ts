/**
 * The development set (test/safety/sets/crisis-dev.jsonl), written by a different hand and
 * tuned on after its first score (README, safety section). The patterns must keep these
 * figures on their own; the whole screen (patterns and learned layer, whose training never saw
 * this set) must keep the figures it had when it was first scored on it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenForCrisis, screenPatterns } from '../../src/safety/crisis-screen.js';
import { NEVER_QUIETED } from '../../src/safety/crisis-model.js';
import { parseCrisisSet, scoreCrisis } from '../../src/safety/crisis-score.js';

const file = fileURLToPath(new URL('./sets/crisis-dev.jsonl', import.meta.url));
const rows = parseCrisisSet(readFileSync(file, 'utf8'));
const score = scoreCrisis(rows, screenPatterns);
const whole = scoreCrisis(rows);

describe('the crisis patterns on the development set', () => {
  it('is the set it says it is: clear, possible and near-miss messages, 150 or more of each kind of answer', () => {
    const { clear, possible, none } = score.byExpect;
    expect(clear.total + possible.total).toBeGreaterThanOrEqual(150);
    expect(none.total).toBeGreaterThanOrEqual(150);
    expect(possible.total).toBeGreaterThan(0);
  });

  it('catches at least 98% of clear-risk messages (the crisis reply or the question)', () => {
    const { clear } = score.byExpect;
    expect(clear.fired / clear.total).toBeGreaterThanOrEqual(0.98);
  });

  // Patterns that raised more false alarms than they caught across twenty other writers' files
  // were retired (docs/crisis-screen.md, third round); the learned layer asks about what they
  // caught here, and the whole screen keeps the 98% (below).
  it('asks at least the question for 95% of possible-risk messages', () => {
    const { possible } = score.byExpect;
    expect(possible.fired / possible.total).toBeGreaterThanOrEqual(0.95);
  });

  it('raises a false alarm on at most 2% of near-misses', () => {
    const { none } = score.byExpect;
    expect(none.fired / none.total).toBeLessThanOrEqual(0.02);
  });
});

describe('the whole crisis screen (patterns and learned layer) on the development set', () => {
  // Scored first with an earlier threshold (0.88: clear 100%, possible 99.1%, false alarms 2.7%),
  // then with the one in use (0.994, chosen on the training messages alone): 100%, 99.1%, 0%.
  it('catches every clear-risk and at least 98% of possible-risk messages', () => {
    const { clear, possible } = whole.byExpect;
    expect(clear.fired).toBe(clear.total);
    expect(possible.fired / possible.total).toBeGreaterThanOrEqual(0.98);
  });

  it('raises at most 2% false alarms on near-misses, and never the crisis reply itself', () => {
    const { none } = whole.byExpect;
    expect(none.fired / none.total).toBeLessThanOrEqual(0.02);
    expect(none.clear).toBe(0);
  });

  it('never answers lower than the patterns alone, but for a match it sets aside as everyday talk', () => {
    const order = { none: 0, possible: 1, clear: 2 } as const;
    for (const r of rows) {
      const whole = screenForCrisis(r.text);
      const patterns = screenPatterns(r.text);
      if (whole.tier === 'none' && patterns.tier !== 'none') expect(NEVER_QUIETED.has(patterns.family as never)).toBe(false);
      else expect(order[whole.tier]).toBeGreaterThanOrEqual(order[patterns.tier]);
    }
  });
});

describe('scoring a set', () => {
  it('counts either tier as caught, and either tier on a near-miss as a false alarm', () => {
    const s = scoreCrisis(
      parseCrisisSet(
        [
          { text: 'she said she wants to kill herself', expect: 'clear', family: 'a' },
          { text: "I can't do this anymore", expect: 'clear', family: 'a' },
          { text: 'we had a nice day at the park', expect: 'clear', family: 'a' },
          { text: "I can't do this anymore", expect: 'none', family: 'b' },
          { text: 'the plan is dead in the water', expect: 'none', family: 'b' },
        ]
          .map((r) => JSON.stringify(r))
          .join('\n'),
      ),
    );
    expect(s.byExpect.clear).toEqual({ total: 3, fired: 2, clear: 1 });
    expect(s.byExpect.none).toEqual({ total: 2, fired: 1, clear: 0 });
    expect(s.misses.map((m) => m.line)).toEqual([3, 4]);
  });

  it('names a malformed line by its number, never its words', () => {
    expect(() => parseCrisisSet('{"text":"secret words","expect":"maybe","family":"x"}')).toThrow(/^line 1: expect malformed$/);
  });
});

/**
 * If the crisis gate cannot be built, or fails on a message, the screen must run every pattern
 * rather than answer "no alarm". Here the gate is broken on purpose.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as GateModule from '../../src/safety/crisis-gate.js';
import type { CrisisScreen } from '../../src/safety/crisis-screen.js';
import { expectEqual } from '../support/hot-expect.js';
import { corpusStrings } from './crisis-corpus.js';

const broken = vi.hoisted(() => ({ how: 'none' as 'none' | 'build' | 'scan', which: 'crisis' as 'crisis' | 'phrases' }));

vi.mock('../../src/safety/crisis-gate.js', async (importOriginal) => {
  const real = await importOriginal<typeof GateModule>();
  return {
    ...real,
    buildGate(patterns: readonly RegExp[]): GateModule.Gate {
      // Told apart by size: the crisis patterns number over fifty, the phrase fixes a few dozen.
      const which = patterns.length > 50 ? 'crisis' : 'phrases';
      if (broken.how === 'none' || which !== broken.which) return real.buildGate(patterns);
      if (broken.how === 'build') throw new Error('no gate');
      return {
        scan() {
          throw new Error('scan failed');
        },
        maybe: () => false,
      };
    },
  };
});

afterEach(() => {
  broken.how = 'none';
  vi.resetModules();
});

const cases = [
  ['crisis', 'build', 'the crisis gate cannot be built'],
  ['crisis', 'scan', 'the crisis gate fails on a message'],
  ['phrases', 'scan', 'the phrase-fix gate fails on a message'],
] as const;

// The answers with a working gate, once: crisis-screen-equivalence.test.ts holds them to the
// plain reference loop. Each case below runs every rule on each string (no gate): on every
// string that raises an alarm (the answers a broken gate must not lose), and on an eighth of the
// rest (every eighth: no gate must raise none there either).
const expected = new Map<string, CrisisScreen>();
beforeAll(async () => {
  const { screenPatterns } = await import('../../src/safety/crisis-screen.js');
  corpusStrings().forEach((text, i) => {
    const answer = screenPatterns(text);
    if (answer.tier !== 'none' || i % 8 === 0) expected.set(text, answer);
  });
  vi.resetModules();
});

describe('the crisis screen without a working gate', () => {
  for (const [which, how, what] of cases) {
    it(`still raises every alarm when ${what}`, async () => {
      broken.which = which;
      broken.how = how;
      const { screenPatterns: screenForCrisis } = await import('../../src/safety/crisis-screen.js');
      let alarms = 0;
      for (const [text, answer] of expected) {
        if (answer.tier !== 'none') alarms++;
        expectEqual(screenForCrisis(text), answer, text);
      }
      expect(alarms).toBeGreaterThan(50);
    }, 600_000);
  }
});

/**
 * The crisis screen's learned layer (src/safety/crisis-model.ts): trained on the messages in
 * content/safety/training/ (one file per writer), judged here hand to hand: each writer's
 * messages by a model trained on the other writers' files only. Words are tested by their
 * figures, never quoted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRiskThreshold, HAND_FOLDS, MAX_POOLED_FALSE_ALARMS, patternsKept, rates, trainingHands } from '../../src/safety/crisis-model-cv.js';
import { around, loadCrisisTraining, NEVER_QUIETED, THRESHOLDS, trainCrisisModel } from '../../src/safety/crisis-model.js';
import { patternMatchOn } from '../../src/safety/crisis-pattern-screen.js';
import { normalise } from '../../src/safety/crisis-normalise.js';
import { screenForCrisis, screenPatterns, type CrisisScreen } from '../../src/safety/crisis-screen.js';
import { expectEqual } from '../support/hot-expect.js';
import { handToHand } from '../support/kept-hand-to-hand.js';
import { exactBits } from '../support/weights-fingerprint.js';
import { TRAINING_FINGERPRINTS } from './training-fingerprints.js';

const hands = trainingHands();
const rows = hands.flatMap((h) => h.rows);
/** Each writer's messages judged hand to hand, and each model's fingerprint (kept for an unchanged tree: test/support/kept-hand-to-hand.ts). */
const { opinions, prints } = handToHand(hands);
const risk = opinions.flat();
/** Each row's patterns answer, and (on first use) the whole screen's: computed once, read by several tests. */
const patterns = rows.map((r) => screenPatterns(r.text));
const wholes: CrisisScreen[] = [];
const whole = (i: number): CrisisScreen => (wholes[i] ??= screenForCrisis((rows[i] as (typeof rows)[number]).text));
const pat = patterns.map((p) => p.tier !== 'none');
const kept = patternsKept(risk);
const fired = (i: number) => (kept[i] as boolean) || (risk[i] as { risk: number }).risk >= THRESHOLDS.possible;

describe('the crisis model, hand to hand (each writer held out in turn)', () => {
  it('has six or more writers, with every tier', () => {
    expect(hands.length).toBeGreaterThanOrEqual(6);
    for (const tier of ['clear', 'possible', 'none'] as const) expect(rows.filter((r) => r.expect === tier).length).toBeGreaterThan(400);
  });

  it('keeps the whole screen at or under 2.5% false alarms on the near-misses, pooled', () => {
    // The rule's own figure, not the source's constant (review21 R11: a check of the constant was edited with it).
    expect(rates(rows, fired).falseAlarms).toBeLessThanOrEqual(0.025);
  });

  // The issue asks for 98% of clear risk; hand to hand (fifty writers in five groups, the
  // threshold at 2.5% pooled false alarms) the screen reaches 97.8% of clear and 92.8% of possible
  // risk (docs/crisis-screen.md; 92.5% after the chat corrections joined). These floors keep what was reached (96% and 90% under the 2%
  // rule, until 8 December 2026).
  it('with the patterns, catches at least 97% of clear-risk and 92% of possible-risk messages', () => {
    const both = rates(rows, fired);
    expect(both.clear).toBeGreaterThanOrEqual(0.97);
    expect(both.possible).toBeGreaterThanOrEqual(0.92);
  });

  it('gives most clear risk the crisis reply at once, and little possible risk', () => {
    const tiers = patterns.map((p) => p.tier);
    const o = (i: number) => risk[i] as { risk: number; clear: number };
    const reply = rates(rows, (i) => (kept[i] ? tiers[i] === 'clear' : fired(i) && o(i).risk >= THRESHOLDS.reply && o(i).clear >= THRESHOLDS.clear));
    expect(reply.clear).toBeGreaterThanOrEqual(0.75);
    expect(reply.possible).toBeLessThanOrEqual(0.05);
    // The learned layer gives a near-miss the crisis reply itself fewer than one time in a thousand.
    const learnedReplies = rows.filter((r, i) => r.expect === 'none' && !kept[i] && fired(i) && o(i).risk >= THRESHOLDS.reply && o(i).clear >= THRESHOLDS.clear);
    expect(learnedReplies.length / rows.filter((r) => r.expect === 'none').length).toBeLessThan(0.001);
  });

  it('sets aside pattern matches it reads as everyday talk: near-misses, almost never risk, never danger or abuse', () => {
    const setAside = rows.flatMap((r, i) => (pat[i] && !kept[i] ? [r] : []));
    expect(setAside.filter((r) => r.expect === 'none').length).toBeGreaterThanOrEqual(20);
    expect(setAside.filter((r) => r.expect !== 'none').length).toBeLessThanOrEqual(3);
    for (const r of setAside) expect(NEVER_QUIETED.has(screenPatterns(r.text).family as never)).toBe(false);
  });

  it('catches a tenth more of each tier than the patterns alone', () => {
    const alone = rates(rows, (i) => pat[i] as boolean);
    const both = rates(rows, fired);
    expect(both.clear).toBeGreaterThanOrEqual(alone.clear + 0.1);
    expect(both.possible).toBeGreaterThanOrEqual(alone.possible + 0.1);
  });

  it('uses the threshold hand-to-hand evaluation chooses (re-run scripts/tune-crisis-model.ts after a change)', () => {
    const chosen = chooseRiskThreshold(rows, risk, kept, MAX_POOLED_FALSE_ALARMS);
    expect(Math.abs(chosen - THRESHOLDS.possible)).toBeLessThan(0.003);
  });

  it('trains every hand-to-hand model to the bit as before, and chooses the same threshold', () => {
    const folds = Object.fromEntries(Object.keys(TRAINING_FINGERPRINTS).filter((k) => k.startsWith('fold')).map((k) => [k, TRAINING_FINGERPRINTS[k]]));
    expect(Object.keys(folds)).toHaveLength(2 * HAND_FOLDS);
    expect(prints).toEqual(folds);
    expect(exactBits(chooseRiskThreshold(rows, risk, kept, MAX_POOLED_FALSE_ALARMS))).toBe(TRAINING_FINGERPRINTS.threshold);
  });

  it('reads only the words around a match: up to twenty either side', () => {
    const words = Array.from({ length: 60 }, (_, n) => `w${n}`);
    const t = [...words.slice(0, 30), 'match here', ...words.slice(30)].join(' ');
    const start = t.indexOf('match here');
    const window = around(t, { start, end: start + 'match here'.length }).split(' ');
    expect(window).toHaveLength(42);
    expect(window[0]).toBe('w10');
    expect(window.at(-1)).toBe('w49');
  });
});

describe('the whole screen', () => {
  it('keeps the patterns answer unless it sets the match aside, and raises only with the learned family', () => {
    let raised = 0;
    let quiet = 0;
    rows.forEach((_, i) => {
      const p = patterns[i] as CrisisScreen;
      const w = whole(i);
      if (w.tier !== 'none' && w.family === 'learned') raised++;
      else if (p.tier !== 'none' && w.tier === 'none') {
        quiet++;
        expect(NEVER_QUIETED.has(p.family as never)).toBe(false);
      } else expectEqual(w, p);
    });
    expect(raised).toBeGreaterThan(50);
    expect(quiet).toBeGreaterThan(5);
  });

  it("names whose crisis a learned hit is: mostly the parent's own despair as the parent's, a child's risk as the child's", () => {
    const right = { parent: [0, 0], child: [0, 0] };
    rows.forEach((r, i) => {
      if (r.expect === 'none') return;
      const w = whole(i);
      if (w.tier === 'none' || w.family !== 'learned') return;
      const t = r.family === 'parent-despair' || r.family === 'possible-despair' ? right.parent : right.child;
      t[1] = (t[1] as number) + 1;
      if ((w.kind === 'parent_crisis') === (t === right.parent)) t[0] = (t[0] as number) + 1;
    });
    expect((right.parent[0] as number) / (right.parent[1] as number)).toBeGreaterThanOrEqual(0.75);
    expect((right.child[0] as number) / (right.child[1] as number)).toBeGreaterThanOrEqual(0.9);
  });

  it('never sets aside a match for danger now or abuse', () => {
    const danger = rows.flatMap((r, i) => {
      const { screen } = patternMatchOn(normalise(r.text));
      return screen.tier !== 'none' && NEVER_QUIETED.has(screen.family as never) ? [i] : [];
    });
    expect(danger.length).toBeGreaterThan(100);
    for (const i of danger) expectEqual(whole(i), patterns[i]);
  });
});

describe('training', () => {
  // Within one process; across processes and trees the fingerprints above hold every weight to the bit.
  it('gives the same model every time (fixed seed)', () => {
    const some = rows.filter((_, i) => i % 30 === 0);
    const a = trainCrisisModel(some);
    const b = trainCrisisModel(some);
    for (const r of rows.slice(0, 50)) expect(a.judge(normalise(r.text))).toEqual(b.judge(normalise(r.text)));
  });

  it('names a malformed training line by file and number, never its words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crisis-training-'));
    writeFileSync(join(dir, 'bad.jsonl'), '{"text":"secret words","expect":"clear","family":"x"}\n{"text":"secret words","expect":"maybe","family":"x"}\n');
    expect(() => loadCrisisTraining(dir)).toThrow(/^bad\.jsonl: line 2: expect malformed$/);
  });
});

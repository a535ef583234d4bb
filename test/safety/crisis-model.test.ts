/**
 * The crisis screen's learned layer (src/safety/crisis-model.ts): trained on the messages in
 * content/safety/training/, judged here out of fold (each message by a model that never saw
 * it), with the patterns switched off. Words are tested by their figures, never quoted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignFolds, chooseRiskThreshold, outOfFold, rates } from '../../src/safety/crisis-model-cv.js';
import { loadCrisisTraining, THRESHOLDS, trainCrisisModel } from '../../src/safety/crisis-model.js';
import { crisisModel } from '../../src/safety/precomputed-crisis-model.js';
import { normalise } from '../../src/safety/crisis-normalise.js';
import { screenForCrisis, screenPatterns } from '../../src/safety/crisis-screen.js';

const rows = loadCrisisTraining();
const oof = outOfFold(rows, assignFolds(rows, 5, 13));
const model = rates(rows, (i) => (oof[i] as { risk: number }).risk >= THRESHOLDS.possible);

describe('the crisis model alone (patterns off), out of fold on its training messages', () => {
  it('has both training files, with every tier', () => {
    expect(rows.length).toBeGreaterThanOrEqual(960);
    for (const tier of ['clear', 'possible', 'none'] as const) expect(rows.filter((r) => r.expect === tier).length).toBeGreaterThan(150);
  });

  // The goal was 90% of clear-risk messages at 2% false alarms. At 2% it catches about 76%,
  // but then also fires on a fifth of the repository's own hand-written near-misses; the
  // threshold in use adds no false alarm at all (docs/crisis-screen.md).
  it('catches at least a third of clear-risk and a quarter of possible-risk messages on its own', () => {
    expect(model.clear).toBeGreaterThanOrEqual(0.33);
    expect(model.possible).toBeGreaterThanOrEqual(0.25);
  });

  it('raises no false alarm on the near-misses', () => {
    expect(model.falseAlarms).toBe(0);
  });

  it('catches at least 70% of clear-risk messages at the 2% false-alarm point', () => {
    const t = chooseRiskThreshold(rows, oof, rows.map(() => false), 0.02);
    const at2 = rates(rows, (i) => (oof[i] as { risk: number }).risk >= t);
    expect(at2.falseAlarms).toBeLessThanOrEqual(0.02);
    expect(at2.clear).toBeGreaterThanOrEqual(0.7);
  });

  it('uses the threshold cross-validation chooses (re-run scripts/tune-crisis-model.ts after a change)', () => {
    const chosen = chooseRiskThreshold(rows, oof, rows.map(() => false), 0);
    expect(Math.abs(chosen - THRESHOLDS.possible)).toBeLessThan(0.003);
  });

  it('with the patterns, catches more than the patterns alone at no extra false alarm', () => {
    const pat = rows.map((r) => screenPatterns(r.text).tier !== 'none');
    const alone = rates(rows, (i) => pat[i] as boolean);
    const both = rates(rows, (i) => (pat[i] as boolean) || (oof[i] as { risk: number }).risk >= THRESHOLDS.possible);
    expect(both.clear).toBeGreaterThanOrEqual(alone.clear + 0.1);
    expect(both.possible).toBeGreaterThanOrEqual(alone.possible + 0.1);
    expect(both.falseAlarms).toBe(alone.falseAlarms);
  });
});

describe('the whole screen', () => {
  it('only ever raises the patterns answer, and only to the question', () => {
    let raised = 0;
    for (const r of rows) {
      const patterns = screenPatterns(r.text);
      const whole = screenForCrisis(r.text);
      if (patterns.tier !== 'none') expect(whole).toEqual(patterns);
      else if (whole.tier !== 'none') {
        expect(whole).toMatchObject({ tier: 'possible', family: 'learned' });
        raised++;
      }
    }
    expect(raised).toBeGreaterThan(50);
  });

  it('adds well under a millisecond per message once trained', () => {
    const m = crisisModel();
    expect(m).not.toBeNull();
    const texts = rows.map((r) => normalise(r.text));
    const start = process.hrtime.bigint();
    for (let n = 0; n < 3; n++) for (const t of texts) m?.judge(t);
    const perMessage = Number(process.hrtime.bigint() - start) / 1e6 / (3 * texts.length);
    expect(perMessage).toBeLessThan(0.5);
  });
});

describe('training', () => {
  it('gives the same model every time (fixed seed)', () => {
    const some = rows.filter((_, i) => i % 3 === 0);
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
